package org.cundang.storage.jdbc;

import java.nio.file.Path;
import org.cundang.digest.Digest;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.tck.ArchiveStoreCompatibilityKit;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC store on Sqlite passes the conformance kit. */
class SqliteArchiveStoreCompatibilityTest extends ArchiveStoreCompatibilityKit {

    private JdbcOptions options;

    @TempDir
    Path dir;

    @Override
    protected ArchiveStore newStore(StoreOptions options) {
        this.options = JdbcOptions.from(options);
        return JdbcArchiveStore.open("jdbc:sqlite:" + dir.resolve("store.db"), this.options);
    }

    @Override
    protected void corruptContent(ArchiveStore store, Digest digest) {
        JdbcTamper.corrupt(store, digest);
    }

    @Override
    protected void deleteContent(ArchiveStore store, Digest digest) {
        JdbcTamper.delete(store, digest);
    }

    @Override
    protected void tamperAuditEvent(ArchiveStore store, long sequence) {
        JdbcTamper.update((JdbcArchiveStore) store, "UPDATE cd_audit SET subject = subject || 'x' WHERE seq = ?",
                sequence);
    }

    @Override
    protected void removeAuditEvent(ArchiveStore store, long sequence) {
        JdbcTamper.update((JdbcArchiveStore) store, "DELETE FROM cd_audit WHERE seq = ?", sequence);
    }

    @Override
    protected void tamperCustodyRecord(ArchiveStore store, String id) {
        JdbcTamper.update((JdbcArchiveStore) store, "UPDATE cd_custody_records SET body = body || ' ' WHERE id = ?",
                id);
    }

    @Override
    protected ArchiveStore reopen(ArchiveStore store) {
        store.close();
        return JdbcArchiveStore.open("jdbc:sqlite:" + dir.resolve("store.db"), options);
    }
}
