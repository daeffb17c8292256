package org.cundang.internal.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A streaming RFC 4180 reader: comma separator, double-quoted fields with doubled quotes, line breaks inside quoted
 * fields, CRLF, LF or CR record ends. Lenient where Excel is (a quote inside an unquoted field is kept) but records
 * every departure as a problem with its line. Memory: one record at a time; a single field is capped at
 * {@link #MAX_FIELD} characters.
 */
public final class CsvReader implements Closeable {

    /** Largest field kept (1 Mi characters); longer fields are cut and reported. */
    public static final int MAX_FIELD = 1 << 20;

    private final Reader in;
    private final char[] buf = new char[64 * 1024];
    private int pos;
    private int len;
    private int line = 1;
    private boolean eof;
    private final List<String> problems = new ArrayList<>();

    /**
     * One record.
     *
     * @param line   the 1-based line where it starts
     * @param fields the fields
     */
    public record Row(int line, List<String> fields) {
    }

    /**
     * A reader over characters.
     *
     * @param in the characters (closed with this reader)
     */
    public CsvReader(Reader in) {
        this.in = in;
    }

    /** Problems found so far ("line n: …"), at most 1000. */
    public List<String> problems() {
        return problems;
    }

    private int peek() throws IOException {
        if (pos == len) {
            if (eof) {
                return -1;
            }
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                eof = true;
                return -1;
            }
        }
        return buf[pos];
    }

    private int take() throws IOException {
        int c = peek();
        if (c >= 0) {
            pos++;
        }
        return c;
    }

    /**
     * The next record, or null at the end.
     *
     * @return the record
     * @throws IOException when the characters cannot be read
     */
    public @Nullable Row next() throws IOException {
        if (peek() < 0) {
            return null;
        }
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        boolean inQuotes = false;
        boolean afterQuote = false;
        while (true) {
            int c = take();
            if (c < 0) {
                if (inQuotes) {
                    problem(start, "unterminated quoted field");
                }
                fields.add(f.toString());
                return new Row(start, List.copyOf(fields));
            }
            if (inQuotes) {
                if (c == '"') {
                    if (peek() == '"') {
                        take();
                        append(f, '"', start);
                    } else {
                        inQuotes = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    append(f, (char) c, start);
                }
                continue;
            }
            if (c == ',') {
                fields.add(f.toString());
                f.setLength(0);
                quoted = false;
                afterQuote = false;
                continue;
            }
            if (c == '\r' || c == '\n') {
                if (c == '\r' && peek() == '\n') {
                    take();
                }
                line++;
                fields.add(f.toString());
                return new Row(start, List.copyOf(fields));
            }
            if (c == '"' && f.length() == 0 && !quoted) {
                quoted = true;
                inQuotes = true;
                continue;
            }
            if (afterQuote) {
                problem(line, "characters after a closing quote");
                afterQuote = false;
            } else if (c == '"') {
                problem(line, "quote inside an unquoted field");
            }
            append(f, (char) c, start);
        }
    }

    private void append(StringBuilder f, char c, int start) {
        if (f.length() < MAX_FIELD) {
            f.append(c);
        } else if (f.length() == MAX_FIELD) {
            problem(start, "field longer than " + MAX_FIELD + " characters cut");
            f.append('…');
        }
    }

    private void problem(int at, String what) {
        if (problems.size() < 1000) {
            problems.add(at + ": " + what);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
