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

    /**
     * The next id of a register: {@code <prefix>-NNNNNN}, the first number not kept yet. The numbers are given out in
     * order, so they are dense: the first free one is found with a few lookups by id (doubling, then halving) instead
     * of reading every record of the register.
     */
    static String nextId(ArchiveStore store, String prefix) {
        java.util.function.IntPredicate kept = n -> store.custodyRecord(id(prefix, n)).isPresent();
        int free = 1;
        while (kept.test(free)) {
            free *= 2;
        }
        int known = free / 2; // kept (or 0): the first free number is in (known, free]
        while (free - known > 1) {
            int mid = known + (free - known) / 2;
            if (kept.test(mid)) {
                known = mid;
            } else {
                free = mid;
            }
        }
        return id(prefix, free);
    }

    private static String id(String prefix, int n) {
        return String.format(java.util.Locale.ROOT, "%s-%06d", prefix, n);
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
