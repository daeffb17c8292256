package org.cundang.storage.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeTemplate;
import org.cundang.digest.Digest;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.ArchiveStores;
import org.cundang.storage.ContentSource;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.StorageException;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.TransferSubmission;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the kit cannot see: persistence across openings, discovery, path safety, the on-disk layout. */
class FsArchiveStoreTest {

    @TempDir
    Path dir;

    private static TransferSubmission transfer(String id, String code) {
        return TransferSubmission.builder(id, "Z109").actor("a")
                .item(ItemSubmission.builder(new CatalogueEntry(1, code, "", "r", "t", "20110101", "", 1, "Y", "", null),
                        CodeTemplate.daT22().parse(code)).content("../../../x.pdf",
                        ContentSource.ofBytes(new byte[] {1, 2, 3})).build()).build();
    }

    @Test
    @DisplayName("items, holds, allocations and the audit trail survive closing and reopening")
    void reopen() {
        Path root = dir.resolve("s");
        String c = "Z109-WS·2011-Y-BGS-0001";
        try (ArchiveStore s = FsArchiveStore.open(root, StoreOptions.defaults())) {
            s.accept(transfer("T-1", c));
            s.addHold(c, org.cundang.retention.RetentionHold.of("纠纷", java.time.LocalDate.of(2020, 1, 1)), "a");
            assertThat(s.allocate(CodeTemplate.daT22().parse(c).scope()).item()).isEqualTo(2);
        }
        try (ArchiveStore s = FsArchiveStore.open(root, StoreOptions.defaults())) {
            assertThat(s.require(c).holds()).hasSize(1);
            assertThat(s.allocate(CodeTemplate.daT22().parse(c).scope()).item()).isEqualTo(3);
            assertThat(s.auditTrail(1, 10)).hasSize(2);
            assertThat(s.verify().ok()).isTrue();
        }
    }

    @Test
    @DisplayName("ArchiveStores finds the fs provider by ServiceLoader for file: URIs and plain folders")
    void discovery() {
        ArchiveStores stores = ArchiveStores.load();
        assertThat(stores.providers()).extracting(p -> p.id()).contains("fs");
        try (ArchiveStore s = stores.open(dir.resolve("by-path").toString())) {
            assertThat(s).isInstanceOf(FsArchiveStore.class);
        }
        try (ArchiveStore s = stores.open(dir.resolve("by-uri").toUri(), StoreOptions.defaults())) {
            assertThat(s).isInstanceOf(FsArchiveStore.class);
        }
        assertThatThrownBy(() -> stores.open(java.net.URI.create("jdbc:sqlite:x.db"), StoreOptions.defaults()))
                .isInstanceOf(StorageException.class).hasMessageContaining("CD-5001")
                .hasMessageContaining("jdbc:sqlite:x.db");
        assertThatThrownBy(() -> stores.withOverride("nope").open(dir.toString()))
                .hasMessageContaining("CD-5003");
    }

    @Test
    @DisplayName("no value from a transfer names a file: every file stays under blobs/, transfers/ and tmp/")
    void pathSafety() throws Exception {
        Path root = dir.resolve("safe");
        try (ArchiveStore s = FsArchiveStore.open(root, StoreOptions.defaults())) {
            s.accept(transfer("../../../../escape", "Z109-WS·2011-Y-BGS-0001"));
            s.keep(org.cundang.storage.CustodySubmission.builder("ACC-1", "access").actor("../../x")
                    .date(java.time.LocalDate.of(2026, 1, 1)).subject("../../../../escape").body("{}").build());
        }
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> files = all.filter(Files::isRegularFile).toList();
            assertThat(files).allMatch(p -> p.startsWith(root));
            assertThat(files).extracting(p -> root.relativize(p).getName(0).toString())
                    .allMatch(n -> List.of("blobs", "transfers", "audit.log", "audit.head", "cundang-store.json", "writer.lock",
                            "tmp", "sequences.json", "records").contains(n));
        }
    }

    @Test
    @DisplayName("a folder that is not a store is refused (CD-5103); a missing one cannot be opened read-only (CD-5104)")
    void notAStore() throws Exception {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("thesis.docx"), "x");
        assertThatThrownBy(() -> FsArchiveStore.open(other, StoreOptions.defaults())).hasMessageContaining("CD-5103");
        assertThatThrownBy(() -> FsArchiveStore.open(dir.resolve("none"), StoreOptions.builder().readOnly(true).build()))
                .hasMessageContaining("CD-5104");
    }

    @Test
    @DisplayName("events removed from the end of the audit log are found through audit.head (CD-5106)")
    void truncated_audit_tail_is_found() throws Exception {
        Path root = dir.resolve("tail");
        try (ArchiveStore s = FsArchiveStore.open(root, StoreOptions.defaults())) {
            s.accept(transfer("T-1", "Z109-WS·2011-Y-BGS-0001"));
            s.accept(transfer("T-2", "Z109-WS·2011-Y-BGS-0002"));
            assertThat(s.verify().ok()).isTrue();
        }
        Path log = root.resolve("audit.log");
        java.util.List<String> lines = java.nio.file.Files.readAllLines(log);
        java.nio.file.Files.write(log, lines.subList(0, 1));
        try (ArchiveStore s = FsArchiveStore.open(root, StoreOptions.builder().readOnly(true).build())) {
            var report = s.verify();
            assertThat(report.ok()).isFalse();
            assertThat(report.findings()).extracting(org.cundang.Finding::code).contains("CD-5106");
        }
    }

    @Test
    @DisplayName("a head one event behind the log (a crash between the two writes) is accepted")
    void head_one_event_behind_is_a_crash_not_tampering() throws Exception {
        Path root = dir.resolve("lag");
        String firstHead;
        try (ArchiveStore s = FsArchiveStore.open(root, StoreOptions.defaults())) {
            s.accept(transfer("T-1", "Z109-WS·2011-Y-BGS-0001"));
            firstHead = java.nio.file.Files.readString(root.resolve("audit.head"));
            s.accept(transfer("T-2", "Z109-WS·2011-Y-BGS-0002"));
        }
        java.nio.file.Files.writeString(root.resolve("audit.head"), firstHead);
        try (ArchiveStore s = FsArchiveStore.open(root, StoreOptions.builder().readOnly(true).build())) {
            assertThat(s.verify().ok()).isTrue();
        }
        java.nio.file.Files.writeString(root.resolve("audit.head"), "1 sha256:" + "0".repeat(64) + "\n");
        try (ArchiveStore s = FsArchiveStore.open(root, StoreOptions.builder().readOnly(true).build())) {
            assertThat(s.verify().findings()).extracting(org.cundang.Finding::code).contains("CD-5107");
        }
        java.nio.file.Files.delete(root.resolve("audit.head"));
        try (ArchiveStore s = FsArchiveStore.open(root, StoreOptions.builder().readOnly(true).build())) {
            assertThat(s.verify().findings()).extracting(org.cundang.Finding::code).contains("CD-5107");
        }
    }

    // ------------------------------------------------------------------ custody records (issue 8)

    private static final StoreOptions READER = StoreOptions.builder().readOnly(true).build();

    private static List<Path> purgeMarkers(Path root) throws Exception {
        try (Stream<Path> m = Files.list(root.resolve("records"))) {
            return m.filter(p -> p.toString().endsWith(".purged")).toList();
        }
    }

    @Test
    @DisplayName("destroyed content goes after the commit, a blob shared with a living item stays; a deletion a crash interrupted is finished by the next writer, never by a reader")
    void destructionDeletesAfterCommit() throws Exception {
        Path root = dir.resolve("destroy");
        Digest alone;
        Digest shared;
        try (FsArchiveStore s = FsArchiveStore.open(root, StoreOptions.defaults())) {
            CrashChild.fillForCustody(s);
            alone = s.require(CrashChild.custodyCode(1)).content().get(0).address();
            shared = s.require(CrashChild.custodyCode(2)).content().get(0).address();
            CrashChild.custodyStep(1).forEach(s::keep);
            assertThat(Files.exists(s.fileOf(alone))).isFalse();
            CrashChild.custodyStep(2).forEach(s::keep);
            assertThat(s.require(CrashChild.custodyCode(2)).isDestroyed()).isTrue();
            assertThat(s.readContent(shared)).isEqualTo(CrashChild.custodyContent(3)); // item 3 still uses it
            CrashChild.custodyStep(3).forEach(s::keep);
            assertThat(Files.exists(s.fileOf(shared))).isFalse();
            assertThat(purgeMarkers(root)).hasSize(3);
            assertThat(s.verify().findings()).isEmpty();
        }
        // A crash after the commit, before the deletion: the blobs and no markers.
        try (FsArchiveStore s = FsArchiveStore.open(root, READER)) {
            Files.write(s.fileOf(alone), CrashChild.custodyContent(1));
            Files.write(s.fileOf(shared), CrashChild.custodyContent(2));
        }
        for (Path m : purgeMarkers(root)) {
            Files.delete(m);
        }
        try (FsArchiveStore s = FsArchiveStore.open(root, READER)) {
            assertThat(Files.exists(s.fileOf(alone))).isTrue();
            assertThat(s.verify().findings()).isEmpty();
        }
        try (FsArchiveStore s = FsArchiveStore.open(root, StoreOptions.defaults())) {
            assertThat(Files.exists(s.fileOf(alone))).isFalse();
            assertThat(Files.exists(s.fileOf(shared))).isFalse();
            assertThat(purgeMarkers(root)).hasSize(3);
            assertThat(s.readContent(s.require(CrashChild.custodyCode(4)).content().get(0).address()))
                    .isEqualTo(CrashChild.custodyContent(4));
            assertThat(s.verify().findings()).isEmpty();
        }
    }

    @Test
    @DisplayName("a record file without its commit line (a crash before the commit) is ignored by readers and removed by the writer")
    void uncommittedRecordRolledBack() throws Exception {
        Path root = dir.resolve("rollback");
        try (FsArchiveStore s = FsArchiveStore.open(root, StoreOptions.defaults())) {
            CrashChild.fillForCustody(s);
            s.keep(CrashChild.custodyStep(1).get(0));
        }
        Path stray = root.resolve("records").resolve("00000002.json");
        Files.writeString(stray, Files.readString(root.resolve("records").resolve("00000001.json"))
                .replace("A-1", "A-9"));
        Files.writeString(root.resolve("records").resolve("00000002.purged"), "");
        try (FsArchiveStore s = FsArchiveStore.open(root, READER)) {
            assertThat(s.custodyRecords(org.cundang.storage.RecordQuery.ofKind(null))).extracting(r -> r.id())
                    .containsExactly("A-1");
            assertThat(s.custodyRecord("A-9")).isEmpty();
            assertThat(s.verify().findings()).isEmpty();
        }
        assertThat(stray).exists();
        try (FsArchiveStore s = FsArchiveStore.open(root, StoreOptions.defaults())) {
            assertThat(stray).doesNotExist();
            assertThat(purgeMarkers(root)).isEmpty();
            s.keep(CrashChild.custodyStep(1).get(1));
            assertThat(s.require(CrashChild.custodyCode(1)).isDestroyed()).isTrue();
        }
        try (FsArchiveStore s = FsArchiveStore.open(root, READER)) {
            assertThat(s.custodyRecords(org.cundang.storage.RecordQuery.ofKind(null))).extracting(r -> r.id())
                    .containsExactly("A-1", "D-1");
            assertThat(s.verify().findings()).isEmpty();
        }
    }

    @Test
    @DisplayName("verify reports a missing record file (CD-5087) and a destroyed item naming no kept destruction (CD-5088)")
    void verifyRecords() throws Exception {
        Path root = dir.resolve("verify");
        try (FsArchiveStore s = FsArchiveStore.open(root, StoreOptions.defaults())) {
            CrashChild.fillForCustody(s);
            CrashChild.custodyStep(1).forEach(s::keep);
            assertThat(s.verify().findings()).isEmpty();
        }
        Path d1 = root.resolve("records").resolve("00000002.json");
        FsTamper.editLine(d1, 1, l -> l.replace("\"destruction\":\"D-1\"", "\"destruction\":\"D-x\""));
        try (FsArchiveStore s = FsArchiveStore.open(root, READER)) {
            assertThat(s.verify().findings()).extracting(org.cundang.Finding::code).contains("CD-5087", "CD-5088")
                    .doesNotContain("CD-5040");
        }
        Files.delete(root.resolve("records").resolve("00000001.json"));
        try (FsArchiveStore s = FsArchiveStore.open(root, READER)) {
            assertThat(s.verify().findings()).filteredOn(f -> f.code().equals("CD-5087")).hasSize(2);
            assertThatThrownBy(() -> s.custodyRecord("A-1")).hasMessageContaining("CD-5110");
        }
    }

    @Test
    @DisplayName("queries by status agree with StoredItem.status after holds, extensions, approvals and destructions, also for readers")
    void statusQueriesAgree() {
        Path root = dir.resolve("status");
        java.time.LocalDate day = CrashChild.DAY;
        try (FsArchiveStore s = FsArchiveStore.open(root, StoreOptions.defaults())) {
            CrashChild.fillForCustody(s);
            for (int k = 1; k <= 12; k++) {
                CrashChild.custodyStep(k).forEach(s::keep);
            }
            String c20 = CrashChild.custodyCode(20);
            s.keep(org.cundang.storage.CustodySubmission.builder("X-1", "appraisal").actor("a").date(day)
                    .action(new org.cundang.storage.CustodyAction.Extend(c20, org.cundang.retention.RetentionPeriod.D30,
                            java.time.LocalDate.of(2040, 12, 31))).build());
            s.addHold(c20, org.cundang.retention.RetentionHold.of("后加", day), "a"); // after the overlay
            s.keep(org.cundang.storage.CustodySubmission.builder("X-2", "appraisal").actor("a").date(day)
                    .action(new org.cundang.storage.CustodyAction.Extend(CrashChild.custodyCode(21),
                            org.cundang.retention.RetentionPeriod.PERMANENT, null)).build());
            assertThat(s.require(c20).holds()).hasSize(1);
            checkStatuses(s, day);
        }
        try (FsArchiveStore s = FsArchiveStore.open(root, READER)) {
            assertThat(s.require(CrashChild.custodyCode(20)).holds()).hasSize(1);
            assertThat(s.require(CrashChild.custodyCode(20)).expiry()).isEqualTo(java.time.LocalDate.of(2040, 12, 31));
            checkStatuses(s, day);
            checkStatuses(s, java.time.LocalDate.of(2041, 6, 1));
        }
    }

    private static void checkStatuses(FsArchiveStore s, java.time.LocalDate day) {
        List<org.cundang.storage.StoredItem> all = s.query(org.cundang.storage.ItemQuery.builder().limit(1000).build());
        assertThat(all).hasSize(CrashChild.CUSTODY_ITEMS);
        for (org.cundang.retention.RetentionStatus st : org.cundang.retention.RetentionStatus.values()) {
            List<String> want = all.stream().filter(i -> i.status(day) == st).map(i -> i.code().toString()).toList();
            assertThat(s.query(org.cundang.storage.ItemQuery.builder().status(st, day).limit(1000).build()))
                    .as(st + " on " + day).extracting(i -> i.code().toString()).containsExactlyElementsOf(want);
        }
        assertThat(s.query(org.cundang.storage.ItemQuery.builder().status(
                org.cundang.retention.RetentionStatus.DESTROYED, day).limit(1000).build())).hasSize(10);
    }
}
