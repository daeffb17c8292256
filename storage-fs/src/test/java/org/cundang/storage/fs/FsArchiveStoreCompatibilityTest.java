package org.cundang.storage.fs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cundang.digest.Digest;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.tck.ArchiveStoreCompatibilityKit;
import org.junit.jupiter.api.io.TempDir;

/** The filesystem store passes the conformance kit. */
class FsArchiveStoreCompatibilityTest extends ArchiveStoreCompatibilityKit {

    @TempDir
    Path dir;

    private StoreOptions options;

    @Override
    protected ArchiveStore newStore(StoreOptions options) {
        this.options = options;
        return FsArchiveStore.open(dir.resolve("store"), options);
    }

    @Override
    protected ArchiveStore reopen(ArchiveStore store) {
        store.close();
        return FsArchiveStore.open(dir.resolve("store"), options);
    }

    @Override
    protected void tamperCustodyRecord(ArchiveStore store, String id) {
        FsTamper.editLine(((FsArchiveStore) store).recordFile(id), 1, l -> l.replace("\"body\":\"",
                "\"body\":\" "));
    }

    @Override
    protected void corruptContent(ArchiveStore store, Digest digest) {
        FsTamper.flipByte(((FsArchiveStore) store).fileOf(digest));
    }

    @Override
    protected void deleteContent(ArchiveStore store, Digest digest) {
        try {
            Files.delete(((FsArchiveStore) store).fileOf(digest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void tamperAuditEvent(ArchiveStore store, long sequence) {
        FsTamper.editLine(((FsArchiveStore) store).auditLog(), (int) sequence, l -> l.replace("\"subject\":\"",
                "\"subject\":\"x"));
    }

    @Override
    protected void removeAuditEvent(ArchiveStore store, long sequence) {
        FsTamper.editLine(((FsArchiveStore) store).auditLog(), (int) sequence, l -> null);
    }
}
