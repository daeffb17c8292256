package org.cundang.storage.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows streamed into a PostgreSQL table with {@code COPY ... FROM STDIN} in text format, inside the caller's
 * transaction (docs/storage-jdbc.md, "Accept"). Text-format escaping (PostgreSQL documentation, COPY, "Text Format"):
 * {@code \} becomes {@code \\}, tab {@code \t}, newline {@code \n}, carriage return {@code \r}; {@code \N} is NULL;
 * every other character is sent as it is, in UTF-8 (the driver always sets {@code client_encoding} to UTF8). U+0000,
 * which PostgreSQL text cannot hold, is refused with CD-5208 naming the field, as the batched path refuses it.
 *
 * <p>Not thread-safe; one instance per COPY. If anything fails, {@link #cancel()} leaves the connection usable for
 * the rollback.
 */
final class CopyRows {

    private static final int FLUSH_CHARS = 1 << 16;

    private final CopyIn in;
    private final StringBuilder buf = new StringBuilder(FLUSH_CHARS + 4096);
    private boolean rowStarted;
    private long rows;

    private CopyRows(CopyIn in) {
        this.in = in;
    }

    /**
     * The driver's COPY interface behind a connection, if the connection (or the pool's wrapper around it) is a
     * pgjdbc connection that can be unwrapped.
     *
     * @param c the connection
     * @return the copy manager, or null when the connection cannot be unwrapped (then the caller batches inserts)
     */
    static @Nullable CopyManager manager(Connection c) {
        try {
            if (!c.isWrapperFor(PGConnection.class)) {
                return null;
            }
            return c.unwrap(PGConnection.class).getCopyAPI();
        } catch (SQLException | RuntimeException | LinkageError e) {
            return null; // a pool without unwrap, another driver, or no driver module: batched inserts instead
        }
    }

    /**
     * Starts a COPY.
     *
     * @param m     the copy manager of the transaction's connection
     * @param table the table (a constant of the store, never user input)
     * @param cols  the column list (a constant of the store)
     * @return the started copy
     * @throws SQLException when the server refuses to start it
     */
    static CopyRows start(CopyManager m, String table, String cols) throws SQLException {
        return new CopyRows(m.copyIn("COPY " + table + " (" + cols + ") FROM STDIN"));
    }

    private void sep() {
        if (rowStarted) {
            buf.append('\t');
        }
        rowStarted = true;
    }

    /**
     * Appends a text field.
     *
     * @param field the field's name for CD-5208
     * @param v     the value or null
     * @return this
     */
    CopyRows text(String field, @Nullable String v) {
        sep();
        if (v == null) {
            buf.append("\\N");
            return this;
        }
        int first = 0;
        while (first < v.length() && plain(v.charAt(first))) {
            first++;
        }
        if (first == v.length()) {
            buf.append(v); // the usual case: nothing to escape, one bulk copy
            return this;
        }
        buf.append(v, 0, first);
        for (int i = first; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '\\' -> buf.append("\\\\");
                case '\t' -> buf.append("\\t");
                case '\n' -> buf.append("\\n");
                case '\r' -> buf.append("\\r");
                case '\u0000' -> throw JdbcArchiveStore.fail("CD-5208", null, field, "PostgreSQL");
                default -> buf.append(ch);
            }
        }
        return this;
    }

    private static boolean plain(char ch) {
        return ch != '\\' && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\u0000';
    }

    /**
     * Appends a number field, or NULL.
     *
     * @param v the value or null
     * @return this
     */
    CopyRows number(@Nullable Number v) {
        sep();
        if (v == null) {
            buf.append("\\N");
        } else {
            buf.append(v.longValue());
        }
        return this;
    }

    /**
     * Appends a boolean field.
     *
     * @param v the value
     * @return this
     */
    CopyRows bool(boolean v) {
        sep();
        buf.append(v ? 't' : 'f');
        return this;
    }

    /**
     * Ends the row; sends the buffer when it is full.
     *
     * @throws SQLException when the connection fails
     */
    void endRow() throws SQLException {
        buf.append('\n');
        rowStarted = false;
        rows++;
        if (buf.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (buf.length() > 0) {
            byte[] b = buf.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(b, 0, b.length);
            buf.setLength(0);
        }
    }

    /**
     * Sends the rest and ends the COPY; the server checks constraints (a duplicate 档号: SQLState 23505).
     *
     * @return the number of rows the server took
     * @throws SQLException when the server refuses the rows
     */
    long finish() throws SQLException {
        flush();
        long n = in.endCopy();
        if (n != rows) {
            throw new SQLException("COPY took " + n + " rows of " + rows, "XX000");
        }
        return n;
    }

    /** Abandons the COPY after a failure, so that the connection can roll back; errors are ignored. */
    void cancel() {
        try {
            if (in.isActive()) {
                in.cancelCopy();
            }
        } catch (SQLException | RuntimeException ignored) {
            // the connection is broken; the server rolls back when it goes
        }
    }
}
