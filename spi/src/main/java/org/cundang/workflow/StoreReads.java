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
}
