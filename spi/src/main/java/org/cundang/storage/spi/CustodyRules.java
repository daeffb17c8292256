package org.cundang.storage.spi;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cundang.Finding;
import org.cundang.code.ArchivalCode;
import org.cundang.custody.AppraisalDecision;
import org.cundang.digest.Digest;
import org.cundang.digest.DigestAlgorithm;
import org.cundang.digest.MultiDigester;
import org.cundang.custody.DestructionChecker;
import org.cundang.custody.DestructionList;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionStatus;
import org.cundang.storage.CustodyAction;
import org.cundang.storage.CustodyRecord;
import org.cundang.storage.CustodySubmission;
import org.cundang.storage.Disposal;
import org.cundang.storage.ScopeHold;
import org.cundang.storage.StorageException;
import org.cundang.storage.StoredItem;

/**
 * The custody rules every store applies, the same way, before it keeps a {@link CustodySubmission} (as
 * {@link ContentCopier} is the one content check). A store calls {@link #apply} with its current items and scope
 * holds while it holds its write lock or transaction, and then persists the outcome in one step:
 * <ul>
 *   <li>a period is never shortened (实施条例 第二十四条; 会计档案管理办法 第十五条: periods are minimums, V) — CD-5070;</li>
 *   <li>only an item due for appraisal, not permanent and not held (by itself or by a scope) may be approved for
 *       destruction or destroyed — CD-5072, CD-5073, CD-5074;</li>
 *   <li>an item is destroyed only after an appraisal decided so (CD-5075), under a 销毁清册 that lists exactly the
 *       destroyed items (CD-5085) and passes {@link DestructionChecker} against the store's own records: unit head,
 *       archivist, accounting handler where accounting records are involved, two distinct supervisors who confirmed
 *       before and after (CD-5084; DOMAIN.md §2.4, S);</li>
 *   <li>a destroyed item takes no further action (CD-5081); a release names an active hold (CD-5078).</li>
 * </ul>
 */
public final class CustodyRules {

    private CustodyRules() {
    }

    /**
     * What a submission does, once checked: the new state of every item it changes, the store's whole new list of
     * scope holds, and the items whose content is to be destroyed.
     *
     * @param items      the changed items (new state), by 档号, in the order first changed
     * @param scopeHolds the scope holds after the submission
     * @param destroyed  the 档号 of the items destroyed by this submission
     */
    public record Outcome(Map<String, StoredItem> items, List<ScopeHold> scopeHolds, List<String> destroyed) {
        /** Copies the parts. */
        public Outcome {
            items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
            scopeHolds = List.copyOf(scopeHolds);
            destroyed = List.copyOf(destroyed);
        }
    }

    /**
     * Checks a submission against the store's state and computes what it changes. Nothing is changed by this call.
     *
     * @param submission the submission, not null
     * @param items      looks an item up by 档号 in the store, not null
     * @param scopeHolds the store's scope holds, not null
     * @return the outcome
     * @throws StorageException CD-5010 (no such item), CD-5070, CD-5072 … CD-5085 (see the class comment)
     */
    public static Outcome apply(CustodySubmission submission, Function<String, Optional<StoredItem>> items,
                                List<ScopeHold> scopeHolds) {
        requireNonNull(submission, "submission");
        requireNonNull(items, "items");
        requireNonNull(scopeHolds, "scopeHolds");
        LocalDate day = submission.date();
        Map<String, StoredItem> changed = new LinkedHashMap<>();
        List<ScopeHold> scopes = new ArrayList<>(scopeHolds);
        List<String> destroyed = new ArrayList<>();
        List<CustodyAction.Destroy> destroys = new ArrayList<>();
        Function<String, StoredItem> current = code -> {
            StoredItem it = changed.get(code);
            if (it == null) {
                it = items.apply(code).orElseThrow(() -> StorageException.of("CD-5010",
                        StorageException.printable(code)));
            }
            if (it.isDestroyed()) {
                throw StorageException.of("CD-5081", it.code().toString(),
                        it.disposal() == null ? "" : String.valueOf(it.disposal().destroyedOn()));
            }
            return it;
        };
        for (CustodyAction a : submission.actions()) {
            if (a instanceof CustodyAction.Extend x) {
                StoredItem it = current.apply(x.code());
                boolean shorter = x.period().isShorterThan(it.period())
                        || (!x.period().isPermanent() && it.expiry() != null && x.expiry() != null
                        && x.expiry().isBefore(it.expiry()))
                        || (x.period().isPermanent() && x.expiry() != null);
                if (shorter) {
                    throw StorageException.of("CD-5070", it.code().toString(), describe(it.period().code(),
                            it.expiry()), describe(x.period().code(), x.expiry()));
                }
                changed.put(x.code(), it.withPeriod(x.period(), x.expiry()));
            } else if (a instanceof CustodyAction.ApproveDestruction x) {
                StoredItem it = current.apply(x.code());
                requireDue(it, scopes, day);
                changed.put(x.code(), it.withDisposal(Disposal.decided(submission.id())));
            } else if (a instanceof CustodyAction.Destroy x) {
                StoredItem it = current.apply(x.code());
                requireDue(it, scopes, day);
                if (it.disposal() == null) {
                    throw StorageException.of("CD-5075", it.code().toString());
                }
                destroys.add(x);
                destroyed.add(x.code());
                changed.put(x.code(), it.withDisposal(it.disposal().destroyed(submission.id(), day)));
            } else if (a instanceof CustodyAction.Hold x) {
                StoredItem it = current.apply(x.code());
                changed.put(x.code(), it.withHold(x.hold()));
            } else if (a instanceof CustodyAction.Release x) {
                StoredItem it = current.apply(x.code());
                List<RetentionHold> hs = new ArrayList<>();
                boolean found = false;
                for (RetentionHold h : it.holds()) {
                    if (h.reason().equals(x.reason()) && h.isActiveOn(x.on())) {
                        hs.add(new RetentionHold(h.reason(), h.since(), x.on()));
                        found = true;
                    } else {
                        hs.add(h);
                    }
                }
                if (!found) {
                    throw StorageException.of("CD-5078", x.code(), StorageException.printable(x.reason()),
                            x.on().toString());
                }
                changed.put(x.code(), it.withHolds(hs));
            } else if (a instanceof CustodyAction.HoldOnScope x) {
                scopes.add(new ScopeHold(x.scope(), x.hold(), submission.id()));
            } else if (a instanceof CustodyAction.ReleaseScope x) {
                boolean found = false;
                for (int i = 0; i < scopes.size(); i++) {
                    ScopeHold h = scopes.get(i);
                    if (h.scope().equals(x.scope()) && h.hold().reason().equals(x.reason())
                            && h.hold().isActiveOn(x.on())) {
                        scopes.set(i, new ScopeHold(h.scope(), new RetentionHold(h.hold().reason(), h.hold().since(),
                                x.on()), h.recordId()));
                        found = true;
                    }
                }
                if (!found) {
                    throw StorageException.of("CD-5078", x.scope().toString(),
                            StorageException.printable(x.reason()), x.on().toString());
                }
            }
        }
        if (!destroys.isEmpty()) {
            checkSignOff(submission, destroys, changed, scopes, day);
        }
        return new Outcome(changed, scopes, destroyed);
    }

    /**
     * The record a store keeps for a submission: the submission's fields, the time, and the digest of the canonical
     * text in the store's algorithm.
     *
     * @param submission    the submission, not null
     * @param time          when the store keeps it, not null
     * @param algorithm     the store's digest algorithm, not null
     * @param auditSequence the sequence of the audit event that commits it
     * @return the record
     */
    public static CustodyRecord record(CustodySubmission submission, Instant time, DigestAlgorithm algorithm,
                                       long auditSequence) {
        requireNonNull(submission, "submission");
        String text = CustodyRecord.canonicalText(submission.id(), submission.kind(), submission.actor(),
                submission.date(), time, submission.subjects(), submission.body(), submission.actions());
        return new CustodyRecord(submission.id(), submission.kind(), submission.actor(), submission.date(), time,
                submission.subjects(), submission.body(), submission.actions(), digest(text, algorithm),
                auditSequence);
    }

    /**
     * The digest of a record's canonical text.
     *
     * @param canonicalText the text ({@link CustodyRecord#canonicalText()}), not null
     * @param algorithm     the algorithm, not null
     * @return the digest
     */
    public static Digest digest(String canonicalText, DigestAlgorithm algorithm) {
        return MultiDigester.of(algorithm).digest(canonicalText.getBytes(StandardCharsets.UTF_8)).get(algorithm);
    }

    /**
     * The audit details a store writes in the event that commits a record ({@code custody.<kind>}, subject the id):
     * the kind, the record's digest and how many actions it applied.
     *
     * @param r the record, not null
     * @return the details
     */
    public static Map<String, String> auditDetails(CustodyRecord r) {
        return Map.of("kind", r.kind(), "digest", r.digest().toString(), "actions",
                String.valueOf(r.actions().size()));
    }

    /**
     * Where an item stands on a day, counting the scope holds that cover it as well as its own holds.
     *
     * @param item       the item, not null
     * @param scopeHolds the store's scope holds, not null
     * @param day        the day, not null
     * @return the status
     */
    public static RetentionStatus status(StoredItem item, List<ScopeHold> scopeHolds, LocalDate day) {
        requireNonNull(item, "item");
        RetentionStatus s = item.status(day);
        if (s == RetentionStatus.RETAINED || s == RetentionStatus.DUE_FOR_APPRAISAL
                || s == RetentionStatus.AWAITING_EVENT) {
            for (ScopeHold h : scopeHolds) {
                if (h.blocks(item.code(), day)) {
                    return RetentionStatus.ON_HOLD;
                }
            }
        }
        return s;
    }

    /**
     * The holds active on a day for an item: its own and those of the scopes covering it.
     *
     * @param item       the item, not null
     * @param scopeHolds the store's scope holds, not null
     * @param day        the day, not null
     * @return the active holds
     */
    public static List<RetentionHold> activeHolds(StoredItem item, List<ScopeHold> scopeHolds, LocalDate day) {
        List<RetentionHold> out = new ArrayList<>();
        for (RetentionHold h : item.holds()) {
            if (h.isActiveOn(day)) {
                out.add(h);
            }
        }
        for (ScopeHold h : scopeHolds) {
            if (h.blocks(item.code(), day)) {
                out.add(h.hold());
            }
        }
        return out;
    }

    /**
     * Whether an item is an accounting record: its 门类 is {@code KJ} (DA/T 22-2015 门类代码 for 会计档案) or a sub-level.
     *
     * @param code the item's 档号, not null
     * @return true for accounting records
     */
    public static boolean isAccounting(ArchivalCode code) {
        return code.category().map(c -> c.toString().equals("KJ") || c.toString().startsWith("KJ·")).orElse(false);
    }

    private static void requireDue(StoredItem it, List<ScopeHold> scopes, LocalDate day) {
        RetentionStatus s = status(it, scopes, day);
        switch (s) {
            case DUE_FOR_APPRAISAL -> { }
            case PERMANENT -> throw StorageException.of("CD-5072", it.code().toString());
            case ON_HOLD -> throw StorageException.of("CD-5074", it.code().toString(),
                    activeHolds(it, scopes, day).stream().map(RetentionHold::reason).findFirst().orElse(""));
            default -> throw StorageException.of("CD-5073", it.code().toString(), s.name(),
                    String.valueOf(it.expiry()));
        }
    }

    private static void checkSignOff(CustodySubmission s, List<CustodyAction.Destroy> destroys,
                                     Map<String, StoredItem> changed, List<ScopeHold> scopes, LocalDate day) {
        DestructionList signed = s.signOff().orElseThrow(() -> StorageException.of("CD-5083"));
        Set<String> listed = new HashSet<>();
        signed.entries().forEach(e -> listed.add(e.code()));
        Set<String> wanted = new HashSet<>();
        destroys.forEach(d -> wanted.add(d.code()));
        if (!listed.equals(wanted)) {
            Set<String> diff = new HashSet<>(listed);
            diff.removeAll(wanted);
            Set<String> missing = new HashSet<>(wanted);
            missing.removeAll(listed);
            throw StorageException.of("CD-5085", String.join(", ", missing), String.join(", ", diff));
        }
        List<DestructionList.Entry> entries = new ArrayList<>();
        for (CustodyAction.Destroy d : destroys) {
            StoredItem after = changed.get(d.code());
            StoredItem before = after.withDisposal(Disposal.decided(after.disposal().appraisalId()));
            int year = after.year().orElse(day.getYear());
            entries.add(new DestructionList.Entry(String.valueOf(after.entry().title()), d.code(), year, year,
                    after.period(), d.accounting() || isAccounting(after.code()), status(before, scopes, day),
                    activeHolds(before, scopes, day), new AppraisalDecision.Destroy("appraisal "
                    + after.disposal().appraisalId())));
        }
        DestructionList rebuilt = new DestructionList(entries, signed.unitHead(), signed.archivist(),
                signed.accountingHandler(), signed.supervisors(), signed.confirmedBefore(), signed.confirmedAfter());
        List<Finding> findings = DestructionChecker.create().check(rebuilt, day);
        if (!findings.isEmpty()) {
            throw StorageException.of("CD-5084", String.valueOf(findings.size()),
                    findings.get(0).message().zh() + " / " + findings.get(0).message().en());
        }
    }

    private static String describe(String period, @org.jspecify.annotations.Nullable LocalDate expiry) {
        return expiry == null ? period : period + " (" + expiry + ")";
    }
}
