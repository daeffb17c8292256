package org.cundang.custody.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Requester, AccessKind, AccessPolicy, AccessRequest: validation of hostile and bad values. */
class AccessValuesTest {

    private static void code(Runnable r, String code) {
        assertThatThrownBy(r::run).isInstanceOf(AccessException.class)
                .satisfies(e -> assertThat(((AccessException) e).code()).isEqualTo(code));
    }

    @Test
    void requester_strips_and_refuses_blank_long_and_control_characters() {
        Requester r = new Requester("  王五 ", " ", null, false);
        assertThat(r.name()).isEqualTo("王五");
        assertThat(r.idNumber()).isNull();
        code(() -> Requester.outsider(" "), "CD-8040");
        code(() -> Requester.outsider("a\u0000b"), "CD-8040");
        code(() -> Requester.outsider("x".repeat(201)), "CD-8040");
        code(() -> Requester.outsider("bad \uD800 surrogate"), "CD-8040");
        assertThat(Requester.outsider("𠀀𠮷 <b>'; DROP TABLE x;--").name()).isEqualTo("𠀀𠮷 <b>'; DROP TABLE x;--");
        assertThatThrownBy(() -> Requester.outsider(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void kinds_parse_from_names_and_chinese() {
        assertThat(AccessKind.parse("loan")).isEqualTo(AccessKind.LOAN);
        assertThat(AccessKind.parse("查阅")).isEqualTo(AccessKind.CONSULT);
        assertThat(AccessKind.parse(" 复制 ")).isEqualTo(AccessKind.COPY);
        assertThat(AccessKind.LOAN.label(Locale.ENGLISH)).isEqualTo("loan");
        assertThat(AccessKind.LOAN.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("借出");
        code(() -> AccessKind.parse("steal"), "CD-8040");
    }

    @Test
    void policy_defaults_follow_the_sources_and_bounds_are_checked() {
        AccessPolicy p = AccessPolicy.defaults();
        assertThat(p.openingYears()).isEqualTo(25);
        assertThat(p.loansAllowed()).isFalse();
        assertThat(p.withLoansAllowed(true).loansAllowed()).isTrue();
        code(() -> p.withOpeningYears(0), "CD-8052");
        code(() -> p.withOpeningYears(101), "CD-8052");
        assertThat(p.openingDate(LocalDate.of(2000, 2, 29))).contains(LocalDate.of(2025, 2, 28));
        assertThat(p.isOpen(null, LocalDate.of(3000, 1, 1))).isFalse();
    }

    @Test
    void request_checks_items_and_due_date() {
        Requester who = Requester.staff("会计");
        code(() -> new AccessRequest(who, List.of(), "p", AccessKind.CONSULT, null, null, "c"), "CD-8047");
        code(() -> new AccessRequest(who, List.of("A", "A"), "p", AccessKind.CONSULT, null, null, "c"), "CD-8047");
        code(() -> new AccessRequest(who, List.of("A\n"), "p", AccessKind.CONSULT, null, null, "c"), "CD-8047");
        code(() -> new AccessRequest(who, List.of("A"), "p", AccessKind.LOAN, null, null, "c"), "CD-8046");
        code(() -> new AccessRequest(who, List.of("A"), "p", AccessKind.COPY, null, LocalDate.of(2026, 1, 1), "c"),
                "CD-8046");
        code(() -> new AccessRequest(who, List.of("A"), " ", AccessKind.CONSULT, null, null, "c"), "CD-8040");
        AccessRequest q = new AccessRequest(who, List.of("A"), "p", AccessKind.CONSULT, "  ", null, "c");
        assertThat(q.approver()).isNull();
    }

    @Test
    void record_and_return_ids_are_checked() {
        AccessRequest q = new AccessRequest(Requester.staff("a"), List.of("A"), "p", AccessKind.CONSULT, null, null,
                "c");
        LocalDateTime t = LocalDateTime.of(2026, 3, 2, 9, 0);
        code(() -> new AccessRecord("bad id", q, t), "CD-8040");
        code(() -> new AccessRecord("-x", q, t), "CD-8040");
        code(() -> new AccessReturn("r-1", "../x", t, "a", null), "CD-8040");
        code(() -> new AccessReturn("r-1", "access-1", t, "", null), "CD-8040");
    }
}
