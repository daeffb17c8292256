package org.cundang.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Every difference between the databases the store speaks, in one place (docs/storage-jdbc.md).
 */
interface Dialect {

    /** PostgreSQL 12 and later. */
    Dialect POSTGRESQL = new Dialect() {
        @Override
        public String name() {
            return "PostgreSQL";
        }

        @Override
        public String migrations() {
            return "classpath:db/migration/postgresql";
        }

        @Override
        public String forUpdate() {
            return " FOR UPDATE";
        }

        @Override
        public String greatest() {
            return "GREATEST";
        }

        @Override
        public boolean serializeWritesInProcess() {
            return false;
        }

        @Override
        public boolean storesNul() {
            return false;
        }

        @Override
        public void begin(Connection c, long busyTimeoutMillis) throws SQLException {
            c.setAutoCommit(false);
        }

        @Override
        public void commit(Connection c) throws SQLException {
            c.commit();
            c.setAutoCommit(true);
        }

        @Override
        public void rollback(Connection c) throws SQLException {
            c.rollback();
            c.setAutoCommit(true);
        }

        @Override
        public boolean isUniqueViolation(SQLException e) {
            return "23505".equals(e.getSQLState());
        }
    };

    /** SQLite 3.35 and later (RETURNING, upsert). */
    Dialect SQLITE = new Dialect() {
        @Override
        public String name() {
            return "SQLite";
        }

        @Override
        public String migrations() {
            return "classpath:db/migration/sqlite";
        }

        @Override
        public String forUpdate() {
            return ""; // BEGIN IMMEDIATE already holds the database's only write lock
        }

        @Override
        public String greatest() {
            return "MAX";
        }

        @Override
        public boolean serializeWritesInProcess() {
            return true;
        }

        @Override
        public boolean storesNul() {
            return true;
        }

        @Override
        public void begin(Connection c, long busyTimeoutMillis) throws SQLException {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + busyTimeoutMillis);
                s.execute("BEGIN IMMEDIATE");
            }
        }

        @Override
        public void commit(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("COMMIT");
            }
        }

        @Override
        public void rollback(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("ROLLBACK");
            }
        }

        @Override
        public boolean isUniqueViolation(SQLException e) {
            return e.getErrorCode() == 19 || String.valueOf(e.getMessage()).contains("SQLITE_CONSTRAINT");
        }
    };

    /**
     * The dialect of a JDBC URL.
     *
     * @param url the URL
     * @return the dialect, or null if none
     */
    static @org.jspecify.annotations.Nullable Dialect of(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        return null;
    }

    /** @return the product name, for messages */
    String name();

    /** @return the Flyway location of this dialect's migrations */
    String migrations();

    /** @return the suffix that row-locks the rows a SELECT reads, inside a write transaction */
    String forUpdate();

    /** @return the two-argument maximum function */
    String greatest();

    /** @return whether writers of one process queue on a lock before the database's (SQLite: one writer) */
    boolean serializeWritesInProcess();

    /** @return whether text columns hold U+0000 */
    boolean storesNul();

    /**
     * Starts a write transaction (PostgreSQL: READ COMMITTED plus row locks; SQLite: BEGIN IMMEDIATE).
     *
     * @param c                 the connection
     * @param busyTimeoutMillis how long SQLite waits for another process's write lock
     * @throws SQLException on failure
     */
    void begin(Connection c, long busyTimeoutMillis) throws SQLException;

    /**
     * Commits the write transaction.
     *
     * @param c the connection
     * @throws SQLException on failure
     */
    void commit(Connection c) throws SQLException;

    /**
     * Rolls the write transaction back.
     *
     * @param c the connection
     * @throws SQLException on failure
     */
    void rollback(Connection c) throws SQLException;

    /**
     * Whether an exception is a unique-key violation.
     *
     * @param e the exception
     * @return true for a duplicate key
     */
    boolean isUniqueViolation(SQLException e);
}
