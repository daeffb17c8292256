package org.cundang.workflow;

import java.util.ArrayList;
import java.util.List;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.CustodyRecord;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.RecordQuery;
import org.cundang.storage.StoredItem;

/** Paging through a store's items and records. */
final class StoreReads {

    private StoreReads() {
    }

    static List<CustodyRecord> records(ArchiveStore store, String kind) {
        List<CustodyRecord> out = new ArrayList<>();
        RecordQuery q = new RecordQuery(kind, null, 0, ItemQuery.MAX_LIMIT);
        while (true) {
            List<CustodyRecord> page = store.custodyRecords(q);
            out.addAll(page);
            if (page.size() < q.limit()) {
                return out;
            }
            q = q.next();
        }
    }

    static List<StoredItem> items(ArchiveStore store, ItemQuery.Builder query) {
        List<StoredItem> out = new ArrayList<>();
        ItemQuery q = query.limit(ItemQuery.MAX_LIMIT).build();
        while (true) {
            List<StoredItem> page = store.query(q);
            out.addAll(page);
            if (page.size() < q.limit()) {
                return out;
            }
            q = q.next();
        }
    }

    /** The next id of a kind: {@code <prefix>-NNNNNN}, one more than the records of that kind kept so far. */
    static String nextId(ArchiveStore store, String kind, String prefix) {
        return String.format(java.util.Locale.ROOT, "%s-%06d", prefix, records(store, kind).size() + 1);
    }

    /**
     * Runs an attempt that numbers a new record with {@link #nextId}; when another process kept a record under the
     * same number first (CD-5082), the attempt runs again from the start (re-reading the store, so its checks see the
     * other record), at most twenty times.
     */
    static <T> T withNextId(java.util.function.Supplier<T> attempt) {
        for (int i = 0; ; i++) {
            try {
                return attempt.get();
            } catch (org.cundang.storage.StorageException e) {
                if (!e.code().equals("CD-5082") || i >= 19) {
                    throw e;
                }
            }
        }
    }
}
