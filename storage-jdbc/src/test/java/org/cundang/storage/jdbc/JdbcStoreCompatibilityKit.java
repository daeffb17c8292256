package org.cundang.storage.jdbc;

import org.cundang.digest.Digest;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.tck.ArchiveStoreCompatibilityKit;

/**
 * The conformance kit for the JDBC store: the tampering hooks in SQL, and reopening on the same database. A
 * database's test names a new, empty database and, where it differs, its options.
 */
abstract class JdbcStoreCompatibilityKit extends ArchiveStoreCompatibilityKit {

    private String url;
    private JdbcOptions options;

    /** @return the URL of a new, empty database */
    abstract String newDatabase();

    /**
     * @param options the kit's options
     * @return the store's options (by default the kit's, content in the database)
     */
    JdbcOptions jdbcOptions(StoreOptions options) {
        return JdbcOptions.from(options);
    }

    @Override
    protected ArchiveStore newStore(StoreOptions options) {
        this.url = newDatabase();
        this.options = jdbcOptions(options);
        return JdbcArchiveStore.open(url, this.options);
    }

    @Override
    protected ArchiveStore reopen(ArchiveStore store) {
        store.close();
        return JdbcArchiveStore.open(url, options);
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
}
