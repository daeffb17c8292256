package org.cundang.storage.jdbc;

import org.cundang.digest.Digest;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.tck.ArchiveStoreCompatibilityKit;

/** The JDBC store on Postgres passes the conformance kit. */
class PostgresArchiveStoreCompatibilityTest extends ArchiveStoreCompatibilityKit {

    private JdbcOptions options;
    private String url;

    @Override
    protected ArchiveStore newStore(StoreOptions options) {
        this.url = TestDatabases.newDatabase();
        this.options = JdbcOptions.from(options);
        return JdbcArchiveStore.open(url, this.options);
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
        return JdbcArchiveStore.open(url, options);
    }
}
