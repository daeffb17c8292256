package org.cundang.storage.tck;

import org.cundang.tck.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cundang.Finding;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CodeTemplate;
import org.cundang.code.SequenceScope;
import org.cundang.custody.AppraisalDecision;
import org.cundang.custody.DestructionList;
import org.cundang.custody.HoldScope;
import org.cundang.digest.Digest;
import org.cundang.digest.DigestAlgorithm;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionPeriod;
import org.cundang.retention.RetentionStatus;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.AuditEvent;
import org.cundang.storage.CustodyAction;
import org.cundang.storage.CustodyRecord;
import org.cundang.storage.CustodySubmission;
import org.cundang.storage.Disposal;
import org.cundang.storage.RecordQuery;
import org.cundang.storage.ContentCorruptedException;
import org.cundang.storage.ContentSource;
import org.cundang.storage.ContentSubmission;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.StorageException;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.StoredItem;
import org.cundang.storage.TransferReceipt;
import org.cundang.storage.TransferSubmission;
import org.cundang.storage.VerificationReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit every {@link ArchiveStore} passes (issue 4), in the manner of Micrometer's
 * {@code MeterRegistryCompatibilityKit}: an adapter's test is a subclass that makes empty stores and implements the
 * tampering hooks. Time is driven by a {@link MutableClock}.
 */
public abstract class ArchiveStoreCompatibilityKit {

    /** The instant the kit's clock starts at. */
    protected static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    /** The kit's clock. */
    protected final MutableClock clock = new MutableClock(START);

    /** The store under test, fresh and empty for each test. */
    protected ArchiveStore store;

    private final CodeTemplate template = CodeTemplate.daT22();

    /**
     * Makes a new, empty store.
     *
     * @param options the options to honour (the clock above, the digest algorithm), not null
     * @return the store
     */
    protected abstract ArchiveStore newStore(StoreOptions options);

    /**
     * Changes the stored bytes of a blob behind the store's back (flip one byte).
     *
     * @param store  the store, not null
     * @param digest the blob's address, not null
     */
    protected abstract void corruptContent(ArchiveStore store, Digest digest);

    /**
     * Deletes a blob behind the store's back.
     *
     * @param store  the store, not null
     * @param digest the blob's address, not null
     */
    protected abstract void deleteContent(ArchiveStore store, Digest digest);

    /**
     * Edits one audit event behind the store's back, without fixing its digest (for example change its subject).
     *
     * @param store    the store, not null
     * @param sequence the event's sequence number
     */
    protected abstract void tamperAuditEvent(ArchiveStore store, long sequence);

    /**
     * Removes one audit event behind the store's back.
     *
     * @param store    the store, not null
     * @param sequence the event's sequence number
     */
    protected abstract void removeAuditEvent(ArchiveStore store, long sequence);

    /**
     * Edits a kept custody record's body behind the store's back, without fixing its digest.
     *
     * @param store the store, not null
     * @param id    the record's id
     */
    protected abstract void tamperCustodyRecord(ArchiveStore store, String id);

    /**
     * Closes the store and opens it again on the same data, for stores that persist; the default (a store in memory)
     * returns the same store.
     *
     * @param store the open store, not null
     * @return the store opened again
     */
    protected ArchiveStore reopen(ArchiveStore store) {
        return store;
    }

    @BeforeEach
    void openStore() {
        store = newStore(StoreOptions.builder().clock(clock).build());
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * A 档号 of the default DA/T 22-2015 template.
     *
     * @param text the code, e.g. {@code Z109-WS·2011-Y-BGS-0001}
     * @return the parsed code
     */
    protected ArchivalCode code(String text) {
        return template.parse(text);
    }

    /**
     * A 目录 entry for a code.
     *
     * @param code  the code text
     * @param title the 题名
     * @return the entry
     */
    protected static CatalogueEntry entry(String code, String title) {
        return new CatalogueEntry(1, code, "村委〔2011〕1号", "某村村民委员会", title, "20110315", "", 3,
                code.contains("-Y-") ? "Y" : code.contains("-D30-") ? "D30" : "D10", "", null);
    }

    /**
     * An item with one file.
     *
     * @param code  the code text
     * @param bytes the file's content
     * @return the item builder
     */
    protected ItemSubmission.Builder item(String code, byte[] bytes) {
        return ItemSubmission.builder(entry(code, "关于" + code + "的会议记录"), code(code))
                .content(code + ".pdf", ContentSource.ofBytes(bytes));
    }

    /**
     * Some bytes that depend on a seed.
     *
     * @param seed the seed
     * @param size how many
     * @return the bytes
     */
    protected static byte[] bytes(int seed, int size) {
        byte[] b = new byte[size];
        new java.util.Random(seed).nextBytes(b);
        return b;
    }

    /**
     * A transfer of items.
     *
     * @param id    the transfer id
     * @param items the items
     * @return the transfer
     */
    protected static TransferSubmission transfer(String id, ItemSubmission... items) {
        TransferSubmission.Builder b = TransferSubmission.builder(id, "Z109").actor("乡镇档案员").batch("2026-01")
                .metadata("立档单位", "某村村民委员会");
        for (ItemSubmission i : items) {
            b.item(i);
        }
        return b.build();
    }

    private static String sha256(byte[] b) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<StoredItem> all() {
        return store.query(ItemQuery.builder().limit(ItemQuery.MAX_LIMIT).build());
    }

    private void assertEmpty() {
        assertThat(all()).isEmpty();
        assertThat(store.auditTrail(1, 100)).isEmpty();
        assertThat(store.verify().ok()).isTrue();
    }

    private static final String C1 = "Z109-WS·2011-Y-BGS-0001";
    private static final String C2 = "Z109-WS·2011-Y-BGS-0002";
    private static final String C3 = "Z109-WS·2011-D10-BGS-0001";

    // ---------------------------------------------------------------- groups

    @Nested
    @DisplayName("Round trips")
    class RoundTrips {

        @Test
        @DisplayName("an accepted item reads back exactly, with its content under its SHA-256 digest")
        void itemRoundTrip() {
            byte[] pdf = bytes(1, 5000);
            RetentionHold hold = RetentionHold.of("未结清债权债务", LocalDate.of(2025, 1, 1));
            ItemSubmission i = item(C3, pdf).period(RetentionPeriod.D10).expiry(LocalDate.of(2021, 12, 31))
                    .scheduleEntry("village-2017/1.1").hold(hold).townshipCustody(true).build();
            TransferReceipt r = store.accept(transfer("T-1", i));

            assertThat(r.items()).isEqualTo(1);
            assertThat(r.bytes()).isEqualTo(5000);
            assertThat(r.alreadyAccepted()).isFalse();
            assertThat(r.acceptedAt()).isEqualTo(START);
            StoredItem s = store.require(C3);
            assertThat(s.code()).isEqualTo(code(C3));
            assertThat(s.entry()).isEqualTo(i.entry());
            assertThat(s.period()).isEqualTo(RetentionPeriod.D10);
            assertThat(s.expiry()).isEqualTo(LocalDate.of(2021, 12, 31));
            assertThat(s.scheduleEntry()).isEqualTo("village-2017/1.1");
            assertThat(s.holds()).containsExactly(hold);
            assertThat(s.townshipCustody()).isTrue();
            assertThat(s.transferId()).isEqualTo("T-1");
            assertThat(s.content()).hasSize(1);
            assertThat(s.content().get(0).name()).isEqualTo(C3 + ".pdf");
            assertThat(s.content().get(0).size()).isEqualTo(5000);
            assertThat(s.content().get(0).address().toString()).isEqualTo(sha256(pdf));
            assertThat(store.readContent(s.content().get(0).address())).isEqualTo(pdf);
            assertThat(store.transfer("T-1")).contains(r);
        }

        @Test
        @DisplayName("an item without content, with a permanent period, has no expiry")
        void permanentWithoutContent() {
            store.accept(transfer("T-2", ItemSubmission.builder(entry(C1, "题名"), code(C1))
                    .expiry(LocalDate.of(2030, 1, 1)).build()));
            StoredItem s = store.require(C1);
            assertThat(s.period()).isEqualTo(RetentionPeriod.PERMANENT);
            assertThat(s.expiry()).isNull();
            assertThat(s.content()).isEmpty();
        }

        @Test
        @DisplayName("declared digests (SM3 and SHA-256) are checked and kept with their algorithm id")
        void declaredDigests() throws Exception {
            byte[] b = "扫描件".getBytes(StandardCharsets.UTF_8);
            Digest sm3 = org.cundang.digest.MultiDigester.of(DigestAlgorithm.SM3).digest(b).get(DigestAlgorithm.SM3);
            ItemSubmission i = ItemSubmission.builder(entry(C1, "t"), code(C1))
                    .content(new ContentSubmission("a.jpg", ContentSource.ofBytes(b), List.of(sm3))).build();
            store.accept(transfer("T-3", i));
            assertThat(store.require(C1).content().get(0).digests()).contains(sm3);
        }

        @Test
        @DisplayName("openContent streams the bytes")
        void streams() throws IOException {
            byte[] pdf = bytes(2, 70_000);
            store.accept(transfer("T-4", item(C1, pdf).build()));
            try (InputStream in = store.openContent(store.require(C1).content().get(0).address())) {
                assertThat(in.readAllBytes()).isEqualTo(pdf);
            }
        }

        @Test
        @DisplayName("the same content in two items is stored once and read by both")
        void deduplicates() {
            byte[] same = bytes(3, 1000);
            store.accept(transfer("T-5", item(C1, same).build(), item(C2, same).build()));
            assertThat(store.require(C1).content().get(0).address())
                    .isEqualTo(store.require(C2).content().get(0).address());
            assertThat(store.verify().ok()).isTrue();
        }
    }

    @Nested
    @DisplayName("Atomicity")
    class Atomicity {

        @Test
        @DisplayName("a content stream that fails half way leaves nothing of the transfer")
        void failingStream() {
            ContentSource broken = () -> new InputStream() {
                private int n;

                @Override
                public int read() throws IOException {
                    if (n++ > 10_000) {
                        throw new IOException("disk unplugged");
                    }
                    return 7;
                }
            };
            TransferSubmission t = transfer("T-fail", item(C1, bytes(4, 3000)).build(), item(C2, bytes(5, 3000)).build(),
                    ItemSubmission.builder(entry(C3, "t"), code(C3)).content("x.pdf", broken).build());
            assertThatThrownBy(() -> store.accept(t)).isInstanceOf(StorageException.class)
                    .extracting(e -> ((StorageException) e).code()).isEqualTo("CD-5013");
            assertEmpty();
            assertThat(store.transfer("T-fail")).isEmpty();
        }

        @Test
        @DisplayName("a late item whose 档号 is already stored refuses the whole transfer")
        void conflictLate() {
            store.accept(transfer("T-a", item(C3, bytes(6, 100)).build()));
            TransferSubmission t = transfer("T-b", item(C1, bytes(7, 100)).build(), item(C2, bytes(8, 100)).build(),
                    item(C3, bytes(9, 100)).build());
            assertThatThrownBy(() -> store.accept(t)).isInstanceOf(StorageException.class)
                    .extracting(e -> ((StorageException) e).code()).isEqualTo("CD-5022");
            assertThat(all()).extracting(s -> s.code().toString()).containsExactly(C3);
            assertThat(store.auditTrail(1, 100)).hasSize(1);
            assertThat(store.transfer("T-b")).isEmpty();
        }

        @Test
        @DisplayName("a declared digest that does not match refuses the whole transfer")
        void wrongDigest() {
            Digest wrong = Digest.of(DigestAlgorithm.SHA256, new byte[32]);
            TransferSubmission t = transfer("T-d", item(C1, bytes(10, 100)).build(),
                    ItemSubmission.builder(entry(C2, "t"), code(C2)).content(new ContentSubmission("b.pdf",
                            ContentSource.ofBytes(bytes(11, 100)), List.of(wrong))).build());
            assertThatThrownBy(() -> store.accept(t)).isInstanceOf(StorageException.class)
                    .extracting(e -> ((StorageException) e).code()).isEqualTo("CD-5014");
            assertEmpty();
        }

        @Test
        @DisplayName("after a failed transfer the same id can be accepted")
        void retryAfterFailure() {
            ContentSource broken = () -> {
                throw new IOException("gone");
            };
            assertThatThrownBy(() -> store.accept(transfer("T-r",
                    ItemSubmission.builder(entry(C1, "t"), code(C1)).content("a", broken).build())))
                    .isInstanceOf(StorageException.class);
            store.accept(transfer("T-r", item(C1, bytes(12, 10)).build()));
            assertThat(store.require(C1).transferId()).isEqualTo("T-r");
        }
    }

    @Nested
    @DisplayName("Idempotency")
    class Idempotency {

        @Test
        @DisplayName("accepting the same transfer twice is a no-op that returns the first receipt")
        void twice() {
            TransferSubmission t = transfer("T-1", item(C1, bytes(13, 100)).build());
            TransferReceipt first = store.accept(t);
            clock.advance(Duration.ofHours(1));
            TransferReceipt again = store.accept(t);
            assertThat(again.alreadyAccepted()).isTrue();
            assertThat(again.auditSequence()).isEqualTo(first.auditSequence());
            assertThat(again.acceptedAt()).isEqualTo(first.acceptedAt());
            assertThat(all()).hasSize(1);
            assertThat(store.auditTrail(1, 100)).hasSize(1);
        }

        @Test
        @DisplayName("a transfer id reused for other items is refused")
        void reusedId() {
            store.accept(transfer("T-1", item(C1, bytes(14, 100)).build()));
            assertThatThrownBy(() -> store.accept(transfer("T-1", item(C2, bytes(15, 100)).build())))
                    .isInstanceOf(StorageException.class)
                    .extracting(e -> ((StorageException) e).code()).isEqualTo("CD-5023");
            assertThat(store.item(C2)).isEmpty();
        }
    }

    @Nested
    @DisplayName("件号 allocation")
    class Allocation {

        @Test
        @DisplayName("starts at 1 and continues after the largest stored 件号")
        void afterStored() {
            SequenceScope scope = code(C1).scope();
            assertThat(store.allocate(code("Z109-WS·2012-Y-BGS-0001").scope()).item()).isEqualTo(1);
            store.accept(transfer("T-1", item(C1, bytes(16, 10)).build(),
                    item("Z109-WS·2011-Y-BGS-0007", bytes(17, 10)).build()));
            assertThat(store.allocate(scope).toString()).isEqualTo("Z109-WS·2011-Y-BGS-0008");
            assertThat(store.allocate(scope).item()).isEqualTo(9);
        }

        @Test
        @DisplayName("8 threads × 10,000 allocations over 10 scopes never hand out a number twice")
        void concurrent() throws Exception {
            List<SequenceScope> scopes = new ArrayList<>();
            for (int y = 0; y < 10; y++) {
                scopes.add(code("Z109-WS·" + (2010 + y) + "-D30-BGS-0001").scope());
            }
            Set<String> seen = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch go = new CountDownLatch(1);
            try {
                List<Future<Integer>> fs = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int offset = t;
                    fs.add(pool.submit(() -> {
                        go.await();
                        int dup = 0;
                        for (int i = 0; i < 10_000; i++) {
                            if (!seen.add(store.allocate(scopes.get((i + offset) % 10)).toString())) {
                                dup++;
                            }
                        }
                        return dup;
                    }));
                }
                go.countDown();
                for (Future<Integer> f : fs) {
                    assertThat(f.get(120, TimeUnit.SECONDS)).isZero();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(seen).hasSize(80_000);
            for (SequenceScope s : scopes) {
                assertThat(store.allocate(s).item()).isEqualTo(8001);
            }
        }
    }

    @Nested
    @DisplayName("Queries")
    class Queries {

        @BeforeEach
        void fill() {
            List<ItemSubmission> items = new ArrayList<>();
            for (int y = 2010; y <= 2014; y++) {
                for (int n = 1; n <= 4; n++) {
                    String c = String.format("Z109-WS·%d-D10-BGS-%04d", y, n);
                    items.add(item(c, bytes(y * 10 + n, 20)).period(RetentionPeriod.D10)
                            .expiry(LocalDate.of(y + 10, 12, 31)).townshipCustody(n % 2 == 0).build());
                }
            }
            items.add(item(C1, bytes(99, 20)).build());
            store.accept(transfer("T-q", items.toArray(new ItemSubmission[0])));
        }

        @Test
        @DisplayName("by 档号, by scope, by year, by custody flag")
        void simple() {
            assertThat(store.query(ItemQuery.builder().code("Z109-WS·2012-D10-BGS-0003").build()))
                    .extracting(s -> s.code().toString()).containsExactly("Z109-WS·2012-D10-BGS-0003");
            assertThat(store.query(ItemQuery.builder().scope(code("Z109-WS·2013-D10-BGS-0001").scope()).build()))
                    .hasSize(4);
            assertThat(store.query(ItemQuery.builder().year(2011).build())).hasSize(5);
            assertThat(store.query(ItemQuery.builder().townshipCustody(true).build())).hasSize(10)
                    .allMatch(StoredItem::townshipCustody);
            assertThat(store.query(ItemQuery.builder().fonds("Z999").build())).isEmpty();
        }

        @Test
        @DisplayName("by expiry before a date and by retention status on a date")
        void retention() {
            assertThat(store.query(ItemQuery.builder().expiringBefore(LocalDate.of(2022, 12, 31)).build()))
                    .extracting(s -> s.code().year().getAsInt()).containsOnly(2010, 2011).hasSize(8);
            LocalDate asOf = LocalDate.of(2023, 1, 1);
            assertThat(store.query(ItemQuery.builder().status(RetentionStatus.DUE_FOR_APPRAISAL, asOf).build()))
                    .hasSize(12);
            assertThat(store.query(ItemQuery.builder().status(RetentionStatus.RETAINED, asOf).build())).hasSize(8);
            assertThat(store.query(ItemQuery.builder().status(RetentionStatus.PERMANENT, asOf).build()))
                    .extracting(s -> s.code().toString()).containsExactly(C1);
            store.addHold("Z109-WS·2010-D10-BGS-0001", RetentionHold.of("土地承包纠纷", LocalDate.of(2022, 5, 1)),
                    "乡镇档案员");
            assertThat(store.query(ItemQuery.builder().status(RetentionStatus.ON_HOLD, asOf).build()))
                    .extracting(s -> s.code().toString()).containsExactly("Z109-WS·2010-D10-BGS-0001");
            assertThat(store.query(ItemQuery.builder().status(RetentionStatus.DUE_FOR_APPRAISAL, asOf).build()))
                    .hasSize(11);
        }

        @Test
        @DisplayName("pages in 档号 order, without overlap")
        void paging() {
            ItemQuery q = ItemQuery.builder().limit(7).build();
            List<String> seen = new ArrayList<>();
            for (List<StoredItem> page = store.query(q); !page.isEmpty(); q = q.next(), page = store.query(q)) {
                assertThat(page.size()).isLessThanOrEqualTo(7);
                page.forEach(s -> seen.add(s.code().toString()));
            }
            assertThat(seen).hasSize(21).doesNotHaveDuplicates().isSorted();
        }
    }

    @Nested
    @DisplayName("Fixity")
    class Fixity {

        @Test
        @DisplayName("a corrupted blob is reported by verify and never read back as good")
        void corrupted() {
            store.accept(transfer("T-1", item(C1, bytes(20, 4000)).build(), item(C2, bytes(21, 4000)).build()));
            Digest d = store.require(C2).content().get(0).address();
            assertThat(store.verify().ok()).isTrue();
            corruptContent(store, d);
            VerificationReport r = store.verify();
            assertThat(r.ok()).isFalse();
            assertThat(r.findings()).extracting(Finding::code, Finding::subject).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("CD-5041", C2));
            assertThatThrownBy(() -> store.readContent(d)).isInstanceOf(ContentCorruptedException.class);
            assertThatThrownBy(() -> {
                try (InputStream in = store.openContent(d)) {
                    in.readAllBytes();
                }
            }).isInstanceOf(ContentCorruptedException.class);
        }

        @Test
        @DisplayName("a deleted blob is reported by verify")
        void deleted() {
            store.accept(transfer("T-1", item(C1, bytes(22, 4000)).build()));
            Digest d = store.require(C1).content().get(0).address();
            deleteContent(store, d);
            assertThat(store.verify().findings()).extracting(Finding::code).containsExactly("CD-5040");
        }
    }

    @Nested
    @DisplayName("Audit trail")
    class AuditTrail {

        @Test
        @DisplayName("events are chained, stamped by the injected clock, and verify clean")
        void chained() {
            store.accept(transfer("T-1", item(C1, bytes(30, 10)).build()));
            clock.advance(Duration.ofMinutes(5));
            store.record("张三", "access.consult", C1, Map.of("purpose", "土地纠纷查证"));
            List<AuditEvent> events = store.auditTrail(1, 10);
            assertThat(events).extracting(AuditEvent::sequence).containsExactly(1L, 2L);
            assertThat(events.get(0).action()).isEqualTo("transfer.accept");
            assertThat(events.get(0).subject()).isEqualTo("T-1");
            assertThat(events.get(0).time()).isEqualTo(START);
            assertThat(events.get(1).time()).isEqualTo(START.plus(Duration.ofMinutes(5)));
            assertThat(events.get(1).previous()).isEqualTo(events.get(0).digest());
            assertThat(events.get(1).details()).containsEntry("purpose", "土地纠纷查证");
            assertThat(store.verify().ok()).isTrue();
        }

        @Test
        @DisplayName("an edited event is found")
        void edited() {
            for (int i = 0; i < 3; i++) {
                store.record("李四", "access.consult", C1, Map.of());
            }
            tamperAuditEvent(store, 2);
            assertThat(store.verify().findings()).extracting(Finding::code).contains("CD-5050");
        }

        @Test
        @DisplayName("a removed event is found")
        void removed() {
            for (int i = 0; i < 3; i++) {
                store.record("李四", "access.consult", C1, Map.of());
            }
            removeAuditEvent(store, 2);
            assertThat(store.verify().findings()).extracting(Finding::code).contains("CD-5051", "CD-5052");
        }
    }

    @Nested
    @DisplayName("Bad input")
    class BadInput {

        @Test
        @DisplayName("an unknown 档号 or digest is answered with a CD code")
        void unknown() {
            assertThat(store.item("Z109-WS·1999-Y-BGS-0001")).isEmpty();
            assertThat(store.item("'; DROP TABLE items; --")).isEmpty();
            assertThatThrownBy(() -> store.require("../../etc/passwd")).isInstanceOf(StorageException.class)
                    .extracting(e -> ((StorageException) e).code()).isEqualTo("CD-5010");
            assertThatThrownBy(() -> store.readContent(Digest.of(DigestAlgorithm.SHA256, new byte[32])))
                    .isInstanceOf(StorageException.class)
                    .extracting(e -> ((StorageException) e).code()).isEqualTo("CD-5011");
            assertThatThrownBy(() -> store.addHold("Z109-WS·1999-Y-BGS-0001",
                    RetentionHold.of("x", LocalDate.of(2020, 1, 1)), "a")).isInstanceOf(StorageException.class);
        }

        @Test
        @DisplayName("null where not allowed is refused with the parameter's name")
        void nulls() {
            assertThatThrownBy(() -> store.accept(null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("transfer");
            assertThatThrownBy(() -> store.item(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> store.query(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> store.allocate(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> store.openContent(null)).isInstanceOf(NullPointerException.class);
        }

        @Test
        @DisplayName("hostile strings are stored and read back exactly")
        void hostile() {
            String title = "\"引号\" 'single' '; DROP TABLE items; -- ../../etc/passwd \\ 𠀀𠀁 emoji 😀 \t tab";
            CatalogueEntry e = new CatalogueEntry(1, C1, "../..", "责任者'\"", title, "20110315", "", 1, "Y",
                    "x".repeat(CatalogueEntry.MAX_REMARKS), "条目/../1");
            ItemSubmission i = ItemSubmission.builder(e, code(C1))
                    .content("../../../etc/passwd", ContentSource.ofBytes(bytes(40, 10))).build();
            String id = "../../T'; DROP TABLE transfers; --𠀀";
            TransferSubmission t = TransferSubmission.builder(id, "Z109").actor("王五 '\"").item(i)
                    .metadata("备注 '\"", "y".repeat(10_000)).build();
            store.accept(t);
            StoredItem s = store.require(C1);
            assertThat(s.entry()).isEqualTo(e);
            assertThat(s.transferId()).isEqualTo(id);
            assertThat(s.content().get(0).name()).isEqualTo("../../../etc/passwd");
            assertThat(store.transfer(id)).isPresent();
            assertThat(store.auditTrail(1, 1).get(0).actor()).isEqualTo("王五 '\"");
            assertThat(store.verify().ok()).isTrue();
        }

        @Test
        @DisplayName("oversized values are refused with CD-5024, before the store is touched")
        void oversized() {
            CatalogueEntry e = new CatalogueEntry(1, C1, "", "r", "题".repeat(10_000), "20110315", "", 1, "Y", "", null);
            assertThatThrownBy(() -> ItemSubmission.builder(e, code(C1)).build()).isInstanceOf(StorageException.class)
                    .extracting(x -> ((StorageException) x).code()).isEqualTo("CD-5024");
            assertThatThrownBy(() -> TransferSubmission.builder("t".repeat(201), "Z109").actor("a").build())
                    .isInstanceOf(StorageException.class);
            assertThatThrownBy(() -> store.record("a", "b", "c", Map.of("k", "v".repeat(10_001))))
                    .isInstanceOf(StorageException.class)
                    .extracting(x -> ((StorageException) x).code()).isEqualTo("CD-5054");
            assertThatThrownBy(() -> store.record(" ", "b", "c", Map.of())).isInstanceOf(StorageException.class);
            assertThatThrownBy(() -> ItemQuery.builder().limit(0)).isInstanceOf(StorageException.class);
            assertEmpty();
        }

        @Test
        @DisplayName("an unpaired surrogate, which no store could keep exactly, is refused")
        void unpairedSurrogate() {
            CatalogueEntry e = new CatalogueEntry(1, C1, "", "r", "bad \uD800 title", "20110315", "", 1, "Y", "", null);
            assertThatThrownBy(() -> ItemSubmission.builder(e, code(C1)).build())
                    .isInstanceOf(StorageException.class);
        }

        @Test
        @DisplayName("a closed store refuses calls with CD-5031")
        void closed() {
            store.close();
            assertThatThrownBy(() -> store.item(C1)).isInstanceOf(StorageException.class)
                    .extracting(x -> ((StorageException) x).code()).isEqualTo("CD-5031");
            store.close();
            store = null;
        }
    }

    /**
     * Reads a whole stream (for subclasses).
     *
     * @param in the stream
     * @return its bytes
     * @throws IOException on failure
     */
    @Nested
    @DisplayName("Custody records (issue 8)")
    class Custody {

        private static final String DUE = "Z109-WS·2010-D10-BGS-0001";
        private static final String DUE2 = "Z109-WS·2010-D10-BGS-0002";
        private static final String KJ = "Z109-KJ·2010-D10-0001";
        private static final String YOUNG = "Z109-WS·2020-D10-BGS-0001";
        private final LocalDate day = LocalDate.of(2026, 3, 1);
        private final byte[] shared = bytes(7, 64);

        @BeforeEach
        void fill() {
            store.accept(transfer("T-c",
                    item(DUE, bytes(1, 64)).period(RetentionPeriod.D10).expiry(LocalDate.of(2020, 12, 31)).build(),
                    item(DUE2, shared).period(RetentionPeriod.D10).expiry(LocalDate.of(2020, 12, 31)).build(),
                    item(KJ, bytes(3, 64)).period(RetentionPeriod.D10).expiry(LocalDate.of(2020, 12, 31)).build(),
                    item(YOUNG, shared).period(RetentionPeriod.D10).expiry(LocalDate.of(2030, 12, 31)).build(),
                    item(C1, bytes(5, 64)).build()));
        }

        private CustodySubmission.Builder sub(String id, String kind) {
            return CustodySubmission.builder(id, kind).actor("乡镇档案员").date(day);
        }

        private CustodySubmission approve(String id, String... codes) {
            CustodySubmission.Builder b = sub(id, "appraisal").body("{\"鉴定意见书\":\"" + id + "\"}");
            for (String c : codes) {
                b.action(new CustodyAction.ApproveDestruction(c));
            }
            return b.build();
        }

        private DestructionList list(List<String> supervisors, String... codes) {
            List<DestructionList.Entry> es = new ArrayList<>();
            for (String c : codes) {
                es.add(new DestructionList.Entry("题名", c, 2010, 2010, RetentionPeriod.D10, false,
                        RetentionStatus.DUE_FOR_APPRAISAL, List.of(), new AppraisalDecision.Destroy("到期")));
            }
            return new DestructionList(es, "村主任", "档案员", "会计", supervisors, supervisors, supervisors);
        }

        private CustodySubmission destroy(String id, List<String> supervisors, String... codes) {
            CustodySubmission.Builder b = sub(id, "destruction").body("{\"销毁清册\":\"" + id + "\"}")
                    .signOff(list(supervisors, codes));
            for (String c : codes) {
                b.action(new CustodyAction.Destroy(c, false));
            }
            return b.build();
        }

        private String code(Throwable t) {
            return ((StorageException) t).code();
        }

        @Test
        @DisplayName("a record is kept, found by id, kind and subject, survives reopening, and keeping it again is a no-op")
        void keepAndFind() {
            CustodySubmission s = sub("ACC-1", "access").subject(C1).body("{\"查阅人\":\"张三\"}").build();
            CustodyRecord r = store.keep(s);
            int events = store.auditTrail(1, 100).size();
            assertThat(r.id()).isEqualTo("ACC-1");
            assertThat(r.subjects()).containsExactly(C1);
            assertThat(store.keep(s)).isEqualTo(r);
            assertThat(store.auditTrail(1, 100)).hasSize(events);
            store = reopen(store);
            assertThat(store.custodyRecord("ACC-1")).contains(r);
            assertThat(store.custodyRecords(RecordQuery.ofKind("access"))).containsExactly(r);
            assertThat(store.custodyRecords(new RecordQuery(null, C1, 0, 10))).containsExactly(r);
            assertThat(store.custodyRecords(new RecordQuery("appraisal", null, 0, 10))).isEmpty();
            assertThat(store.custodyRecords(new RecordQuery(null, DUE, 0, 10))).isEmpty();
            AuditEvent e = store.auditTrail(1, 100).get(events - 1);
            assertThat(e.action()).isEqualTo("custody.access");
            assertThat(e.subject()).isEqualTo("ACC-1");
            assertThat(e.details()).containsEntry("digest", r.digest().toString());
            assertThatThrownBy(() -> store.keep(sub("ACC-1", "access").subject(C1).body("{}").build()))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5082"));
            assertThat(store.verify().ok()).isTrue();
        }

        @Test
        @DisplayName("a record that must be new is refused when its id is kept, even unchanged")
        void mustBeNew() {
            CustodySubmission s = sub("access-000001", "access").mustBeNew().subject(C1).body("{}").build();
            store.keep(s);
            assertThatThrownBy(() -> store.keep(s)).satisfies(t -> assertThat(code(t)).isEqualTo("CD-5082"));
            assertThat(store.custodyRecords(RecordQuery.ofKind("access"))).hasSize(1);
        }

        @Test
        @DisplayName("record() refuses the actions the store writes itself, which a reopened store would replay")
        void storeActionsAreReserved() {
            for (String a : List.of("transfer.accept", "item.hold", "custody.destruction", "custody.x")) {
                assertThatThrownBy(() -> store.record("某人", a, "T-9", Map.of()))
                        .satisfies(t -> assertThat(code(t)).as(a).isEqualTo("CD-5055"));
            }
            store.record("某人", "access.consult", "T-9", Map.of());
            store = reopen(store);
            assertThat(store.verify().ok()).isTrue();
        }

        @Test
        @DisplayName("records page in the order kept")
        void paging() {
            for (int i = 1; i <= 5; i++) {
                store.keep(sub("R-" + i, "access").build());
            }
            assertThat(store.custodyRecords(new RecordQuery("access", null, 1, 2))).extracting(CustodyRecord::id)
                    .containsExactly("R-2", "R-3");
        }

        @Test
        @DisplayName("an appraisal lengthens a period; shortening is refused and changes nothing")
        void neverShorten() {
            store.keep(sub("A-1", "appraisal").action(new CustodyAction.Extend(DUE, RetentionPeriod.D30,
                    LocalDate.of(2040, 12, 31))).build());
            store = reopen(store);
            assertThat(store.require(DUE).period()).isEqualTo(RetentionPeriod.D30);
            assertThat(store.require(DUE).expiry()).isEqualTo(LocalDate.of(2040, 12, 31));
            int events = store.auditTrail(1, 100).size();
            assertThatThrownBy(() -> store.keep(sub("A-2", "appraisal").action(new CustodyAction.Extend(DUE,
                    RetentionPeriod.D10, LocalDate.of(2050, 12, 31))).build()))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5070"));
            assertThatThrownBy(() -> store.keep(sub("A-3", "appraisal").action(new CustodyAction.Extend(DUE,
                    RetentionPeriod.D30, LocalDate.of(2039, 12, 31))).build()))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5070"));
            assertThat(store.require(DUE).period()).isEqualTo(RetentionPeriod.D30);
            assertThat(store.custodyRecord("A-2")).isEmpty();
            assertThat(store.auditTrail(1, 100)).hasSize(events);
            store.keep(sub("A-4", "appraisal").action(new CustodyAction.Extend(DUE, RetentionPeriod.PERMANENT, null))
                    .build());
            assertThat(store.require(DUE).status(day)).isEqualTo(RetentionStatus.PERMANENT);
        }

        @Test
        @DisplayName("only what is due, not permanent and not held is approved for destruction")
        void approveOnlyDue() {
            assertThatThrownBy(() -> store.keep(approve("A-1", YOUNG)))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5073"));
            assertThatThrownBy(() -> store.keep(approve("A-2", C1)))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5072"));
            store.keep(sub("H-1", "hold").action(new CustodyAction.Hold(DUE,
                    new RetentionHold("未结清债权债务", LocalDate.of(2025, 1, 1), null))).build());
            assertThatThrownBy(() -> store.keep(approve("A-3", DUE)))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5074"));
            store.keep(sub("H-2", "hold-release").action(new CustodyAction.Release(DUE, "未结清债权债务",
                    LocalDate.of(2026, 2, 28))).build());
            store = reopen(store);
            assertThat(store.require(DUE).status(day)).isEqualTo(RetentionStatus.DUE_FOR_APPRAISAL);
            store.keep(approve("A-4", DUE));
            assertThat(store.require(DUE).disposal()).isEqualTo(Disposal.decided("A-4"));
        }

        @Test
        @DisplayName("a hold on a scope blocks every item under it, also items that arrive later, until released")
        void scopeHold() {
            HoldScope scope = HoldScope.parse("Z109/WS/2010");
            store.keep(sub("H-1", "hold").action(new CustodyAction.HoldOnScope(scope,
                    new RetentionHold("土地纠纷", LocalDate.of(2026, 1, 1), null))).build());
            store.accept(transfer("T-late", item("Z109-WS·2010-D10-BGS-0009", bytes(9, 9))
                    .period(RetentionPeriod.D10).expiry(LocalDate.of(2020, 12, 31)).build()));
            store = reopen(store);
            assertThat(store.scopeHolds()).singleElement().satisfies(h -> {
                assertThat(h.scope()).isEqualTo(scope);
                assertThat(h.recordId()).isEqualTo("H-1");
            });
            for (String c : List.of(DUE, "Z109-WS·2010-D10-BGS-0009")) {
                assertThatThrownBy(() -> store.keep(approve("A-" + c.hashCode(), c)))
                        .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5074"));
            }
            store.keep(approve("A-KJ", KJ)); // another 门类: not covered
            assertThatThrownBy(() -> store.keep(sub("H-x", "hold-release").action(new CustodyAction.ReleaseScope(
                    scope, "别的原因", day)).build())).satisfies(t -> assertThat(code(t)).isEqualTo("CD-5078"));
            store.keep(sub("H-2", "hold-release").action(new CustodyAction.ReleaseScope(scope, "土地纠纷",
                    LocalDate.of(2026, 2, 1))).build());
            store = reopen(store);
            assertThat(store.scopeHolds().get(0).hold().end()).contains(LocalDate.of(2026, 2, 1));
            store.keep(approve("A-5", DUE));
        }

        @Test
        @DisplayName("destruction needs an appraisal, a 销毁清册 with two distinct supervisors listing exactly the items")
        void destructionRefusals() {
            assertThatThrownBy(() -> store.keep(destroy("D-0", List.of("监销甲", "监销乙"), DUE)))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5075"));
            store.keep(approve("A-1", DUE, DUE2));
            assertThatThrownBy(() -> store.keep(destroy("D-1", List.of("监销甲"), DUE)))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5084"));
            assertThatThrownBy(() -> store.keep(destroy("D-2", List.of("监销甲", "监销甲"), DUE)))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5084"));
            CustodySubmission mismatch = sub("D-3", "destruction").signOff(list(List.of("监销甲", "监销乙"), DUE, DUE2))
                    .action(new CustodyAction.Destroy(DUE, false)).build();
            assertThatThrownBy(() -> store.keep(mismatch)).satisfies(t -> assertThat(code(t)).isEqualTo("CD-5085"));
            assertThatThrownBy(() -> sub("D-4", "destruction").action(new CustodyAction.Destroy(DUE, false)).build())
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5083"));
            store.keep(sub("H-1", "hold").action(new CustodyAction.Hold(DUE2,
                    RetentionHold.of("审计调查", LocalDate.of(2026, 2, 1)))).build());
            assertThatThrownBy(() -> store.keep(destroy("D-5", List.of("监销甲", "监销乙"), DUE, DUE2)))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5074"));
            assertThat(store.require(DUE).isDestroyed()).isFalse();
            assertThat(store.readContent(store.require(DUE).content().get(0).address())).isEqualTo(bytes(1, 64));
            assertThat(store.custodyRecords(RecordQuery.ofKind("destruction"))).isEmpty();
        }

        @Test
        @DisplayName("accounting records need the accounting handler's signature")
        void accountingHandler() {
            store.keep(approve("A-1", KJ));
            DestructionList l = list(List.of("监销甲", "监销乙"), KJ);
            DestructionList unsigned = new DestructionList(l.entries(), l.unitHead(), l.archivist(), null,
                    l.supervisors(), l.confirmedBefore(), l.confirmedAfter());
            assertThatThrownBy(() -> store.keep(sub("D-1", "destruction").signOff(unsigned)
                    .action(new CustodyAction.Destroy(KJ, false)).build()))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5084"));
            store.keep(sub("D-2", "destruction").signOff(l).action(new CustodyAction.Destroy(KJ, true)).build());
            assertThat(store.require(KJ).isDestroyed()).isTrue();
        }

        @Test
        @DisplayName("destroying removes the content, keeps the record, the list and a blob another item still uses")
        void destroy() {
            store.keep(approve("A-1", DUE, DUE2));
            Digest own = store.require(DUE).content().get(0).address();
            Digest sharedBlob = store.require(DUE2).content().get(0).address();
            CustodyRecord r = store.keep(destroy("D-1", List.of("监销甲", "监销乙"), DUE, DUE2));
            store = reopen(store);
            StoredItem gone = store.require(DUE);
            assertThat(gone.isDestroyed()).isTrue();
            assertThat(gone.status(day)).isEqualTo(RetentionStatus.DESTROYED);
            assertThat(gone.disposal()).isEqualTo(new Disposal("A-1", "D-1", day));
            assertThat(gone.content()).hasSize(1);
            assertThat(gone.entry().title()).isEqualTo(entry(DUE, "关于" + DUE + "的会议记录").title());
            assertThatThrownBy(() -> store.readContent(own)).isInstanceOf(StorageException.class);
            assertThat(store.readContent(sharedBlob)).isEqualTo(shared); // YOUNG still uses it
            assertThat(store.custodyRecord("D-1")).contains(r);
            assertThat(store.query(ItemQuery.builder().status(RetentionStatus.DESTROYED, day).build()))
                    .extracting(i -> i.code().toString()).containsExactlyInAnyOrder(DUE, DUE2);
            assertThat(store.query(ItemQuery.builder().status(RetentionStatus.DUE_FOR_APPRAISAL, day).build()))
                    .extracting(i -> i.code().toString()).containsExactly(KJ);
            VerificationReport v = store.verify();
            assertThat(v.findings()).isEmpty();
            assertThatThrownBy(() -> store.keep(sub("H-9", "hold").action(new CustodyAction.Hold(DUE,
                    RetentionHold.of("迟到的纠纷", day))).build()))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5081"));
            assertThat(store.keep(destroy("D-1", List.of("监销甲", "监销乙"), DUE, DUE2))).isEqualTo(r);
            assertThatThrownBy(() -> store.addHold(DUE, RetentionHold.of("迟到的纠纷", day), "某人"))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5081"));
        }

        @Test
        @DisplayName("a submission whose last action fails changes nothing")
        void atomic() {
            int events = store.auditTrail(1, 100).size();
            assertThatThrownBy(() -> store.keep(sub("X-1", "appraisal")
                    .action(new CustodyAction.Extend(DUE, RetentionPeriod.D30, LocalDate.of(2040, 12, 31)))
                    .action(new CustodyAction.HoldOnScope(HoldScope.parse("Z109"), RetentionHold.of("纠纷", day)))
                    .action(new CustodyAction.ApproveDestruction(C1)).build()))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5072"));
            store = reopen(store);
            assertThat(store.require(DUE).period()).isEqualTo(RetentionPeriod.D10);
            assertThat(store.scopeHolds()).isEmpty();
            assertThat(store.custodyRecord("X-1")).isEmpty();
            assertThat(store.auditTrail(1, 100)).hasSize(events);
            assertThatThrownBy(() -> store.keep(sub("X-2", "hold").action(new CustodyAction.Hold("Z109-WS·1999-Y-0001",
                    RetentionHold.of("纠纷", day))).build())).satisfies(t -> assertThat(code(t)).isEqualTo("CD-5010"));
        }

        @Test
        @DisplayName("an edited custody record is found by verify")
        void tamperedRecord() {
            store.keep(sub("ACC-1", "access").subject(C1).body("{\"查阅人\":\"张三\"}").build());
            assertThat(store.verify().ok()).isTrue();
            tamperCustodyRecord(store, "ACC-1");
            assertThat(store.verify().findings()).extracting(Finding::code).contains("CD-5087");
        }

        @Test
        @DisplayName("hostile values in a record are kept exactly or refused with a CD error")
        void hostile() {
            String body = "{\"题名\":\"'; DROP TABLE cd_items; --\",\"x\":\"𠀀😀\\u0000\",\"long\":\""
                    + "档".repeat(10_000) + "\"}\n<script>";
            CustodyRecord r = store.keep(sub("ACC-h", "access").subject("'; DROP TABLE x; --").body(body).build());
            store = reopen(store);
            assertThat(store.custodyRecord("ACC-h").orElseThrow().body()).isEqualTo(body);
            assertThat(store.custodyRecord("ACC-h")).contains(r);
            assertThatThrownBy(() -> sub("../x", "access").build())
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5080"));
            assertThatThrownBy(() -> sub("ok", "Access!").build())
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5080"));
            assertThatThrownBy(() -> sub("ok", "access").body("a\u0000b").build())
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5024"));
            assertThatThrownBy(() -> sub("ok", "access").body("\ud800").build())
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5024"));
            assertThatThrownBy(() -> sub("ok", "access").subject("a\nb").build())
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CD-5024"));
        }
    }

    protected static byte[] readAll(InputStream in) throws IOException {
        try (InputStream i = in) {
            return i.readAllBytes();
        }
    }

    /** An empty stream (for subclasses). */
    protected static InputStream empty() {
        return new ByteArrayInputStream(new byte[0]);
    }
}
