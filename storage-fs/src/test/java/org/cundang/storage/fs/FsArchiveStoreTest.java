package org.cundang.storage.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeTemplate;
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
        }
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> files = all.filter(Files::isRegularFile).toList();
            assertThat(files).allMatch(p -> p.startsWith(root));
            assertThat(files).extracting(p -> root.relativize(p).getName(0).toString())
                    .allMatch(n -> List.of("blobs", "transfers", "audit.log", "audit.head", "cundang-store.json", "writer.lock",
                            "tmp", "sequences.json").contains(n));
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
}
