package org.cundang.storage.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC store on SQLite passes the conformance kit. */
class SqliteArchiveStoreCompatibilityTest extends JdbcStoreCompatibilityKit {

    @TempDir
    Path dir;

    @Override
    String newDatabase() {
        return "jdbc:sqlite:" + dir.resolve("store.db");
    }
}
