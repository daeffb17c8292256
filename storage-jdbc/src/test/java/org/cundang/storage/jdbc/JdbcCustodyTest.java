package org.cundang.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.cundang.Finding;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeTemplate;
import org.cundang.custody.AppraisalDecision;
import org.cundang.custody.DestructionList;
import org.cundang.digest.Digest;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionPeriod;
import org.cundang.retention.RetentionStatus;
import org.cundang.storage.ContentSource;
import org.cundang.storage.CustodyAction;
import org.cundang.storage.CustodySubmission;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.StorageException;
import org.cundang.storage.StoredItem;
import org.cundang.storage.TransferSubmission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Custody records in the JDBC store beyond the kit: faults in the middle of a destruction, leftovers, verify. */
class JdbcCustodyTest {

    private static final String DUE = "Z109-WS·2010-D10-BGS-0001";
    private static final String DUE2 = "Z109-WS·2010-D10-BGS-0002";
    private static final String YOUNG = "Z109-WS·2020-D10-BGS-0001";
    private static final String KEPT = "Z109-WS·2011-Y-BGS-0001";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path dir;

    private static ItemSubmission.Builder item(String code, byte[] bytes) {
        CatalogueEntry e = new CatalogueEntry(1, code, "", "某村村民委员会", "题名" + code, "20100315", "", 1,
                code.contains("-Y-") ? "Y" : "D10", "", null);
        return ItemSubmission.builder(e, CodeTemplate.daT22().parse(code)).content(code + ".pdf",
                ContentSource.ofBytes(bytes));
    }

    private static byte[] bytes(int seed) {
        byte[] b = new byte[100];
        new java.util.Random(seed).nextBytes(b);
        return b;
    }

    /** Two due items (DUE2 shares its bytes with YOUNG), one not yet due, one permanent with a hold. */
    private static TransferSubmission transfer() {
        LocalDate end = LocalDate.of(2020, 12, 31);
        return TransferSubmission.builder("T-1", "Z109").actor("乡镇档案员")
                .item(item(DUE, bytes(1)).period(RetentionPeriod.D10).expiry(end).build())
                .item(item(DUE2, bytes(2)).period(RetentionPeriod.D10).expiry(end).build())
                .item(item(YOUNG, bytes(2)).period(RetentionPeriod.D10).expiry(LocalDate.of(2030, 12, 31)).build())
                .item(item(KEPT, bytes(4)).hold(RetentionHold.of("审计", LocalDate.of(2025, 1, 1))).build())
                .build();
    }

    private static CustodySubmission approve() {
        return CustodySubmission.builder("A-1", "appraisal").actor("乡镇档案员").date(DAY)
                .action(new CustodyAction.ApproveDestruction(DUE)).action(new CustodyAction.ApproveDestruction(DUE2))
                .build();
    }

    private static CustodySubmission destroy() {
        List<DestructionList.Entry> es = new ArrayList<>();
        for (String c : List.of(DUE, DUE2)) {
            es.add(new DestructionList.Entry("题名", c, 2010, 2010, RetentionPeriod.D10, false,
                    RetentionStatus.DUE_FOR_APPRAISAL, List.of(), new AppraisalDecision.Destroy("到期")));
        }
        List<String> sup = List.of("监销甲", "监销乙");
        return CustodySubmission.builder("D-1", "destruction").actor("乡镇档案员").date(DAY).body("{\"销毁清册\":1}")
                .signOff(new DestructionList(es, "村主任", "档案员", null, sup, sup, sup))
                .action(new CustodyAction.Destroy(DUE, false)).action(new CustodyAction.Destroy(DUE2, false)).build();
    }

    private static String code(Throwable t) {
        return ((StorageException) t).code();
    }

    /**
     * A DataSource whose connection breaks when the store prepares a statement containing {@code sql} inside a
     * transaction: on PostgreSQL its backend is terminated from another connection; on SQLite the call fails.
     */
    private static DataSource breaking(String url, String sql, AtomicInteger breaks) {
        return BreakingDataSource.of(url, breaks, (q, n) -> q.contains(sql));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "postgresql+folder", "sqlite", "sqlite+folder"})
    void aConnectionBrokenInTheMiddleOfADestructionLeavesNothingAndTheStoreWorksAfterwards(String where) {
        String url = where.startsWith("sqlite") ? "jdbc:sqlite:" + dir.resolve("kill.db") : TestDatabases.newDatabase();
        JdbcOptions options = where.endsWith("+folder")
                ? JdbcOptions.builder().contentDirectory(dir.resolve("content")).build() : JdbcOptions.defaults();
        AtomicInteger breaks = new AtomicInteger(0);
        // The record, its subjects, the audit event and both items are written when the connection breaks: the
        // blob deletion is the last step of the transaction.
        try (JdbcArchiveStore s = JdbcArchiveStore.open(breaking(url, "DELETE FROM cd_blobs", breaks), options)) {
            s.accept(transfer());
            s.keep(approve());
            Digest own = s.require(DUE).content().get(0).address();
            int events = s.auditTrail(1, 100).size();
            breaks.set(1);
            assertThatThrownBy(() -> s.keep(destroy())).isInstanceOf(StorageException.class)
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5200"));
            assertThat(breaks.get()).isZero();
            assertThat(s.custodyRecord("D-1")).isEmpty();
            assertThat(s.require(DUE).isDestroyed()).isFalse();
            assertThat(s.require(DUE2).isDestroyed()).isFalse();
            assertThat(s.readContent(own)).isEqualTo(bytes(1));
            assertThat(s.auditTrail(1, 100)).hasSize(events);
            assertThat(s.verify().findings()).isEmpty();

            s.keep(destroy());
            assertThat(s.require(DUE).isDestroyed()).isTrue();
            assertThatThrownBy(() -> s.readContent(own)).satisfies(t -> assertThat(code(t)).isEqualTo("CD-5011"));
            assertThat(s.readContent(s.require(YOUNG).content().get(0).address())).isEqualTo(bytes(2));
            if (s.contentInFolder()) {
                assertThat(s.contentFile(own)).doesNotExist();
                assertThat(s.contentFile(s.require(YOUNG).content().get(0).address())).exists();
            }
            assertThat(s.verify().findings()).isEmpty();
        }
    }

    @Test
    void contentFilesLeftByACrashAfterTheCommitAreDeletedAtOpenUnlessATransferStoredThemAgain() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("left.db");
        JdbcOptions options = JdbcOptions.builder().contentDirectory(dir.resolve("content")).build();
        Digest own;
        Digest again;
        Path ownFile;
        Path againFile;
        try (JdbcArchiveStore s = JdbcArchiveStore.open(url, options)) {
            s.accept(transfer());
            own = s.require(DUE).content().get(0).address();
            again = s.require(KEPT).content().get(0).address();
            ownFile = s.contentFile(own);
            againFile = s.contentFile(again);
        }
        // As a crash between the commit of a destruction and the deletion of its files leaves it: the blob row
        // gone, the file still there, the note in cd_blob_deletions. KEPT's bytes are noted too but still stored.
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM cd_blobs WHERE address = '" + own + "'");
            st.executeUpdate("INSERT INTO cd_blob_deletions (address) VALUES ('" + own + "'), ('" + again + "')");
        }
        assertThat(ownFile).exists();
        try (JdbcArchiveStore s = JdbcArchiveStore.open(url, options)) {
            assertThat(ownFile).doesNotExist();
            assertThat(againFile).exists();
            assertThat(s.readContent(again)).isEqualTo(bytes(4));
        }
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM cd_blob_deletions")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void aDestructionRecordDeletedBehindTheStoresBackIsFoundByVerify() {
        try (JdbcArchiveStore s = JdbcArchiveStore.open("jdbc:sqlite:" + dir.resolve("gone.db"),
                JdbcOptions.defaults())) {
            s.accept(transfer());
            s.keep(approve());
            s.keep(destroy());
            assertThat(s.verify().findings()).isEmpty();
            JdbcTamper.update(s, "DELETE FROM cd_custody_subjects WHERE record_id = ?", "D-1");
            JdbcTamper.update(s, "DELETE FROM cd_custody_records WHERE id = ?", "D-1");
            List<Finding> f = s.verify().findings();
            assertThat(f).extracting(Finding::code).containsExactlyInAnyOrder("CD-5087", "CD-5088", "CD-5088");
            assertThat(f).filteredOn(x -> x.code().equals("CD-5088")).extracting(Finding::subject)
                    .containsExactlyInAnyOrder(DUE, DUE2);
        }
    }

    @Test
    void aRecordInsertedWithoutAnAuditEventAndAnEditedActionAreFoundByVerify() {
        try (JdbcArchiveStore s = JdbcArchiveStore.open("jdbc:sqlite:" + dir.resolve("ins.db"),
                JdbcOptions.defaults())) {
            s.accept(transfer());
            s.keep(approve());
            JdbcTamper.update(s, "INSERT INTO cd_custody_records (id, kind, actor, day, time, body, actions, digest,"
                    + " audit_seq) SELECT 'X-1', kind, actor, day, time, body, actions, digest, 999 FROM"
                    + " cd_custody_records WHERE id = ?", "A-1");
            JdbcTamper.update(s, "UPDATE cd_custody_records SET actions = ? WHERE id = ?",
                    "approve-destruction|" + YOUNG + "\napprove-destruction|" + DUE2, "A-1");
            assertThat(s.verify().findings()).extracting(Finding::code, Finding::subject)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CD-5087", "A-1"),
                            org.assertj.core.groups.Tuple.tuple("CD-5087", "X-1"));
        }
    }

    @Test
    void theItemsOfATransferStillVerifyAfterAPeriodIsLengthenedAndAHoldReleasedButNotAfterTheAcceptedValuesChange() {
        try (JdbcArchiveStore s = JdbcArchiveStore.open("jdbc:sqlite:" + dir.resolve("digest.db"),
                JdbcOptions.defaults())) {
            s.accept(transfer());
            s.keep(CustodySubmission.builder("A-1", "appraisal").actor("乡镇档案员").date(DAY)
                    .action(new CustodyAction.Extend(DUE, RetentionPeriod.D30, LocalDate.of(2040, 12, 31)))
                    .action(new CustodyAction.Extend(DUE, RetentionPeriod.PERMANENT, null))
                    .action(new CustodyAction.Release(KEPT, "审计", LocalDate.of(2026, 2, 1))).build());
            assertThat(s.require(DUE).period()).isEqualTo(RetentionPeriod.PERMANENT);
            assertThat(s.require(DUE).expiry()).isNull();
            assertThat(s.require(KEPT).holds()).singleElement()
                    .satisfies(h -> assertThat(h.until()).isEqualTo(LocalDate.of(2026, 2, 1)));
            s.keep(CustodySubmission.builder("A-2", "appraisal").actor("乡镇档案员").date(DAY)
                    .action(new CustodyAction.Hold(KEPT, RetentionHold.of("再审计", DAY))).build());
            assertThat(s.require(KEPT).holds()).hasSize(2);
            assertThat(s.verify().findings()).isEmpty();
            JdbcTamper.update(s, "UPDATE cd_items SET accepted_period = 'D30' WHERE code = ?", DUE);
            assertThat(s.verify().findings()).extracting(Finding::code).containsExactly("CD-5042");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "sqlite"})
    void statusQueriesAgreeWithTheStatusOfEachItem(String db) {
        String url = db.equals("sqlite") ? "jdbc:sqlite:" + dir.resolve("status.db") : TestDatabases.newDatabase();
        try (JdbcArchiveStore s = JdbcArchiveStore.open(url, JdbcOptions.defaults())) {
            s.accept(transfer());
            s.keep(approve());
            s.keep(destroy());
            List<StoredItem> all = s.query(ItemQuery.all());
            for (LocalDate day : List.of(DAY, LocalDate.of(2031, 6, 1))) {
                for (RetentionStatus st : RetentionStatus.values()) {
                    List<String> want = all.stream().filter(i -> i.status(day) == st)
                            .map(i -> i.code().toString()).sorted().toList();
                    assertThat(s.query(ItemQuery.builder().status(st, day).build()))
                            .extracting(i -> i.code().toString()).as(st + " on " + day).containsExactlyElementsOf(want);
                }
            }
            assertThat(all).filteredOn(i -> i.status(DAY) == RetentionStatus.DESTROYED).hasSize(2);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"sqlite", "postgresql"})
    void aStoreWrittenBeforeVersion5IsUpgradedItsItemsVerifyAndCanBeDestroyedAndItsIndexesServeTheQueries(String db) throws Exception {
        String url = db.equals("sqlite") ? "jdbc:sqlite:" + dir.resolve("old.db") : TestDatabases.newDatabase();
        try (JdbcArchiveStore s = JdbcArchiveStore.open(url, JdbcOptions.defaults())) {
            s.accept(transfer());
        }
        // Back to the schema before V5 (and V6), the accepted transfer kept (SQLite drops columns since 3.35;
        // PostgreSQL drops the partial index with its column).
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("DROP INDEX cd_items_scope");
            st.execute("CREATE INDEX cd_items_scope ON cd_items (scope, item_no)");
            st.execute("DROP INDEX cd_items_fonds_year");
            st.execute("CREATE INDEX cd_items_fonds_year ON cd_items (fonds, year)");
            st.execute("DELETE FROM " + JdbcArchiveStore.HISTORY_TABLE + " WHERE version = '6'");
            st.execute("DROP INDEX cd_items_destroyed");
            for (String col : List.of("appraisal_id", "destruction_id", "destroyed_day", "accepted_period",
                    "accepted_expiry_day")) {
                st.execute("ALTER TABLE cd_items DROP COLUMN " + col);
            }
            st.execute("ALTER TABLE cd_holds DROP COLUMN released");
            st.execute("ALTER TABLE cd_holds DROP COLUMN accepted_until_day");
            for (String t : List.of("cd_custody_subjects", "cd_scope_holds", "cd_custody_records",
                    "cd_blob_deletions")) {
                st.execute("DROP TABLE " + t);
            }
            st.execute("DELETE FROM " + JdbcArchiveStore.HISTORY_TABLE + " WHERE version = '5'");
        }
        try (JdbcArchiveStore s = JdbcArchiveStore.open(url, JdbcOptions.defaults())) {
            assertThat(s.require(DUE).disposal()).isNull();
            assertThat(s.require(KEPT).holds()).hasSize(1);
            assertThat(s.verify().findings()).isEmpty();
            s.keep(approve());
            s.keep(destroy());
            s.keep(CustodySubmission.builder("R-1", "hold-release").actor("乡镇档案员").date(DAY)
                    .action(new CustodyAction.Release(KEPT, "审计", DAY)).build());
            assertThat(s.require(DUE).isDestroyed()).isTrue();
            assertThat(s.verify().findings()).isEmpty();
        }
        // V6: the scope and 全宗号+year indexes end with the 档号, so that their pages are read in order
        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(indexColumns(c, "cd_items_scope")).containsExactly("scope", "code");
            assertThat(indexColumns(c, "cd_items_fonds_year")).containsExactly("fonds", "year", "code");
        }
    }

    private static List<String> indexColumns(Connection c, String index) throws Exception {
        java.util.TreeMap<Integer, String> columns = new java.util.TreeMap<>();
        try (java.sql.ResultSet rs = c.getMetaData().getIndexInfo(null, null, "cd_items", false, false)) {
            while (rs.next()) {
                if (index.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                    columns.put((int) rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
                }
            }
        }
        return List.copyOf(columns.values());
    }
}
