package org.cundang.custody.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AccessLedgerTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 2, 9, 0);

    private static AccessRecord entry(String id, AccessKind kind, LocalDate due) {
        AccessRequest q = new AccessRequest(Requester.staff("会计"), List.of("Z109-WS·2011-Y-BGS-0001"), "查账", kind,
                "村主任", due, "档案员");
        return new AccessRecord(id, q, T0);
    }

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (AccessException e) {
            return e.code();
        }
        throw new AssertionError("no exception");
    }

    @Test
    void returning_checks_the_loan() {
        AccessRecord loan = entry("access-1", AccessKind.LOAN, LocalDate.of(2026, 3, 9));
        AccessRecord consult = entry("access-2", AccessKind.CONSULT, null);
        AccessLedger l = AccessLedger.of(List.of(loan, consult), List.of());
        assertThat(code(() -> l.returning("r-9", "access-9", T0.plusDays(1), "档案员", null))).isEqualTo("CD-8049");
        assertThat(code(() -> l.returning("r-2", "access-2", T0.plusDays(1), "档案员", null))).isEqualTo("CD-8054");
        assertThat(code(() -> l.returning("r-1", "access-1", T0.minusMinutes(1), "档案员", null)))
                .isEqualTo("CD-8051");
        AccessReturn r = l.returning("r-1", "access-1", T0.plusDays(1), "档案员", "完好");
        AccessLedger after = AccessLedger.of(List.of(loan, consult), List.of(r));
        assertThat(after.returnOf("access-1")).contains(r);
        assertThat(code(() -> after.returning("r-1b", "access-1", T0.plusDays(2), "档案员", null)))
                .isEqualTo("CD-8050");
    }

    @Test
    void overdue_lists_unreturned_loans_past_due_earliest_first() {
        AccessRecord a = entry("access-1", AccessKind.LOAN, LocalDate.of(2026, 3, 20));
        AccessRecord b = entry("access-2", AccessKind.LOAN, LocalDate.of(2026, 3, 10));
        AccessRecord c = entry("access-3", AccessKind.LOAN, LocalDate.of(2026, 3, 5));
        AccessRecord d = entry("access-4", AccessKind.CONSULT, null);
        AccessReturn back = new AccessReturn("r-3", "access-3", T0.plusDays(10), "档案员", null);
        AccessReturn stray = new AccessReturn("r-x", "access-99", T0.plusDays(10), "档案员", null);
        AccessLedger l = AccessLedger.of(List.of(a, b, c, d), List.of(back, stray));
        assertThat(l.overdue(LocalDate.of(2026, 3, 21))).containsExactly(b, a);
        assertThat(l.overdue(LocalDate.of(2026, 3, 20))).containsExactly(b);
        assertThat(l.overdue(LocalDate.of(2026, 3, 10))).isEmpty();
        assertThat(l.openLoans()).containsExactly(a, b);
        assertThat(l.returnOf("access-99")).isEmpty();
        assertThat(l.record("access-4")).contains(d);
    }

    /** One step of a generated register: register a loan due in some days, or return the n-th loan. */
    record Step(boolean register, int days, int which) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Arbitraries.integers().between(0, 30).tuple3().map(t -> new Step(t.get1() % 3 != 0, t.get2(),
                t.get3())).list().ofMaxSize(40);
    }

    /**
     * Whatever sequence of registrations and returns (refused double returns included), the overdue list on any day
     * is exactly the loans not returned whose due day is before that day.
     */
    @Property(tries = 200)
    void overdue_is_exactly_the_unreturned_loans_past_due(@ForAll("steps") List<Step> steps,
                                                          @ForAll @net.jqwik.api.constraints.IntRange(min = 0,
                                                                  max = 40) int asOfDays) {
        List<AccessRecord> records = new ArrayList<>();
        List<AccessReturn> returns = new ArrayList<>();
        Set<String> returned = new HashSet<>();
        int n = 0;
        for (Step s : steps) {
            if (s.register() || records.isEmpty()) {
                n++;
                records.add(entry("access-" + n, AccessKind.LOAN, T0.toLocalDate().plusDays(s.days())));
            } else {
                AccessRecord loan = records.get(s.which() % records.size());
                AccessLedger l = AccessLedger.of(records, returns);
                if (returned.contains(loan.id())) {
                    assertThat(code(() -> l.returning("r-" + returns.size(), loan.id(), T0.plusDays(1), "a", null)))
                            .isEqualTo("CD-8050");
                } else {
                    returns.add(l.returning("r-" + returns.size(), loan.id(), T0.plusDays(1), "a", null));
                    returned.add(loan.id());
                }
            }
        }
        LocalDate asOf = T0.toLocalDate().plusDays(asOfDays);
        List<String> expected = records.stream()
                .filter(r -> !returned.contains(r.id()) && r.request().dueBack().isBefore(asOf))
                .map(AccessRecord::id).sorted().toList();
        List<String> actual = AccessLedger.of(records, returns).overdue(asOf).stream().map(AccessRecord::id)
                .sorted().toList();
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void nulls_are_named() {
        assertThatThrownBy(() -> AccessLedger.of(null, List.of())).hasMessage("records");
    }
}
