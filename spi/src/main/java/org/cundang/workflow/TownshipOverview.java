package org.cundang.workflow;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cundang.Finding;
import org.cundang.custody.overview.CollectionChecklist;
import org.cundang.custody.overview.Figures;
import org.cundang.custody.overview.OverviewRequest;
import org.cundang.custody.overview.TownshipReport;
import org.cundang.custody.overview.Village;
import org.cundang.custody.overview.VillageRow;
import org.cundang.retention.RetentionStatus;
import org.cundang.schedule.ResolvedEntry;
import org.cundang.schedule.RetentionSchedule;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.AuditEvent;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.ScopeHold;
import org.cundang.storage.StoredItem;
import org.cundang.storage.VerificationReport;
import org.cundang.storage.spi.CustodyRules;

/**
 * Gathers the township's yearly work from a store, reading only: the yearly collection checklist of a village
 * ({@link #checklist(String, int)}) and the township overview ({@link #gather(OverviewRequest)}). Works on any
 * {@link ArchiveStore} that passes the conformance kit; items are read page by page ({@link ItemQuery#MAX_LIMIT} at a
 * time) and the audit trail likewise, so memory holds the per-village counters, not the items.
 *
 * <p>What is counted (docs/overview.md): items and pages held exclude destroyed items; an item is digitised when it
 * has content; it must be digitised when its schedule entry says so or its period is one of the request's
 * {@link OverviewRequest#digitisationPeriods()}; a village is under 村档乡管 when the township keeps one of its items;
 * transfers are the audit trail's {@code transfer.accept} events of the year (their {@code fonds} detail); an item is
 * due and not appraised when {@link CustodyRules#status} (scope holds counted) is DUE_FOR_APPRAISAL and it has no
 * destruction decision; fixity findings are {@link ArchiveStore#verify()}'s findings whose subject is an item's 档号.
 *
 * <p>Thread-safe if the store is; holds no state but its arguments.
 */
public final class TownshipOverview {

    private final ArchiveStore store;
    private final List<RetentionSchedule> schedules;

    private TownshipOverview(ArchiveStore store, List<RetentionSchedule> schedules) {
        this.store = store;
        this.schedules = schedules;
    }

    /**
     * An overview on a store.
     *
     * @param store     the store, not null (only read)
     * @param schedules the retention schedules that apply to the villages, not null, not empty (the collection
     *                  checklist's entries, the digitisation flags)
     * @return the overview
     * @throws org.cundang.custody.overview.OverviewException CD-8110 when no schedule is given
     */
    public static TownshipOverview of(ArchiveStore store, List<RetentionSchedule> schedules) {
        requireNonNull(store, "store");
        List<RetentionSchedule> s = List.copyOf(requireNonNull(schedules, "schedules"));
        CollectionChecklist.annualEntries(s, null);
        return new TownshipOverview(store, s);
    }

    /**
     * The yearly collection checklist of a village: the entries filed every year with no stored item of that
     * 全宗号, that 年度 (from the 档号) and that 条目.
     *
     * @param fonds the 全宗号, not null
     * @param year  the 年度
     * @return the checklist
     * @throws org.cundang.custody.overview.OverviewException CD-8108 for a year out of range
     */
    public CollectionChecklist checklist(String fonds, int year) {
        requireNonNull(fonds, "fonds");
        Set<String> present = new HashSet<>();
        ItemQuery q = ItemQuery.builder().fonds(fonds).year(year).limit(ItemQuery.MAX_LIMIT).build();
        // A year out of range is refused before the store is read.
        CollectionChecklist.of(fonds, year, schedules, Set.of());
        while (true) {
            List<StoredItem> page = store.query(q);
            for (StoredItem i : page) {
                if (i.scheduleEntry() != null) {
                    present.add(i.scheduleEntry());
                }
            }
            if (page.size() < q.limit()) {
                break;
            }
            q = q.next();
        }
        return CollectionChecklist.of(fonds, year, schedules, present);
    }

    /**
     * The township overview: a row per village of the request's list (those with nothing stored show zeros), then a
     * row per other fonds found in the store (its code as its name), with the figures described above.
     *
     * @param request what to gather, not null
     * @return the report
     */
    public TownshipReport gather(OverviewRequest request) {
        requireNonNull(request, "request");
        List<ScopeHold> scopeHolds = store.scopeHolds();
        Map<String, Counter> counters = new TreeMap<>();
        Map<String, Boolean> digitise = new HashMap<>();
        Map<String, String> itemFonds = request.verifyFixity() ? new HashMap<>() : Map.of();
        ItemQuery q = ItemQuery.builder().limit(ItemQuery.MAX_LIMIT).build();
        while (true) {
            List<StoredItem> page = store.query(q);
            for (StoredItem i : page) {
                String fonds = i.code().fonds();
                Counter c = counters.computeIfAbsent(fonds, k -> new Counter());
                if (request.verifyFixity()) {
                    itemFonds.put(i.code().toString(), fonds);
                }
                if (i.code().year().isPresent() && i.code().year().getAsInt() == request.checklistYear()
                        && i.scheduleEntry() != null) {
                    c.present.add(i.scheduleEntry());
                }
                if (i.isDestroyed()) {
                    continue;
                }
                c.items++;
                Integer pages = i.entry().pages();
                c.pages += pages == null ? 0 : pages;
                boolean hasContent = !i.content().isEmpty();
                if (hasContent) {
                    c.digitised++;
                }
                if (i.townshipCustody()) {
                    c.custody = true;
                }
                if (mustDigitise(i, request, digitise)) {
                    c.required++;
                    if (hasContent) {
                        c.requiredDone++;
                    }
                }
                if (i.disposal() == null
                        && CustodyRules.status(i, scopeHolds, request.asOf()) == RetentionStatus.DUE_FOR_APPRAISAL) {
                    c.due++;
                }
            }
            if (page.size() < q.limit()) {
                break;
            }
            q = q.next();
        }
        transfers(request, counters);
        long other = 0;
        if (request.verifyFixity()) {
            VerificationReport v = store.verify();
            for (Finding f : v.findings()) {
                String fonds = itemFonds.get(f.subject());
                if (fonds == null) {
                    other++;
                } else {
                    counters.get(fonds).fixity++;
                }
            }
        }
        List<VillageRow> rows = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (Village v : request.villages().villages()) {
            listed.add(v.fonds());
            rows.add(row(v, true, counters.getOrDefault(v.fonds(), new Counter()), request));
        }
        for (Map.Entry<String, Counter> e : counters.entrySet()) {
            if (!listed.contains(e.getKey())) {
                rows.add(row(Village.unlisted(e.getKey()), false, e.getValue(), request));
            }
        }
        return new TownshipReport(request.township(), request.year(), request.checklistYear(), request.asOf(), rows,
                request.rooms(), request.verifyFixity(), other);
    }

    private boolean mustDigitise(StoredItem i, OverviewRequest request, Map<String, Boolean> cache) {
        if (request.digitisationPeriods().contains(i.period())) {
            return true;
        }
        String id = i.scheduleEntry();
        if (id == null) {
            return false;
        }
        return cache.computeIfAbsent(id, k -> lookup(k).map(e -> e.entry().digitisationRequired()).orElse(false));
    }

    private Optional<ResolvedEntry> lookup(String id) {
        for (RetentionSchedule s : schedules) {
            Optional<ResolvedEntry> e = s.entry(id);
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    private void transfers(OverviewRequest request, Map<String, Counter> counters) {
        ZoneId zone = request.zone();
        long from = 1;
        while (true) {
            List<AuditEvent> page = store.auditTrail(from, 10_000);
            for (AuditEvent e : page) {
                if (!"transfer.accept".equals(e.action()) || e.time().atZone(zone).getYear() != request.year()) {
                    continue;
                }
                String fonds = e.details().get("fonds");
                if (fonds == null || fonds.isBlank()) {
                    continue;
                }
                Counter c = counters.computeIfAbsent(fonds, k -> new Counter());
                c.transfers++;
                if (c.lastTransfer == null || e.time().isAfter(c.lastTransfer)) {
                    c.lastTransfer = e.time();
                }
            }
            if (page.isEmpty()) {
                break;
            }
            from = page.get(page.size() - 1).sequence() + 1;
        }
    }

    private VillageRow row(Village v, boolean listed, Counter c, OverviewRequest request) {
        CollectionChecklist cl = CollectionChecklist.of(v.fonds(), request.checklistYear(), schedules, c.present);
        List<String> gaps = cl.gaps().stream().map(g -> g.id()).toList();
        Figures f = new Figures(1, c.custody ? 1 : 0, c.items, c.pages, c.digitised, c.required, c.requiredDone,
                c.transfers, cl.expected().size(), gaps.size(), c.due, c.fixity);
        return new VillageRow(v, listed, f, c.lastTransfer, gaps);
    }

    /** Per-fonds counters while the store is read. */
    private static final class Counter {
        long items;
        long pages;
        long digitised;
        long required;
        long requiredDone;
        long transfers;
        long due;
        long fixity;
        boolean custody;
        @org.jspecify.annotations.Nullable Instant lastTransfer;
        final Set<String> present = new HashSet<>();
    }
}
