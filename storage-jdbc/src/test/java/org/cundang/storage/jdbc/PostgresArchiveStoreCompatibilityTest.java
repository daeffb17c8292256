package org.cundang.storage.jdbc;

/** The JDBC store on PostgreSQL passes the conformance kit. */
class PostgresArchiveStoreCompatibilityTest extends JdbcStoreCompatibilityKit {

    @Override
    String newDatabase() {
        return TestDatabases.newDatabase();
    }
}
