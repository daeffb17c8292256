package org.cundang.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeTemplate;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.ArchiveStores;
import org.cundang.storage.ContentSource;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.StorageException;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.StoredItem;
import org.cundang.storage.TransferSubmission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour of the JDBC store beyond the kit: faults, hostile values, schema versions, discovery. */
class JdbcArchiveStoreTest {

    private static final String C1 = "Z109-WS·2011-Y-BGS-0001";
    private static final String C2 = "Z109-WS·2011-Y-BGS-0002";

    @TempDir
    Path dir;

    private static ItemSubmission item(String code, String title) {
        CatalogueEntry e = new CatalogueEntry(1, code, "", "某村村民委员会", title, "20110315", "", 1, "Y", "", null);
        return ItemSubmission.builder(e, CodeTemplate.daT22().parse(code))
                .content(code + ".pdf", ContentSource.ofBytes(title.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .build();
    }

    private static TransferSubmission transfer(String id, ItemSubmission... items) {
        TransferSubmission.Builder b = TransferSubmission.builder(id, "Z109").actor("乡镇档案员");
        for (ItemSubmission i : items) {
            b.item(i);
        }
        return b.build();
    }

    private static int code(Throwable t) {
        return Integer.parseInt(((StorageException) t).code().substring(3));
    }

    /**
     * A DataSource whose connections have their backend terminated (from another connection) mid-transaction, when
     * the transaction prepares its {@code atStatement}th statement (-1: its scope-maxima upsert, the last one).
     */
    private static DataSource killing(String url, int atStatement, AtomicInteger kills) {
        return BreakingDataSource.of(url, kills, (sql, n) -> atStatement < 0
                ? sql.startsWith("INSERT INTO cd_sequences") : n == atStatement);
    }

    @Test
    void aBackendKilledInTheMiddleOfATransferLeavesNothingAndTheStoreWorksAfterwards() {
        // This pool cannot be unwrapped, so accept batches. Statements of accept's transaction: 1 head lock,
        // 2 repeat check, 3 transfer row, 4-5 blobs, 6 items, ..., the audit event, the scope maxima (-1). Killed at
        // 6, the transfer row and blobs are written; at the last statement, also the items and the audit event.
        for (int at : new int[] {6, -1}) {
            String url = TestDatabases.newDatabase();
            AtomicInteger kills = new AtomicInteger(0);
            try (JdbcArchiveStore s = JdbcArchiveStore.open(killing(url, at, kills), JdbcOptions.defaults())) {
                kills.set(1); // after the migration
                assertThatThrownBy(() -> s.accept(transfer("T-kill", item(C1, "一"), item(C2, "二"))))
                        .isInstanceOf(StorageException.class).satisfies(t -> assertThat(code(t)).isEqualTo(5200));
                assertThat(kills.get()).as("killed at statement " + at).isZero();
                assertThat(s.transfer("T-kill")).isEmpty();
                assertThat(s.item(C1)).isEmpty();
                assertThat(s.auditTrail(1, 10)).isEmpty();
                assertThat(s.verify().ok()).isTrue();
                s.accept(transfer("T-kill", item(C1, "一"), item(C2, "二")));
                assertThat(s.query(ItemQuery.all())).hasSize(2);
                assertThat(s.auditTrail(1, 10)).hasSize(1);
                assertThat(s.verify().ok()).isTrue();
            }
        }
    }

    @Test
    void aBackendKilledDuringTheCopyOfTheItemsLeavesNothingAndTheStoreWorksAfterwards() throws Exception {
        String url = TestDatabases.newDatabase();
        TransferSubmission.Builder b = TransferSubmission.builder("T-copy", "Z109").actor("乡镇档案员");
        CodeTemplate t = CodeTemplate.daT22();
        for (int i = 1; i <= 60_000; i++) {
            String code = String.format("Z109-WS·%d-Y-BGS-%04d", 1950 + i / 9999, i % 9999 + 1);
            b.item(ItemSubmission.builder(new CatalogueEntry(i, code, "", "某村村民委员会", "会议记录 " + i, "20110315",
                    "", 1, "Y", "", null), t.parse(code)).build());
        }
        TransferSubmission big = b.build();
        try (JdbcArchiveStore s = JdbcArchiveStore.open(url, JdbcOptions.defaults())) {
            // Another connection watches for the store's COPY and terminates its backend while rows stream in.
            java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
            Thread killer = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url);
                     PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(pid) FROM"
                             + " pg_stat_activity WHERE query LIKE 'COPY cd_items%' AND state = 'active'"
                             + " AND pid <> pg_backend_pid()")) {
                    long end = System.nanoTime() + 30_000_000_000L;
                    while (!killed.get() && System.nanoTime() < end) {
                        try (java.sql.ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                killed.compareAndSet(false, rs.getBoolean(1));
                            }
                        }
                        Thread.sleep(1);
                    }
                } catch (SQLException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            killer.start();
            assertThatThrownBy(() -> s.accept(big)).isInstanceOf(StorageException.class)
                    .satisfies(x -> assertThat(code(x)).isEqualTo(5200));
            killer.join();
            assertThat(killed).as("the backend was terminated during the COPY").isTrue();
            assertThat(s.transfer("T-copy")).isEmpty();
            assertThat(s.query(ItemQuery.builder().limit(10).build())).isEmpty();
            assertThat(s.auditTrail(1, 10)).isEmpty();
            assertThat(s.verify().ok()).isTrue();
            // the pool drops the dead connection; the same transfer goes in afterwards
            s.accept(big);
            assertThat(s.transfer("T-copy")).get().extracting(r -> r.items()).isEqualTo(60_000);
            assertThat(s.auditTrail(1, 10)).hasSize(1);
        }
    }

    @Test
    void twoStoresOnOneDatabaseNeverHandOutTheSameNumber() throws Exception {
        for (String url : new String[] {TestDatabases.newDatabase(), "jdbc:sqlite:" + dir.resolve("two.db")}) {
            JdbcArchiveStore.open(url, JdbcOptions.defaults()).close(); // migrate once
            try (JdbcArchiveStore a = JdbcArchiveStore.open(url, JdbcOptions.defaults());
                 JdbcArchiveStore b = JdbcArchiveStore.open(url, JdbcOptions.defaults())) {
                org.cundang.code.SequenceScope scope = CodeTemplate.daT22().parse(C1).scope();
                java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
                java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
                try {
                    List<java.util.concurrent.Future<?>> fs = new java.util.ArrayList<>();
                    for (int t = 0; t < 4; t++) {
                        JdbcArchiveStore s = t % 2 == 0 ? a : b;
                        fs.add(pool.submit(() -> {
                            for (int i = 0; i < 500; i++) {
                                assertThat(seen.add(s.allocate(scope).toString())).isTrue();
                            }
                        }));
                    }
                    for (java.util.concurrent.Future<?> f : fs) {
                        f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    }
                } finally {
                    pool.shutdownNow();
                }
                assertThat(seen).hasSize(2000);
                assertThat(a.allocate(scope).item()).isEqualTo(2001);
            }
        }
    }

    @Test
    void anItemRowEditedBehindTheStoresBackIsFoundByVerify() {
        try (JdbcArchiveStore s = JdbcArchiveStore.open("jdbc:sqlite:" + dir.resolve("t.db"), JdbcOptions.defaults())) {
            s.accept(transfer("T-1", item(C1, "原题名"), item(C2, "二")));
            s.addHold(C1, org.cundang.retention.RetentionHold.of("纠纷", java.time.LocalDate.of(2025, 1, 1)), "a");
            assertThat(s.verify().ok()).isTrue(); // a hold added later is not an alteration
            JdbcTamper.update(s, "UPDATE cd_items SET e_title = ? WHERE code = ?", "改过的题名", C2);
            assertThat(s.verify().findings()).extracting(org.cundang.Finding::code).containsExactly("CD-5042");
            JdbcTamper.update(s, "UPDATE cd_items SET e_title = ? WHERE code = ?", "二", C2);
            assertThat(s.verify().ok()).isTrue();
            JdbcTamper.update(s, "DELETE FROM cd_content WHERE code = ?", C2);
            assertThat(s.verify().findings()).extracting(org.cundang.Finding::code).containsExactly("CD-5042");
        }
    }

    @Test
    void eventsRemovedFromTheEndOfTheAuditChainAreFoundThroughTheHeadRow() {
        try (JdbcArchiveStore s = JdbcArchiveStore.open("jdbc:sqlite:" + dir.resolve("tail.db"), JdbcOptions.defaults())) {
            s.accept(transfer("T-1", item(C1, "一")));
            s.addHold(C1, org.cundang.retention.RetentionHold.of("纠纷", java.time.LocalDate.of(2025, 1, 1)), "a");
            assertThat(s.verify().ok()).isTrue();
            JdbcTamper.update(s, "DELETE FROM cd_audit WHERE seq = (SELECT MAX(seq) FROM cd_audit)");
            assertThat(s.verify().findings()).extracting(org.cundang.Finding::code).contains("CD-5209");
        }
    }

    @Test
    void theStoreDoesNotCloseTheHostsDataSource() throws SQLException {
        String url = TestDatabases.newDatabase();
        AtomicInteger none = new AtomicInteger();
        DataSource ds = killing(url, 0, none);
        JdbcArchiveStore.open(ds, JdbcOptions.defaults()).close();
        try (JdbcArchiveStore s = JdbcArchiveStore.open(ds, JdbcOptions.defaults())) {
            assertThat(s.databaseProduct()).isEqualTo("PostgreSQL");
            s.accept(transfer("T-1", item(C1, "题名")));
            assertThat(s.require(C1).entry().title()).isEqualTo("题名");
        }
    }

    @Test
    void hostileValuesReadBackExactlyOnBothDatabases() {
        String title = "'; DROP TABLE items; -- \"q\" 𠀀𠀁😀 " + "长".repeat(900);
        for (String url : new String[] {TestDatabases.newDatabase(), "jdbc:sqlite:" + dir.resolve("h.db")}) {
            try (JdbcArchiveStore s = JdbcArchiveStore.open(url, JdbcOptions.defaults())) {
                String id = "T'; DROP TABLE cd_items; --𠀀";
                s.accept(transfer(id, item(C1, title)));
                StoredItem it = s.require(C1);
                assertThat(it.entry().title()).isEqualTo(title);
                assertThat(s.transfer(id)).isPresent();
                assertThat(s.query(ItemQuery.builder().transfer(id).build())).hasSize(1);
                assertThat(s.item("'; DROP TABLE cd_items; --")).isEmpty();
                assertThat(s.verify().ok()).isTrue();
            }
        }
    }

    @Test
    void aNulCharacterIsRefusedClearlyOnPostgresqlAndKeptOnSqlite() {
        String title = "before\u0000after";
        try (JdbcArchiveStore s = JdbcArchiveStore.open(TestDatabases.newDatabase(), JdbcOptions.defaults())) {
            assertThatThrownBy(() -> s.accept(transfer("T-nul", item(C1, title))))
                    .isInstanceOf(StorageException.class).satisfies(t -> assertThat(code(t)).isEqualTo(5208))
                    .hasMessageContaining("title");
            assertThat(s.query(ItemQuery.all())).isEmpty();
            assertThat(s.auditTrail(1, 10)).isEmpty();
            assertThat(s.item("x\u0000")).isEmpty();
        }
        try (JdbcArchiveStore s = JdbcArchiveStore.open("jdbc:sqlite:" + dir.resolve("n.db"), JdbcOptions.defaults())) {
            s.accept(transfer("T-nul", item(C1, title)));
            assertThat(s.require(C1).entry().title()).isEqualTo(title);
        }
    }

    @Test
    void aSchemaNewerThanThisVersionKnowsIsRefused() {
        String url = "jdbc:sqlite:" + dir.resolve("future.db");
        JdbcArchiveStore.open(url, JdbcOptions.defaults()).close();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("INSERT INTO " + JdbcArchiveStore.HISTORY_TABLE + " (installed_rank, version, description,"
                    + " type, script, checksum, installed_by, execution_time, success) VALUES (99, '99', 'future',"
                    + " 'SQL', 'V99__future.sql', 0, 'test', 1, 1)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThatThrownBy(() -> JdbcArchiveStore.open(url, JdbcOptions.defaults()))
                .isInstanceOf(StorageException.class).satisfies(t -> assertThat(code(t)).isEqualTo(5202))
                .hasMessageContaining("99");
    }

    @Test
    void readOnlyOpeningOfAnEmptyDatabaseIsRefusedAndAReadOnlyStoreRefusesWrites() {
        String url = "jdbc:sqlite:" + dir.resolve("ro.db");
        JdbcOptions ro = JdbcOptions.builder().store(StoreOptions.builder().readOnly(true).build()).build();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE other (x INTEGER)"); // a database, but not a store
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThatThrownBy(() -> JdbcArchiveStore.open(url, ro)).isInstanceOf(StorageException.class)
                .satisfies(t -> assertThat(code(t)).isEqualTo(5207));
        JdbcArchiveStore.open(url, JdbcOptions.defaults()).close();
        try (JdbcArchiveStore s = JdbcArchiveStore.open(url, ro)) {
            assertThatThrownBy(() -> s.record("a", "b", "c", java.util.Map.of()))
                    .isInstanceOf(StorageException.class).satisfies(t -> assertThat(code(t)).isEqualTo(5030));
        }
    }

    @Test
    void badUrlsAndOptionsAreRefusedWithCodes() {
        assertThatThrownBy(() -> JdbcArchiveStore.open("jdbc:mysql://x/y", JdbcOptions.defaults()))
                .isInstanceOf(StorageException.class).satisfies(t -> assertThat(code(t)).isEqualTo(5204));
        assertThatThrownBy(() -> JdbcOptions.from(StoreOptions.builder().property(JdbcOptions.POOL_SIZE, "８").build()))
                .isInstanceOf(StorageException.class).satisfies(t -> assertThat(code(t)).isEqualTo(5205));
        assertThatThrownBy(() -> JdbcOptions.builder().poolSize(0)).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> JdbcOptions.builder().sqliteSynchronous("OFF")).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> JdbcArchiveStore.open("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1",
                JdbcOptions.defaults())).isInstanceOf(StorageException.class)
                .satisfies(t -> assertThat(code(t)).isEqualTo(5201));
    }

    @Test
    void theProviderIsFoundByServiceLoaderForBothSchemes() {
        JdbcStoreProvider p = new JdbcStoreProvider();
        assertThat(p.supports(URI.create("jdbc:sqlite:x.db"))).isTrue();
        assertThat(p.supports(URI.create("jdbc:postgresql://h/db"))).isTrue();
        assertThat(p.supports(URI.create("file:/x"))).isFalse();
        ArchiveStores stores = ArchiveStores.load();
        try (ArchiveStore s = stores.open(URI.create("jdbc:sqlite:" + dir.resolve("p.db").toUri().getPath()),
                StoreOptions.defaults())) {
            assertThat(s).isInstanceOf(JdbcArchiveStore.class);
        }
    }
}
