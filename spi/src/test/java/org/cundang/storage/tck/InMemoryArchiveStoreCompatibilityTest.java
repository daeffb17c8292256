package org.cundang.storage.tck;

import org.cundang.digest.Digest;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.StoreOptions;

/** The in-memory store passes the kit, so the kit and the adapters are checked against each other. */
class InMemoryArchiveStoreCompatibilityTest extends ArchiveStoreCompatibilityKit {

    @Override
    protected ArchiveStore newStore(StoreOptions options) {
        return new InMemoryArchiveStore(options);
    }

    @Override
    protected void corruptContent(ArchiveStore store, Digest digest) {
        ((InMemoryArchiveStore) store).corrupt(digest);
    }

    @Override
    protected void deleteContent(ArchiveStore store, Digest digest) {
        ((InMemoryArchiveStore) store).remove(digest);
    }

    @Override
    protected void tamperAuditEvent(ArchiveStore store, long sequence) {
        ((InMemoryArchiveStore) store).tamper(sequence);
    }

    @Override
    protected void removeAuditEvent(ArchiveStore store, long sequence) {
        ((InMemoryArchiveStore) store).removeEvent(sequence);
    }

    @Override
    protected void tamperCustodyRecord(ArchiveStore store, String id) {
        ((InMemoryArchiveStore) store).tamperRecord(id);
    }
}
