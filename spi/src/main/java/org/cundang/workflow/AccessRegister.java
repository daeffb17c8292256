package org.cundang.workflow;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cundang.custody.access.AccessItem;
import org.cundang.custody.access.AccessLedger;
import org.cundang.custody.access.AccessPolicy;
import org.cundang.custody.access.AccessRecord;
import org.cundang.custody.access.AccessRequest;
import org.cundang.custody.access.AccessReturn;
import org.cundang.custody.access.AccessRules;
import org.cundang.schedule.ResolvedEntry;
import org.cundang.schedule.RetentionSchedule;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.CustodyRecord;
import org.cundang.storage.CustodySubmission;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.StoredItem;
import org.jspecify.annotations.Nullable;

/**
 * The 查阅利用登记簿 on a store: registers consultations, loans and copies after checking them with
 * {@link AccessRules}, registers the returns of loans, and reports the loans overdue and the items reaching the opening
 * age. Entries are kept with {@link ArchiveStore#keep} as custody records of kind {@value #KIND} (returns:
 * {@value #RETURN_KIND}), body = the document's JSON, subjects = the 档号 (a return also names its loan), ids
 * {@code access-NNNNNN} and {@code access-return-NNNNNN} in the order registered.
 *
 * <p>What the rules are told about an item ({@link #facts(StoredItem)}): its formation date is the 目录 日期 (else
 * 31 December of the 档号's 年度); it is controlled when its schedule entry is marked
 * {@linkplain org.cundang.schedule.ScheduleEntry#controlled() controlled}, when its entry id is found in none of the
 * schedules given (an unknown entry is treated as controlled, to be safe), or when it carries a 密级 other than 公开;
 * it is destroyed when {@link StoredItem#isDestroyed()}. Thread-safe as far as the store is; two processes
 * registering at the same instant may collide on an id, and the second is refused by the store (CD-5082).
 */
public final class AccessRegister {

    /** The custody-record kind of an entry. */
    public static final String KIND = "access";
    /** The custody-record kind of a return. */
    public static final String RETURN_KIND = "access-return";

    private final ArchiveStore store;
    private final AccessPolicy policy;
    private final List<RetentionSchedule> schedules;
    private final Clock clock;

    private AccessRegister(ArchiveStore store, AccessPolicy policy, List<RetentionSchedule> schedules, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.schedules = schedules;
        this.clock = clock;
    }

    /**
     * A register on a store.
     *
     * @param store     the store, not null
     * @param policy    the access policy (opening age, loans allowed), not null
     * @param schedules the retention schedules the items' entry ids are looked up in, not null
     * @param clock     the clock giving the time items go out and come back, and the day rules are checked on, not
     *                  null
     * @return the register
     */
    public static AccessRegister of(ArchiveStore store, AccessPolicy policy, Collection<RetentionSchedule> schedules,
                                    Clock clock) {
        return new AccessRegister(requireNonNull(store, "store"), requireNonNull(policy, "policy"),
                List.copyOf(requireNonNull(schedules, "schedules")), requireNonNull(clock, "clock"));
    }

    /** @return the policy in force */
    public AccessPolicy policy() {
        return policy;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Checks a request against the rules and the store, and registers it.
     *
     * @param request the request, not null
     * @return the kept entry
     * @throws org.cundang.storage.StorageException CD-5010 for a 档号 the store does not hold, or the store's codes
     * @throws org.cundang.custody.access.AccessException the code of the first rule broken ({@link AccessRules})
     */
    public AccessRecord register(AccessRequest request) {
        requireNonNull(request, "request");
        return StoreReads.withNextId(() -> registerOnce(request));
    }

    private AccessRecord registerOnce(AccessRequest request) {
        LocalDateTime time = now();
        AccessRules.requireAllowed(request, facts(request), policy, time.toLocalDate());
        AccessRecord r = new AccessRecord(StoreReads.nextId(store, KIND), request, time);
        CustodySubmission.Builder b = CustodySubmission.builder(r.id(), KIND).mustBeNew().actor(request.clerk())
                .date(time.toLocalDate()).body(r.toJson());
        request.codes().forEach(b::subject);
        store.keep(b.build());
        return r;
    }

    /**
     * Checks a request against the rules and the store without registering it, and returns every problem.
     *
     * @param request the request, not null
     * @return the findings of {@link AccessRules#check}, on today's date
     * @throws org.cundang.storage.StorageException CD-5010 for a 档号 the store does not hold
     */
    public List<org.cundang.Finding> check(AccessRequest request) {
        requireNonNull(request, "request");
        return AccessRules.check(request, facts(request), policy, now().toLocalDate());
    }

    private List<AccessItem> facts(AccessRequest request) {
        List<AccessItem> items = new ArrayList<>();
        for (String code : request.codes()) {
            items.add(facts(store.require(code)));
        }
        return items;
    }

    /**
     * Registers the return of a loan.
     *
     * @param loanId     the loan's id, not null
     * @param receivedBy who takes the items back, not null
     * @param note       the state they come back in, or null
     * @return the kept return
     * @throws org.cundang.custody.access.AccessException CD-8049 (no such entry), CD-8054 (not a loan), CD-8050
     *                                                    (already returned), CD-8051 (back before out)
     */
    public AccessReturn returnLoan(String loanId, String receivedBy, @Nullable String note) {
        requireNonNull(loanId, "loanId");
        requireNonNull(receivedBy, "receivedBy");
        return StoreReads.withNextId(() -> returnOnce(loanId, receivedBy, note));
    }

    private AccessReturn returnOnce(String loanId, String receivedBy, @Nullable String note) {
        AccessLedger ledger = ledger();
        String id = StoreReads.nextId(store, RETURN_KIND);
        AccessReturn r = ledger.returning(id, loanId, now(), receivedBy, note);
        AccessRecord loan = ledger.record(loanId).orElseThrow();
        CustodySubmission.Builder b = CustodySubmission.builder(id, RETURN_KIND).mustBeNew().actor(r.receivedBy())
                .date(r.timeBack().toLocalDate()).body(r.toJson()).subject(loanId);
        loan.request().codes().forEach(b::subject);
        store.keep(b.build());
        return r;
    }

    /**
     * The register as kept: every entry and every return.
     *
     * @return the ledger
     * @throws org.cundang.custody.access.AccessException CD-8055 when a kept body is not an access document
     */
    public AccessLedger ledger() {
        List<AccessRecord> rs = new ArrayList<>();
        for (CustodyRecord c : StoreReads.records(store, KIND)) {
            rs.add(AccessRecord.fromJson(c.body()));
        }
        List<AccessReturn> back = new ArrayList<>();
        for (CustodyRecord c : StoreReads.records(store, RETURN_KIND)) {
            back.add(AccessReturn.fromJson(c.body()));
        }
        return AccessLedger.of(rs, back);
    }

    /**
     * The loans overdue on a day.
     *
     * @param day the day, not null
     * @return the loans not returned and due before that day, earliest due first
     */
    public List<AccessRecord> overdue(LocalDate day) {
        return ledger().overdue(requireNonNull(day, "day"));
    }

    /**
     * The items that open to the public in a year ({@link AccessPolicy#openingDate}), destroyed items left out.
     *
     * @param year  the year
     * @param fonds only this 全宗, or null for all
     * @return the items, in opening-day then 档号 order
     */
    public List<AccessItem> opening(int year, @Nullable String fonds) {
        ItemQuery.Builder q = ItemQuery.builder();
        if (fonds != null) {
            q.fonds(fonds);
        }
        List<AccessItem> items = StoreReads.items(store, q).stream().filter(i -> !i.isDestroyed()).map(this::facts)
                .toList();
        return AccessRules.openingIn(items, year, policy);
    }

    /**
     * What the access rules are told about a stored item (see the class comment).
     *
     * @param item the item, not null
     * @return the facts
     */
    public AccessItem facts(StoredItem item) {
        requireNonNull(item, "item");
        LocalDate formed = item.entry().parsedDate().orElse(null);
        if (formed == null && item.code().year().isPresent()) {
            formed = LocalDate.of(item.code().year().getAsInt(), 12, 31);
        }
        String classification = item.entry().classification();
        boolean classified = classification != null && !classification.isBlank()
                && !"公开".equals(classification.strip());
        return new AccessItem(item.code().toString(), String.valueOf(item.entry().title()), formed,
                classified || controlled(item.scheduleEntry()), item.isDestroyed());
    }

    private boolean controlled(@Nullable String entryId) {
        if (entryId == null || entryId.isBlank()) {
            return false;
        }
        String table = null;
        String id = entryId.strip();
        int slash = id.indexOf('/');
        if (slash > 0) {
            table = id.substring(0, slash);
            id = id.substring(slash + 1);
        }
        boolean known = false;
        for (RetentionSchedule s : schedules) {
            if (table != null && !table.equals(s.id())) {
                continue;
            }
            Optional<ResolvedEntry> e = s.entry(id);
            if (e.isPresent()) {
                known = true;
                if (e.get().entry().controlled()) {
                    return true;
                }
            }
        }
        return !known;
    }
}
