package org.cundang.storage.jdbc;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.cundang.storage.StorageException;
import org.cundang.storage.StoreOptions;
import org.jspecify.annotations.Nullable;

/**
 * Options of the JDBC store: the general {@link StoreOptions} plus where content lives, the pool size and SQLite's
 * busy timeout. Immutable; make one with {@link #builder()} or {@link #from(StoreOptions)}.
 *
 * <p>Through a URI (the provider), the same options come from {@link StoreOptions#properties()}:
 * {@value #CONTENT_DIRECTORY}, {@value #POOL_SIZE}, {@value #BUSY_TIMEOUT_MILLIS}, {@value #SQLITE_SYNCHRONOUS}.
 */
public final class JdbcOptions {

    /** Property: a folder for content instead of the database (default: content in the database). */
    public static final String CONTENT_DIRECTORY = "jdbc.contentDirectory";
    /** Property: the most pooled connections when the store owns them (default 8). */
    public static final String POOL_SIZE = "jdbc.poolSize";
    /** Property: how long a SQLite writer waits for another process's lock, in milliseconds (default 30,000). */
    public static final String BUSY_TIMEOUT_MILLIS = "jdbc.busyTimeoutMillis";
    /** Property: SQLite's {@code synchronous} pragma, FULL (default) or NORMAL. */
    public static final String SQLITE_SYNCHRONOUS = "jdbc.sqliteSynchronous";

    private final StoreOptions store;
    private final @Nullable Path contentDirectory;
    private final int poolSize;
    private final Duration busyTimeout;
    private final String sqliteSynchronous;

    private JdbcOptions(Builder b) {
        this.store = b.store;
        this.contentDirectory = b.contentDirectory;
        this.poolSize = b.poolSize;
        this.busyTimeout = b.busyTimeout;
        this.sqliteSynchronous = b.sqliteSynchronous;
    }

    /**
     * The defaults: content in the database, 8 connections, 30 s busy timeout, SQLite synchronous FULL.
     *
     * @return the options
     */
    public static JdbcOptions defaults() {
        return builder().build();
    }

    /**
     * Options from general store options, reading the properties named above.
     *
     * @param options the store options, not null
     * @return the options
     * @throws StorageException CD-5205 for a bad property value
     */
    public static JdbcOptions from(StoreOptions options) {
        requireNonNull(options, "options");
        Builder b = builder().store(options);
        Map<String, String> p = options.properties();
        String dir = p.get(CONTENT_DIRECTORY);
        if (dir != null) {
            try {
                b.contentDirectory(Path.of(dir));
            } catch (java.nio.file.InvalidPathException e) {
                throw bad(CONTENT_DIRECTORY, dir);
            }
        }
        String pool = p.get(POOL_SIZE);
        if (pool != null) {
            b.poolSize(parseInt(POOL_SIZE, pool));
        }
        String busy = p.get(BUSY_TIMEOUT_MILLIS);
        if (busy != null) {
            b.busyTimeout(Duration.ofMillis(parseInt(BUSY_TIMEOUT_MILLIS, busy)));
        }
        String sync = p.get(SQLITE_SYNCHRONOUS);
        if (sync != null) {
            b.sqliteSynchronous(sync);
        }
        return b.build();
    }

    private static int parseInt(String key, String v) {
        if (v.length() > 9 || v.isEmpty() || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad(key, v);
        }
        return Integer.parseInt(v);
    }

    private static StorageException bad(String key, String value) {
        return StorageException.of("CD-5205", JdbcArchiveStore.MESSAGES.text("CD-5205", key,
                StorageException.printable(value)), null);
    }

    /**
     * A builder with the defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the general store options (clock, templates, digest, read-only) */
    public StoreOptions store() {
        return store;
    }

    /** @return the content folder, or empty when content is kept in the database */
    public Optional<Path> contentDirectory() {
        return Optional.ofNullable(contentDirectory);
    }

    /** @return the most pooled connections when the store owns them */
    public int poolSize() {
        return poolSize;
    }

    /** @return how long a SQLite writer waits for another process's write lock */
    public Duration busyTimeout() {
        return busyTimeout;
    }

    /** @return SQLite's synchronous pragma, FULL or NORMAL */
    public String sqliteSynchronous() {
        return sqliteSynchronous;
    }

    /** Builds {@link JdbcOptions}. */
    public static final class Builder {
        private StoreOptions store = StoreOptions.defaults();
        private @Nullable Path contentDirectory;
        private int poolSize = 8;
        private Duration busyTimeout = Duration.ofSeconds(30);
        private String sqliteSynchronous = "FULL";

        private Builder() {
        }

        /**
         * The general store options.
         *
         * @param value not null
         * @return this
         */
        public Builder store(StoreOptions value) {
            this.store = requireNonNull(value, "value");
            return this;
        }

        /**
         * Keeps content as files in a folder (by digest) instead of in the database.
         *
         * @param value the folder, not null; created when missing
         * @return this
         */
        public Builder contentDirectory(Path value) {
            this.contentDirectory = requireNonNull(value, "value");
            return this;
        }

        /**
         * The most pooled connections when the store owns them.
         *
         * @param value 1 to 200
         * @return this
         * @throws StorageException CD-5205 when out of range
         */
        public Builder poolSize(int value) {
            if (value < 1 || value > 200) {
                throw bad(POOL_SIZE, String.valueOf(value));
            }
            this.poolSize = value;
            return this;
        }

        /**
         * How long a SQLite writer waits for another process's write lock.
         *
         * @param value 0 to 1 hour, not null
         * @return this
         * @throws StorageException CD-5205 when out of range
         */
        public Builder busyTimeout(Duration value) {
            requireNonNull(value, "value");
            if (value.isNegative() || value.compareTo(Duration.ofHours(1)) > 0) {
                throw bad(BUSY_TIMEOUT_MILLIS, value.toString());
            }
            this.busyTimeout = value;
            return this;
        }

        /**
         * SQLite's synchronous pragma: FULL (every commit reaches the disk) or NORMAL (faster; a power cut may lose
         * the last commits, never corrupts).
         *
         * @param value FULL or NORMAL, not null
         * @return this
         * @throws StorageException CD-5205 for another value
         */
        public Builder sqliteSynchronous(String value) {
            requireNonNull(value, "value");
            if (!value.equals("FULL") && !value.equals("NORMAL")) {
                throw bad(SQLITE_SYNCHRONOUS, value);
            }
            this.sqliteSynchronous = value;
            return this;
        }

        /** @return the options */
        public JdbcOptions build() {
            return new JdbcOptions(this);
        }
    }
}
