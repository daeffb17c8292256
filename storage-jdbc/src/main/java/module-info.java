/**
 * The JDBC store: PostgreSQL in production, SQLite as the embedded default.
 */
module org.cundang.storage.jdbc {
    requires static org.jspecify;
    requires org.cundang.spi;
    // The package is exported once it holds its first type (javac refuses to export an empty package).
    // exports org.cundang.storage.jdbc;
}
