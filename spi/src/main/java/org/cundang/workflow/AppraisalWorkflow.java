package org.cundang.workflow;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cundang.Finding;
import org.cundang.custody.AppraisalDecision;
import org.cundang.custody.AppraisalReport;
import org.cundang.custody.CustodyException;
import org.cundang.custody.CustodyReports;
import org.cundang.custody.DestructionCertificate;
import org.cundang.custody.DestructionChecker;
import org.cundang.custody.DestructionList;
import org.cundang.custody.HoldScope;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionPeriod;
import org.cundang.retention.RetentionStatus;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.CustodyAction;
import org.cundang.storage.CustodyRecord;
import org.cundang.storage.CustodySubmission;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.ScopeHold;
import org.cundang.storage.StoredItem;
import org.cundang.storage.spi.CustodyRules;
import org.jspecify.annotations.Nullable;

/**
 * Appraisal and destruction (鉴定销毁) on a store, in the order the rules ask (DOMAIN.md decision 3, §2.3–2.4):
 * <ol>
 *   <li>{@link #due}: the items due for appraisal on a day, per 全宗 and 门类 (expiry starts an appraisal, never a
 *       destruction; 实施条例 第二十四条, V);</li>
 *   <li>{@link #appraise}: the 鉴定意见书 is kept for ever; a kept item gets its new, longer period at once, an item
 *       to destroy is marked so;</li>
 *   <li>{@link #prepareDestruction}: the 销毁清册 of what the appraisal decided to destroy, from the store's
 *       records, for signing;</li>
 *   <li>{@link #destroy}: with the unit head's, the archivist's (and for accounting records the accounting handler's)
 *       signatures and two distinct supervisors who confirmed before and after, the content is destroyed; the item
 *       record, the list and the certificate remain;</li>
 *   <li>{@link #hold} / {@link #release}: holds on an item or a scope (未结清债权债务, a dispute, an investigation)
 *       block all of it.</li>
 * </ol>
 * The workflow checks everything first and reports all problems; the store checks the actions again when it keeps
 * the record (so a store used without this class is as safe).
 */
public final class AppraisalWorkflow {

    /** The record kinds this workflow keeps. */
    public static final String APPRAISAL = "appraisal";
    /** Kind of a destruction record (销毁清册 + 销毁证明). */
    public static final String DESTRUCTION = "destruction";
    /** Kind of a hold record. */
    public static final String HOLD = "hold";
    /** Kind of a hold release record. */
    public static final String RELEASE = "hold-release";

    private final ArchiveStore store;
    private final String actor;

    private AppraisalWorkflow(ArchiveStore store, String actor) {
        this.store = store;
        this.actor = actor;
    }

    /**
     * The workflow on a store.
     *
     * @param store the store, not null
     * @param actor who acts (recorded in the audit trail), not null
     * @return the workflow
     */
    public static AppraisalWorkflow on(ArchiveStore store, String actor) {
        return new AppraisalWorkflow(requireNonNull(store, "store"), requireNonNull(actor, "actor"));
    }

    /**
     * An item that the due list names.
     *
     * @param item      the item, not null
     * @param status    {@code DUE_FOR_APPRAISAL}, or {@code ON_HOLD} when a scope hold covers it
     * @param holds     the holds active on the day (its own and its scopes'), not null
     * @param yearsKept whole years kept on the day (from 1 January after its year)
     * @param decided   whether an appraisal already decided to destroy it (awaiting the 销毁清册)
     */
    public record DueItem(StoredItem item, RetentionStatus status, List<RetentionHold> holds, int yearsKept,
                          boolean decided) {
        /** Copies the parts. */
        public DueItem {
            requireNonNull(item, "item");
            requireNonNull(status, "status");
            holds = List.copyOf(holds);
        }
    }

    /**
     * The items whose period has ended on a day, not destroyed, sorted by 全宗, 门类 and 档号. Items held only by a scope
     * hold are listed with status {@code ON_HOLD} so the archivist sees why they cannot be appraised for destruction;
     * items held on their own are not listed (their status is ON_HOLD in every query).
     *
     * @param asOf     the day, not null
     * @param fonds    only this 全宗, or null
     * @param category only this 门类 (and its sub-levels), or null
     * @return the list
     */
    public List<DueItem> due(LocalDate asOf, @Nullable String fonds, @Nullable String category) {
        requireNonNull(asOf, "asOf");
        List<ScopeHold> scopes = store.scopeHolds();
        if (category != null) {
            HoldScope.of(fonds == null ? "X" : fonds, category, null); // CD-8020 for a malformed filter, at once
        }
        List<DueItem> out = new ArrayList<>();
        ItemQuery.Builder qb = ItemQuery.builder().status(RetentionStatus.DUE_FOR_APPRAISAL, asOf)
                .limit(ItemQuery.MAX_LIMIT);
        if (fonds != null) {
            qb.fonds(fonds);
        }
        ItemQuery q = qb.build();
        while (true) {
            List<StoredItem> page = store.query(q);
            for (StoredItem it : page) {
                if (category != null && !HoldScope.of(it.code().fonds(), category, null).covers(it.code())) {
                    continue; // the 全宗 is filtered by the query
                }
                RetentionStatus s = CustodyRules.status(it, scopes, asOf);
                out.add(new DueItem(it, s, CustodyRules.activeHolds(it, scopes, asOf), DestructionList.yearsKept(year(it), asOf),
                        it.disposal() != null));
            }
            if (page.size() < q.limit()) {
                break;
            }
            q = q.next();
        }
        out.sort(Comparator.comparing((DueItem d) -> d.item().code().fonds())
                .thenComparing(d -> d.item().code().category().map(Object::toString).orElse(""))
                .thenComparing(d -> d.item().code()));
        return out;
    }

    /**
     * Drafts a 鉴定意见书 for items: each with its 档号, 题名, year and current period, and the decision given.
     *
     * @param id        the record id to use, not null
     * @param date      the appraisal day, not null
     * @param unit      the 立档单位, not null
     * @param group     the appraisal group, not null
     * @param decisions the decision per 档号, not null
     * @param opinion   the overall opinion, not null
     * @return the report (not yet kept)
     * @throws org.cundang.storage.StorageException CD-5010 when a 档号 is not in the store
     */
    public AppraisalReport draft(String id, LocalDate date, String unit, List<String> group,
                                 java.util.Map<String, AppraisalDecision> decisions, String opinion) {
        List<AppraisalReport.Item> items = new ArrayList<>();
        String fonds = null;
        for (java.util.Map.Entry<String, AppraisalDecision> e : decisions.entrySet()) {
            StoredItem it = store.require(e.getKey());
            fonds = fonds == null ? it.code().fonds() : fonds;
            items.add(new AppraisalReport.Item(it.code().toString(), String.valueOf(it.entry().title()), year(it),
                    it.period(), e.getValue()));
        }
        return new AppraisalReport(id, date, fonds == null ? "" : fonds, unit, group, items, opinion);
    }

    /**
     * Keeps a 鉴定意见书 and applies its decisions: a kept item gets the new period (counted from the same start as the
     * old one; 永久 has no end), an item to destroy is marked as decided. Nothing is destroyed here.
     *
     * @param report the report, not null
     * @return the kept record (a repeat of the same report returns the same record)
     * @throws org.cundang.custody.CustodyException CD-8025 with the report's first problem (see
     *                                              {@link AppraisalReport#check()})
     * @throws org.cundang.storage.StorageException the store's refusals (CD-5010, CD-5070, CD-5072 … CD-5074)
     */
    public CustodyRecord appraise(AppraisalReport report) {
        requireNonNull(report, "report");
        List<Finding> problems = new ArrayList<>(report.check());
        CustodySubmission.Builder b = CustodySubmission.builder(report.id(), APPRAISAL).actor(actor)
                .date(report.date()).body(report.toJson());
        for (AppraisalReport.Item i : report.items()) {
            Optional<StoredItem> found = store.item(i.code());
            if (found.isEmpty()) {
                throw org.cundang.storage.StorageException.of("CD-5010", i.code());
            }
            StoredItem it = found.get();
            if (i.decision() instanceof AppraisalDecision.Keep k) {
                b.action(new CustodyAction.Extend(i.code(), k.newPeriod(), newExpiry(it, k.newPeriod())));
            } else {
                b.action(new CustodyAction.ApproveDestruction(i.code()));
            }
        }
        if (!problems.isEmpty()) {
            throw CustodyException.rejected("CD-8025", problems);
        }
        return store.keep(b.build());
    }

    /**
     * The 销毁清册 of the items an appraisal decided to destroy and that are not destroyed yet, from the store's
     * records, without signatures (fill them with {@link #signed}).
     *
     * @param appraisalId the 鉴定意见书's record id, not null
     * @param day         the planned day of destruction, not null
     * @return the list
     * @throws org.cundang.custody.CustodyException CD-8028 when the appraisal is not in the store
     */
    public DestructionList prepareDestruction(String appraisalId, LocalDate day) {
        requireNonNull(appraisalId, "appraisalId");
        requireNonNull(day, "day");
        CustodyRecord r = store.custodyRecord(appraisalId).filter(x -> x.kind().equals(APPRAISAL))
                .orElseThrow(() -> CustodyException.of("CD-8028", appraisalId));
        List<ScopeHold> scopes = store.scopeHolds();
        List<DestructionList.Entry> entries = new ArrayList<>();
        for (CustodyAction a : r.actions()) {
            if (!(a instanceof CustodyAction.ApproveDestruction x)) {
                continue;
            }
            StoredItem it = store.require(x.code());
            if (it.isDestroyed() || it.disposal() == null || !appraisalId.equals(it.disposal().appraisalId())) {
                continue;
            }
            int y = year(it);
            entries.add(new DestructionList.Entry(String.valueOf(it.entry().title()), x.code(), y, y, it.period(),
                    CustodyRules.isAccounting(it.code()), CustodyRules.status(it, scopes, day),
                    CustodyRules.activeHolds(it, scopes, day), new AppraisalDecision.Destroy(appraisalId)));
        }
        return new DestructionList(entries, null, null, null, List.of(), List.of(), List.of());
    }

    /**
     * The same list with its signatures.
     *
     * @param list              the prepared list, not null
     * @param unitHead          the unit head (单位负责人), or null
     * @param archivist         the archivist (档案管理人员), or null
     * @param accountingHandler the accounting handler (会计经办人), or null
     * @param supervisors       the supervisors (监销人), not null
     * @param confirmedBefore   who counted and confirmed before destruction, not null
     * @param confirmedAfter    who signed after destruction, not null
     * @return the signed list
     */
    public static DestructionList signed(DestructionList list, @Nullable String unitHead, @Nullable String archivist,
                                         @Nullable String accountingHandler, List<String> supervisors,
                                         List<String> confirmedBefore, List<String> confirmedAfter) {
        return new DestructionList(list.entries(), unitHead, archivist, accountingHandler, supervisors,
                confirmedBefore, confirmedAfter);
    }

    /**
     * Carries out a signed 销毁清册: checks it ({@link DestructionChecker}; every problem reported at once), then keeps
     * the list with its 销毁证明 as one record and destroys the listed items' content in the same step.
     *
     * @param certificate the certificate with the signed list, not null
     * @return the kept record
     * @throws CustodyException CD-8029 (no method), CD-8030 with every problem of the list in
     *                          {@link CustodyException#findings()}
     * @throws org.cundang.storage.StorageException the store's refusals (CD-5073, CD-5074, CD-5075, CD-5084 …)
     */
    public CustodyRecord destroy(DestructionCertificate certificate) {
        requireNonNull(certificate, "certificate");
        DestructionList l = certificate.list();
        List<Finding> problems = new ArrayList<>(DestructionChecker.create().check(l, certificate.destroyedOn()));
        if (certificate.method().isBlank()) {
            throw CustodyException.of("CD-8029");
        }
        if (!problems.isEmpty()) {
            throw CustodyException.rejected("CD-8030", problems);
        }
        CustodySubmission.Builder b = CustodySubmission.builder(certificate.id(), DESTRUCTION).actor(actor)
                .date(certificate.destroyedOn()).body(certificate.toJson()).signOff(l);
        for (DestructionList.Entry e : l.entries()) {
            b.action(new CustodyAction.Destroy(e.code(), e.accounting()));
        }
        return store.keep(b.build());
    }

    /**
     * Places a hold on an item (a 档号) or on a scope ({@link HoldScope} text: {@code 全宗号[/门类[/年度]]}).
     *
     * @param id     the record id, not null
     * @param target a 档号 in the store, or a scope, not null
     * @param hold   the reason and days, not null
     * @param note   the document (why, who asked), not null
     * @return the kept record
     */
    public CustodyRecord hold(String id, String target, RetentionHold hold, String note) {
        requireNonNull(hold, "hold");
        CustodyAction a = store.item(target).isPresent() ? new CustodyAction.Hold(target, hold)
                : new CustodyAction.HoldOnScope(HoldScope.parse(target), hold);
        return store.keep(CustodySubmission.builder(id, HOLD).actor(actor).date(hold.since())
                .body(noteJson(note)).action(a).build());
    }

    /**
     * Ends the active holds with a reason on an item or a scope (the matter was settled).
     *
     * @param id     the record id, not null
     * @param target the 档号 or scope, not null
     * @param reason the hold's reason, not null
     * @param on     the last day of the hold, not null
     * @param note   the document (why it ended), not null
     * @return the kept record
     */
    public CustodyRecord release(String id, String target, String reason, LocalDate on, String note) {
        CustodyAction a = store.item(target).isPresent() ? new CustodyAction.Release(target, reason, on)
                : new CustodyAction.ReleaseScope(HoldScope.parse(target), reason, on);
        return store.keep(CustodySubmission.builder(id, RELEASE).actor(actor).date(on)
                .body(noteJson(note)).action(a).build());
    }

    /**
     * The printable 鉴定意见书 or 销毁清册 of a kept record.
     *
     * @param id the record id, not null
     * @return the HTML page
     * @throws org.cundang.custody.CustodyException CD-8028 when there is no such appraisal or destruction record
     */
    public String page(String id) {
        CustodyRecord r = store.custodyRecord(requireNonNull(id, "id"))
                .orElseThrow(() -> CustodyException.of("CD-8028", id));
        return switch (r.kind()) {
            case APPRAISAL -> CustodyReports.appraisal(AppraisalReport.fromJson(r.body()));
            case DESTRUCTION -> CustodyReports.destruction(DestructionCertificate.fromJson(r.body()));
            default -> throw CustodyException.of("CD-8028", id);
        };
    }

    /**
     * The new last day when an item's period becomes a longer one, counted from the same start (DOMAIN.md decision 2):
     * start = old expiry + 1 day − old years; new expiry = start + new years − 1 day. 永久 and items still waiting for
     * their event have none.
     *
     * @param it        the item, not null
     * @param newPeriod the new period, not null
     * @return the new expiry, or null
     */
    public static @Nullable LocalDate newExpiry(StoredItem it, RetentionPeriod newPeriod) {
        if (newPeriod.isPermanent() || it.expiry() == null || it.period().years().isEmpty()
                || newPeriod.years().isEmpty()) {
            return null;
        }
        LocalDate start = it.expiry().plusDays(1).minusYears(it.period().years().getAsInt());
        return start.plusYears(newPeriod.years().getAsInt()).minusDays(1);
    }

    private static String noteJson(String note) {
        StringBuilder b = new StringBuilder("{\"note\":\"");
        for (int i = 0; i < note.length(); i++) {
            char c = note.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append("\"}").toString();
    }

    private static int year(StoredItem it) {
        return it.year().orElse(0);
    }
}
