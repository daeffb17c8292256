package org.cundang.custody.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.cundang.ArchiveException;
import org.cundang.Finding;
import org.cundang.Severity;
import org.junit.jupiter.api.Test;

class AccessRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final AccessPolicy LENDING = AccessPolicy.defaults().withLoansAllowed(true);

    private static final AccessItem OLD = new AccessItem("Z109-WS·1990-Y-BGS-0001", "1990年村委会会议记录",
            LocalDate.of(1990, 5, 1), false, false);
    private static final AccessItem YOUNG = new AccessItem("Z109-WS·2011-Y-BGS-0001", "2011年村委会会议记录",
            LocalDate.of(2011, 3, 15), false, false);
    private static final AccessItem CONTROLLED = new AccessItem("Z109-WS·1980-Y-BGS-0002", "低保户名册",
            LocalDate.of(1980, 1, 1), true, false);
    private static final AccessItem DESTROYED = new AccessItem("Z109-WS·1990-D10-BGS-0003", "已销毁的通知",
            LocalDate.of(1990, 1, 1), false, true);

    private static AccessRequest request(Requester who, AccessKind kind, String approver, LocalDate due,
                                         AccessItem... items) {
        return new AccessRequest(who, java.util.Arrays.stream(items).map(AccessItem::code).toList(), "核对宅基地",
                kind, approver, due, "村档案员");
    }

    private static List<String> codes(List<Finding> fs) {
        return fs.stream().filter(Finding::isError).map(Finding::code).toList();
    }

    private static String thrown(Runnable r) {
        try {
            r.run();
        } catch (ArchiveException e) {
            return e.code();
        }
        throw new AssertionError("no exception");
    }

    @Test
    void staff_consults_an_uncontrolled_young_item_without_approval() {
        AccessRequest q = request(Requester.staff("村会计"), AccessKind.CONSULT, null, null, YOUNG);
        assertThat(AccessRules.check(q, List.of(YOUNG), AccessPolicy.defaults(), DAY)).isEmpty();
    }

    @Test
    void a_loan_is_refused_by_the_default_village_policy() {
        AccessRequest q = request(Requester.staff("村会计"), AccessKind.LOAN, "村主任", DAY.plusDays(7), OLD);
        assertThat(codes(AccessRules.check(q, List.of(OLD), AccessPolicy.defaults(), DAY))).containsExactly("CD-8041");
        assertThat(AccessRules.check(q, List.of(OLD), LENDING, DAY)).isEmpty();
    }

    @Test
    void a_loan_of_a_controlled_item_without_approval_is_refused() {
        AccessRequest q = request(Requester.staff("村会计"), AccessKind.LOAN, null, DAY.plusDays(7), CONTROLLED);
        assertThat(codes(AccessRules.check(q, List.of(CONTROLLED), LENDING, DAY))).containsExactly("CD-8042");
        assertThat(thrown(() -> AccessRules.requireAllowed(q, List.of(CONTROLLED), LENDING, DAY)))
                .isEqualTo("CD-8042");
        AccessRequest approved = request(Requester.staff("村会计"), AccessKind.LOAN, "村主任", DAY.plusDays(7),
                CONTROLLED);
        assertThat(AccessRules.check(approved, List.of(CONTROLLED), LENDING, DAY)).isEmpty();
    }

    @Test
    void the_requester_cannot_approve_their_own_access() {
        AccessRequest q = request(Requester.outsider("张三"), AccessKind.CONSULT, " 张三 ", null, CONTROLLED);
        assertThat(codes(AccessRules.check(q, List.of(CONTROLLED), AccessPolicy.defaults(), DAY)))
                .containsExactly("CD-8043");
        // full-width letters are the same person after NFKC
        AccessRequest fw = request(Requester.outsider("Wang"), AccessKind.CONSULT, "Ｗａｎｇ", null, OLD);
        assertThat(codes(AccessRules.check(fw, List.of(OLD), AccessPolicy.defaults(), DAY))).containsExactly("CD-8043");
    }

    @Test
    void a_destroyed_item_cannot_be_lent_or_copied_and_consulting_it_warns() {
        AccessRequest loan = request(Requester.staff("村会计"), AccessKind.LOAN, "村主任", DAY.plusDays(7), DESTROYED);
        assertThat(codes(AccessRules.check(loan, List.of(DESTROYED), LENDING, DAY))).containsExactly("CD-8044");
        AccessRequest copy = request(Requester.staff("村会计"), AccessKind.COPY, null, null, DESTROYED);
        assertThat(codes(AccessRules.check(copy, List.of(DESTROYED), LENDING, DAY))).containsExactly("CD-8044");
        AccessRequest consult = request(Requester.staff("村会计"), AccessKind.CONSULT, null, null, DESTROYED);
        List<Finding> fs = AccessRules.check(consult, List.of(DESTROYED), LENDING, DAY);
        assertThat(fs).extracting(Finding::code, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CD-8045", Severity.WARNING));
    }

    @Test
    void an_outsider_needs_approval_for_an_item_younger_than_the_opening_age() {
        AccessRequest q = request(Requester.outsider("村民李四"), AccessKind.CONSULT, null, null, YOUNG);
        List<Finding> fs = AccessRules.check(q, List.of(YOUNG), AccessPolicy.defaults(), DAY);
        assertThat(codes(fs)).containsExactly("CD-8048");
        assertThat(fs.get(0).message().zh()).contains("2036-03-15");
        AccessRequest old = request(Requester.outsider("村民李四"), AccessKind.CONSULT, null, null, OLD);
        assertThat(AccessRules.check(old, List.of(OLD), AccessPolicy.defaults(), DAY)).isEmpty();
        AccessRequest approved = request(Requester.outsider("村民李四"), AccessKind.CONSULT, "村主任", null, YOUNG);
        assertThat(AccessRules.check(approved, List.of(YOUNG), AccessPolicy.defaults(), DAY)).isEmpty();
    }

    @Test
    void the_opening_age_is_configurable_and_the_opening_day_is_included() {
        AccessItem i = new AccessItem("Z109-WS·2001-Y-BGS-0001", "t", LocalDate.of(2001, 3, 2), false, false);
        AccessRequest q = request(Requester.outsider("李四"), AccessKind.CONSULT, null, null, i);
        assertThat(AccessRules.check(q, List.of(i), AccessPolicy.defaults(), DAY)).isEmpty();
        assertThat(codes(AccessRules.check(q, List.of(i), AccessPolicy.defaults(), DAY.minusDays(1))))
                .containsExactly("CD-8048");
        assertThat(codes(AccessRules.check(q, List.of(i), AccessPolicy.defaults().withOpeningYears(30), DAY)))
                .containsExactly("CD-8048");
    }

    @Test
    void an_item_of_unknown_formation_is_never_open_to_outsiders() {
        AccessItem i = new AccessItem("Z109-WS-Y-0001", "t", null, false, false);
        AccessRequest q = request(Requester.outsider("李四"), AccessKind.CONSULT, null, null, i);
        assertThat(codes(AccessRules.check(q, List.of(i), AccessPolicy.defaults(), DAY))).containsExactly("CD-8048");
    }

    @Test
    void every_problem_is_reported_not_only_the_first() {
        AccessRequest q = request(Requester.outsider("张三"), AccessKind.LOAN, null, DAY.minusDays(1), CONTROLLED,
                DESTROYED, YOUNG);
        assertThat(codes(AccessRules.check(q, List.of(CONTROLLED, DESTROYED, YOUNG), AccessPolicy.defaults(), DAY)))
                .containsExactly("CD-8041", "CD-8046", "CD-8042", "CD-8044", "CD-8048");
    }

    @Test
    void an_item_without_facts_is_an_error() {
        AccessRequest q = request(Requester.staff("a"), AccessKind.CONSULT, null, null, OLD);
        assertThat(codes(AccessRules.check(q, List.of(), AccessPolicy.defaults(), DAY))).containsExactly("CD-8053");
    }

    @Test
    void items_opening_in_a_year_are_listed_in_opening_order() {
        AccessItem a = new AccessItem("A", "a", LocalDate.of(2001, 12, 31), false, false);
        AccessItem b = new AccessItem("B", "b", LocalDate.of(2001, 1, 1), false, false);
        AccessItem c = new AccessItem("C", "c", LocalDate.of(2002, 1, 1), false, false);
        AccessItem unknown = new AccessItem("D", "d", null, false, false);
        assertThat(AccessRules.openingIn(List.of(a, b, c, unknown), 2026, AccessPolicy.defaults()))
                .containsExactly(b, a);
        assertThat(AccessRules.openingDate(b, AccessPolicy.defaults())).contains(LocalDate.of(2026, 1, 1));
        assertThat(AccessRules.openingDate(unknown, AccessPolicy.defaults())).isEmpty();
    }

    @Test
    void null_arguments_are_named() {
        assertThatThrownBy(() -> AccessRules.check(null, List.of(), AccessPolicy.defaults(), DAY))
                .isInstanceOf(NullPointerException.class).hasMessage("request");
    }
}
