/**
 * The JDBC store: PostgreSQL in production, SQLite as the embedded default.
 */
module org.cundang.storage.jdbc {
    requires static org.jspecify;
    requires org.cundang.spi;
    requires java.sql;
    requires com.zaxxer.hikari;
    requires flyway.core;
    // COPY FROM STDIN through the driver's CopyManager when accepting on PostgreSQL (docs/storage-jdbc.md).
    requires org.postgresql.jdbc;
    exports org.cundang.storage.jdbc;
    // The Flyway migrations are read from the jar by Flyway's class-path scanner.
    opens db.migration.postgresql;
    opens db.migration.sqlite;
    provides org.cundang.storage.spi.StoreProvider with org.cundang.storage.jdbc.JdbcStoreProvider;
}
