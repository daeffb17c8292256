package org.cundang.storage.jdbc;

import java.nio.file.Path;
import org.cundang.storage.StoreOptions;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC store on PostgreSQL with content in a folder instead of the database passes the conformance kit. */
class PostgresContentFolderCompatibilityTest extends JdbcStoreCompatibilityKit {

    @TempDir
    Path dir;

    @Override
    String newDatabase() {
        return TestDatabases.newDatabase();
    }

    @Override
    JdbcOptions jdbcOptions(StoreOptions options) {
        return JdbcOptions.builder().store(options).contentDirectory(dir.resolve("content")).build();
    }
}
