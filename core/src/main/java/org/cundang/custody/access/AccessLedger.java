package org.cundang.custody.access;

import static java.util.Objects.requireNonNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cundang.internal.text.FieldText;
import org.jspecify.annotations.Nullable;

/**
 * The register read back: the entries and the returns, with the loans still out and those overdue. A return that
 * refers to no loan (only possible in records edited behind the register's back) is ignored; of two returns of one
 * loan the first counts. Immutable.
 */
public final class AccessLedger {

    private final Map<String, AccessRecord> records = new LinkedHashMap<>();
    private final Map<String, AccessReturn> returns = new LinkedHashMap<>();

    private AccessLedger(Collection<AccessRecord> rs, Collection<AccessReturn> rets) {
        for (AccessRecord r : rs) {
            records.putIfAbsent(requireNonNull(r, "record").id(), r);
        }
        for (AccessReturn r : rets) {
            if (records.containsKey(requireNonNull(r, "return").loanId())) {
                returns.putIfAbsent(r.loanId(), r);
            }
        }
    }

    /**
     * A ledger of entries and returns.
     *
     * @param records the entries in the order kept, not null
     * @param returns the returns in the order kept, not null
     * @return the ledger
     */
    public static AccessLedger of(Collection<AccessRecord> records, Collection<AccessReturn> returns) {
        return new AccessLedger(requireNonNull(records, "records"), requireNonNull(returns, "returns"));
    }

    /** @return every entry, in the order kept */
    public List<AccessRecord> records() {
        return List.copyOf(records.values());
    }

    /**
     * @param id an entry id, not null
     * @return the entry
     */
    public Optional<AccessRecord> record(String id) {
        return Optional.ofNullable(records.get(requireNonNull(id, "id")));
    }

    /**
     * @param loanId a loan's id, not null
     * @return its return, or empty while it is out
     */
    public Optional<AccessReturn> returnOf(String loanId) {
        return Optional.ofNullable(returns.get(requireNonNull(loanId, "loanId")));
    }

    /** @return the loans not returned, in the order kept */
    public List<AccessRecord> openLoans() {
        return records.values().stream().filter(r -> r.isLoan() && !returns.containsKey(r.id())).toList();
    }

    /**
     * The overdue loans on a day: not returned and due back before that day; earliest due first, then by id.
     *
     * @param day the day, not null
     * @return the overdue loans
     */
    public List<AccessRecord> overdue(LocalDate day) {
        requireNonNull(day, "day");
        return openLoans().stream().filter(r -> r.isPastDue(day))
                .sorted(Comparator.comparing((AccessRecord r) -> r.request().dueBack()).thenComparing(AccessRecord::id))
                .toList();
    }

    /**
     * Checks and builds the return of a loan.
     *
     * @param id         the return's id, not null
     * @param loanId     the loan's id, not null
     * @param timeBack   when the items came back, not null
     * @param receivedBy who took them back, not null
     * @param note       their state, or null
     * @return the return, to be kept
     * @throws AccessException CD-8049 (no such entry), CD-8054 (the entry is not a loan), CD-8050 (already returned),
     *                         CD-8051 (back before it went out), CD-8040 (a bad text)
     */
    public AccessReturn returning(String id, String loanId, LocalDateTime timeBack, String receivedBy,
                                  @Nullable String note) {
        requireNonNull(loanId, "loanId");
        requireNonNull(timeBack, "timeBack");
        AccessRecord loan = records.get(loanId);
        if (loan == null) {
            throw AccessException.of("CD-8049", FieldText.printable(loanId));
        }
        if (!loan.isLoan()) {
            throw AccessException.of("CD-8054", loanId, loan.request().kind().zh());
        }
        AccessReturn done = returns.get(loanId);
        if (done != null) {
            throw AccessException.of("CD-8050", loanId, done.timeBack().toString());
        }
        if (timeBack.isBefore(loan.timeOut())) {
            throw AccessException.of("CD-8051", loanId, timeBack.toString(), loan.timeOut().toString());
        }
        return new AccessReturn(id, loanId, timeBack, receivedBy, note);
    }
}
