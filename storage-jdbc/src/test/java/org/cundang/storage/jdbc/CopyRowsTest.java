package org.cundang.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeTemplate;
import org.cundang.retention.RetentionHold;
import org.cundang.storage.AuditEvent;
import org.cundang.storage.ContentSource;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.StorageException;
import org.cundang.storage.StoredItem;
import org.cundang.storage.TransferSubmission;
import org.junit.jupiter.api.Test;

/**
 * The COPY path of accept on PostgreSQL ({@link CopyRows}): text-format escaping of hostile values, U+0000 refused,
 * duplicate 档号, and the same rows and items digest as the batched path it falls back to.
 */
class CopyRowsTest {

    private static final String C1 = "Z109-WS·2011-Y-BGS-0001";
    private static final String C2 = "Z109-WS·2011-Y-BGS-0002";
    private static final String C3 = "Z109-WS·2011-D30-BGS-0001";

    /** Every character COPY's text format treats specially, SQL that must stay data, and 4-byte characters. */
    private static final String HOSTILE = "'; DROP TABLE cd_items; -- \"q\" \\ \\N \\. \\\\t \t tab \n line \r cr"
            + " \r\n 𠀀𠀁😀 ，全角　空格";
    /** The same without control characters, for the fields that refuse them (hold reasons). */
    private static final String HOSTILE_LINE = "'; DROP TABLE cd_holds; -- \"q\" \\ \\N \\. \\t 𠀀😀 ，全角　空格";

    private static String padded(String s, int length) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < length) {
            b.append(b.length() % 7 == 0 ? "😀" : "长");
        }
        return b.substring(0, b.length() > length && Character.isHighSurrogate(b.charAt(length - 1)) ? length - 1
                : length);
    }

    private static ItemSubmission hostileItem(String code, String remarks) {
        String title = padded(HOSTILE, CatalogueEntry.MAX_TITLE);
        CatalogueEntry e = new CatalogueEntry(7, code, HOSTILE, "某村\\村民委员会\t", title, "20110315", "\\N",
                3, "Y", remarks, null);
        return ItemSubmission.builder(e, CodeTemplate.daT22().parse(code))
                .content("'; DROP TABLE x; -- \\N 𠀀.pdf", ContentSource.ofBytes(title.getBytes(StandardCharsets.UTF_8)))
                .content("二.txt", ContentSource.ofBytes(new byte[] {0, 9, 10, 13, 92}))
                .hold(new RetentionHold(HOSTILE_LINE, LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)))
                .hold(RetentionHold.of("\\", LocalDate.of(2026, 2, 28)))
                .build();
    }

    private static TransferSubmission transfer(String id, ItemSubmission... items) {
        TransferSubmission.Builder b = TransferSubmission.builder(id, "Z109").actor("乡镇档案员");
        for (ItemSubmission i : items) {
            b.item(i);
        }
        return b.build();
    }

    private static boolean copies(JdbcArchiveStore s) throws SQLException {
        try (Connection c = s.dataSource().getConnection()) {
            return CopyRows.manager(c) != null;
        }
    }

    private static String itemsDigest(JdbcArchiveStore s) {
        List<AuditEvent> events = s.auditTrail(1, 10);
        assertThat(events).extracting(AuditEvent::action).containsExactly("transfer.accept");
        return events.get(0).details().get("itemsDigest");
    }

    /** A pool that hides the driver: unwrap fails, as with some host pools, so accept falls back to batches. */
    private static DataSource opaque(String url) {
        return (DataSource) Proxy.newProxyInstance(CopyRowsTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (p, m, a) -> switch (m.getName()) {
                    case "getConnection" -> {
                        Connection real = DriverManager.getConnection(url);
                        yield Proxy.newProxyInstance(CopyRowsTest.class.getClassLoader(),
                                new Class<?>[] {Connection.class}, (p2, m2, a2) -> {
                                    if (m2.getName().equals("isWrapperFor")) {
                                        return false;
                                    }
                                    if (m2.getName().equals("unwrap")) {
                                        throw new SQLException("not a wrapper");
                                    }
                                    try {
                                        return m2.invoke(real, a2);
                                    } catch (InvocationTargetException e) {
                                        throw e.getCause();
                                    }
                                });
                    }
                    case "getLogWriter" -> (PrintWriter) null;
                    case "getParentLogger" -> Logger.getGlobal();
                    case "isWrapperFor" -> false;
                    case "getLoginTimeout" -> 0;
                    case "unwrap" -> throw new SQLException("not a wrapper");
                    default -> null;
                });
    }

    @Test
    void hostileValuesGoThroughCopyAndReadBackExactly() throws SQLException {
        ItemSubmission a = hostileItem(C1, padded(HOSTILE, CatalogueEntry.MAX_REMARKS));
        ItemSubmission b = hostileItem(C3, "");
        String id = "T'; DROP TABLE cd_items; --𠀀\\N";
        try (JdbcArchiveStore s = JdbcArchiveStore.open(TestDatabases.newDatabase(), JdbcOptions.defaults())) {
            assertThat(copies(s)).as("the store's pooled connections unwrap to pgjdbc").isTrue();
            s.accept(transfer(id, b, a));
            for (ItemSubmission i : List.of(a, b)) {
                StoredItem got = s.require(i.code().toString());
                assertThat(got.entry()).isEqualTo(i.entry());
                assertThat(got.holds()).isEqualTo(i.holds());
                assertThat(got.content()).extracting(c -> c.name())
                        .containsExactlyElementsOf(i.content().stream().map(c -> c.name()).toList());
                assertThat(got.transferId()).isEqualTo(id);
            }
            assertThat(s.require(C1).entry().title()).hasSize(CatalogueEntry.MAX_TITLE);
            assertThat(s.require(C1).entry().remarks()).hasSize(CatalogueEntry.MAX_REMARKS);
            assertThat(s.query(ItemQuery.builder().transfer(id).build())).hasSize(2);
            assertThat(s.verify().ok()).isTrue();
        }
    }

    @Test
    void aTenThousandCharacterTitleIsRefusedWithACodeBeforeTheDatabase() {
        String title = padded(HOSTILE, 10_000);
        assertThatThrownBy(() -> ItemSubmission.builder(new CatalogueEntry(1, C1, "", "", title, "20110315", "", 1,
                "Y", "", null), CodeTemplate.daT22().parse(C1)).build())
                .isInstanceOf(StorageException.class)
                .satisfies(t -> assertThat(((StorageException) t).code()).isEqualTo("CD-5024"));
    }

    @Test
    void theBatchedFallbackStoresTheSameItemsAndTheSameItemsDigest() throws SQLException {
        TransferSubmission t = transfer("T-1", hostileItem(C2, "二"), hostileItem(C1, HOSTILE));
        String url = TestDatabases.newDatabase();
        try (JdbcArchiveStore copying = JdbcArchiveStore.open(TestDatabases.newDatabase(), JdbcOptions.defaults());
             JdbcArchiveStore batching = JdbcArchiveStore.open(opaque(url), JdbcOptions.defaults())) {
            assertThat(copies(copying)).isTrue();
            assertThat(copies(batching)).isFalse();
            copying.accept(t);
            batching.accept(t);
            assertThat(copying.query(ItemQuery.all())).isEqualTo(batching.query(ItemQuery.all())).hasSize(2);
            assertThat(itemsDigest(copying)).isEqualTo(itemsDigest(batching)).startsWith("sha256:");
            assertThat(copying.verify().ok()).isTrue();
            assertThat(batching.verify().ok()).isTrue();
        }
    }

    @Test
    void aNulInAnyCopiedFieldIsRefusedWithItsNameAndNothingIsStored() {
        try (JdbcArchiveStore s = JdbcArchiveStore.open(TestDatabases.newDatabase(), JdbcOptions.defaults())) {
            ItemSubmission inRemarks = hostileItem(C2, "a\u0000b");
            CatalogueEntry e = hostileItem(C3, "").entry();
            ItemSubmission inNumber = ItemSubmission.builder(new CatalogueEntry(e.sequence(), e.code(), "\u0000",
                    e.responsible(), e.title(), e.date(), e.classification(), e.pages(), e.period(), e.remarks(),
                    e.scheduleEntry()), CodeTemplate.daT22().parse(C3)).build();
            assertThatThrownBy(() -> s.accept(transfer("T-1", hostileItem(C1, ""), inRemarks)))
                    .isInstanceOf(StorageException.class).hasMessageContaining("remarks")
                    .satisfies(t -> assertThat(((StorageException) t).code()).isEqualTo("CD-5208"));
            assertThatThrownBy(() -> s.accept(transfer("T-2", inNumber)))
                    .isInstanceOf(StorageException.class).hasMessageContaining("documentNumber")
                    .satisfies(t -> assertThat(((StorageException) t).code()).isEqualTo("CD-5208"));
            assertThat(s.query(ItemQuery.all())).isEmpty();
            assertThat(s.transfer("T-1")).isEmpty();
            assertThat(s.auditTrail(1, 10)).isEmpty();
            // the connection that failed mid-COPY went back to the pool usable
            s.accept(transfer("T-1", hostileItem(C1, "")));
            assertThat(s.query(ItemQuery.all())).hasSize(1);
            assertThat(s.verify().ok()).isTrue();
        }
    }

    @Test
    void aDuplicateCodeInTheCopyIsNamedWithTheTransferThatHoldsIt() {
        try (JdbcArchiveStore s = JdbcArchiveStore.open(TestDatabases.newDatabase(), JdbcOptions.defaults())) {
            s.accept(transfer("T-1", hostileItem(C1, "")));
            assertThatThrownBy(() -> s.accept(transfer("T-2", hostileItem(C2, ""), hostileItem(C1, ""))))
                    .isInstanceOf(StorageException.class)
                    .satisfies(t -> assertThat(((StorageException) t).code()).isEqualTo("CD-5022"))
                    .hasMessageContaining(C1).hasMessageContaining("T-1").hasMessageContaining("T-2");
            assertThat(s.item(C2)).isEmpty();
            assertThat(s.transfer("T-2")).isEmpty();
            assertThat(s.auditTrail(1, 10)).hasSize(1);
            assertThat(s.verify().ok()).isTrue();
        }
    }
}
