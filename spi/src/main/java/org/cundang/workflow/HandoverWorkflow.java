package org.cundang.workflow;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cundang.custody.handover.FoundItem;
import org.cundang.custody.handover.Handover;
import org.cundang.custody.handover.HandoverInventory;
import org.cundang.custody.handover.InventoryLine;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.CustodyRecord;
import org.cundang.storage.CustodySubmission;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.StoredContent;
import org.cundang.storage.StoredItem;
import org.jspecify.annotations.Nullable;

/**
 * 离任交接 on a store: draws up the 交接清单 from what the store holds, and keeps the signed handover (the inventory
 * drawn up again at signing, what the incoming custodian found, the differences and the three signatures) as a
 * custody record of kind {@value #KIND} with id {@code handover-NNNNNN}; its subjects are every 档号 listed or found.
 *
 * <p>The 交接清单 (project definition, docs/access-handover.md): every item of one 全宗 whose content has not been
 * destroyed, or only those the village keeps itself ({@code townshipCustody = false}) when {@code villageKeptOnly};
 * destroyed items of the same selection are named apart. Each line: 档号, 题名, 年度, 保管期限, 页数, content files.
 */
public final class HandoverWorkflow {

    /** The custody-record kind of a handover. */
    public static final String KIND = "handover";

    private final ArchiveStore store;
    private final Clock clock;

    private HandoverWorkflow(ArchiveStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The workflow on a store.
     *
     * @param store the store, not null
     * @param clock the clock giving the day of the inventory and of the handover, not null
     * @return the workflow
     */
    public static HandoverWorkflow of(ArchiveStore store, Clock clock) {
        return new HandoverWorkflow(requireNonNull(store, "store"), requireNonNull(clock, "clock"));
    }

    /**
     * The 交接清单 of a 全宗 as the store holds it today.
     *
     * @param fonds           全宗号, not null
     * @param villageKeptOnly whether to list only the items the village keeps itself
     * @return the inventory, lines in 档号 order
     * @throws org.cundang.custody.handover.HandoverException CD-8056 for a blank 全宗号
     */
    public HandoverInventory inventory(String fonds, boolean villageKeptOnly) {
        requireNonNull(fonds, "fonds");
        ItemQuery.Builder q = ItemQuery.builder().fonds(fonds.strip());
        if (villageKeptOnly) {
            q.townshipCustody(false);
        }
        List<InventoryLine> lines = new ArrayList<>();
        List<String> destroyed = new ArrayList<>();
        for (StoredItem i : StoreReads.items(store, q)) {
            if (i.isDestroyed()) {
                destroyed.add(i.code().toString());
                continue;
            }
            Integer pages = i.entry().pages();
            lines.add(new InventoryLine(i.code().toString(), String.valueOf(i.entry().title()),
                    i.code().year().isPresent() ? i.code().year().getAsInt() : null, i.period().code(),
                    pages == null ? 0 : pages, i.content().stream().map(StoredContent::name).toList()));
        }
        return new HandoverInventory(fonds, villageKeptOnly, LocalDate.now(clock), lines, destroyed);
    }

    /**
     * Signs and keeps a handover: the inventory is drawn up again now (so the list signed is the store's, not a copy
     * that may have been edited), compared with what was found, and kept.
     *
     * @param fonds           全宗号, not null
     * @param villageKeptOnly whether only the village-kept items are handed over
     * @param found           what the incoming custodian found, not null
     * @param outgoing        移交人, not null
     * @param incoming        接收人, not null
     * @param supervisor      监交人, not null
     * @param remarks         备注, or null
     * @return the kept handover
     * @throws org.cundang.custody.handover.HandoverException CD-8056..8060 ({@link Handover#of})
     */
    public Handover record(String fonds, boolean villageKeptOnly, List<FoundItem> found, String outgoing,
                           String incoming, String supervisor, @Nullable String remarks) {
        requireNonNull(found, "found");
        return StoreReads.withNextId(() -> recordOnce(fonds, villageKeptOnly, found, outgoing, incoming, supervisor,
                remarks));
    }

    private Handover recordOnce(String fonds, boolean villageKeptOnly, List<FoundItem> found, String outgoing,
                                String incoming, String supervisor, @Nullable String remarks) {
        HandoverInventory inv = inventory(fonds, villageKeptOnly);
        Handover h = Handover.of(StoreReads.nextId(store, KIND), inv, found, outgoing, incoming, supervisor,
                inv.asOf(), remarks);
        Set<String> subjects = new LinkedHashSet<>();
        inv.lines().forEach(l -> subjects.add(l.code()));
        inv.destroyed().forEach(subjects::add);
        found.forEach(f -> subjects.add(f.code()));
        CustodySubmission.Builder b = CustodySubmission.builder(h.id(), KIND).mustBeNew().actor(h.incoming()).date(h.date())
                .body(h.toJson());
        subjects.stream().limit(CustodySubmission.MAX_ENTRIES).forEach(b::subject);
        store.keep(b.build());
        return h;
    }

    /**
     * A kept handover.
     *
     * @param id the record id, not null
     * @return the handover, or empty when no handover has that id
     * @throws org.cundang.custody.handover.HandoverException CD-8061 when the kept body is not a handover
     */
    public Optional<Handover> show(String id) {
        requireNonNull(id, "id");
        return store.custodyRecord(id).filter(r -> KIND.equals(r.kind())).map(r -> Handover.fromJson(r.body()));
    }

    /**
     * Every kept handover, oldest first.
     *
     * @return the handovers
     */
    public List<Handover> list() {
        List<Handover> out = new ArrayList<>();
        for (CustodyRecord r : StoreReads.records(store, KIND)) {
            out.add(Handover.fromJson(r.body()));
        }
        return out;
    }
}
