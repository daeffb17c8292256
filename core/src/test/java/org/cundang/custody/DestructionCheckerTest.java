package org.cundang.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cundang.Finding;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionPeriod;
import org.cundang.retention.RetentionStatus;
import org.junit.jupiter.api.Test;

class DestructionCheckerTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    static final DestructionChecker CHECKER = DestructionChecker.create();

    static DestructionList.Entry due(String code) {
        return new DestructionList.Entry("会计凭证", code, 1990, 1990, RetentionPeriod.D30, false,
                RetentionStatus.DUE_FOR_APPRAISAL, List.of(), new AppraisalDecision.Destroy("已满保管期限，无保存价值"));
    }

    static DestructionList signed(List<DestructionList.Entry> entries) {
        return new DestructionList(entries, "镇长 王某", "档案员 李某", "会计 赵某", List.of("监销人 甲", "监销人 乙"),
                List.of("监销人 甲", "监销人 乙"), List.of("监销人 甲", "监销人 乙"));
    }

    static List<String> codes(List<Finding> f) {
        return f.stream().map(Finding::code).toList();
    }

    @Test
    void a_complete_list_of_due_items_may_be_destroyed() {
        assertThat(CHECKER.check(signed(List.of(due("Z109-KU·1990-D30-0001"))), DAY)).isEmpty();
    }

    @Test
    void every_refusal_the_issue_names() {
        DestructionList.Entry notDue = new DestructionList.Entry("凭证", "Z109-KU·2020-D30-0001", 2020, 2020,
                RetentionPeriod.D30, true, RetentionStatus.RETAINED, List.of(), new AppraisalDecision.Destroy("x"));
        DestructionList.Entry held = new DestructionList.Entry("凭证", "Z109-KU·1990-D30-0002", 1990, 1990,
                RetentionPeriod.D30, true, RetentionStatus.ON_HOLD,
                List.of(RetentionHold.of("未结清债权债务", LocalDate.of(2025, 1, 1))), new AppraisalDecision.Destroy("x"));
        assertThat(codes(CHECKER.check(signed(List.of(notDue)), DAY))).containsExactly("CD-8010");
        assertThat(codes(CHECKER.check(signed(List.of(held)), DAY))).containsExactly("CD-8011");
        DestructionList oneSupervisor = new DestructionList(List.of(due("a")), "王", "李", null, List.of("甲"),
                List.of("甲"), List.of("甲"));
        assertThat(codes(CHECKER.check(oneSupervisor, DAY))).containsExactly("CD-8016");
        DestructionList samePersonTwice = new DestructionList(List.of(due("a")), "王", "李", null, List.of("甲", "甲 "),
                List.of("甲"), List.of("甲"));
        assertThat(codes(CHECKER.check(samePersonTwice, DAY))).containsExactly("CD-8016");
        DestructionList notConfirmedAfter = new DestructionList(List.of(due("a")), "王", "李", null, List.of("甲", "乙"),
                List.of("甲", "乙"), List.of("甲"));
        assertThat(codes(CHECKER.check(notConfirmedAfter, DAY))).containsExactly("CD-8017");
    }

    @Test
    void signatures_permanent_items_decisions_and_duplicates() {
        DestructionList.Entry accounting = new DestructionList.Entry("凭证", "b", 1990, 1990, RetentionPeriod.D30, true,
                RetentionStatus.DUE_FOR_APPRAISAL, List.of(), new AppraisalDecision.Destroy("x"));
        DestructionList unsigned = new DestructionList(List.of(accounting, accounting), null, " ", null,
                List.of("甲", "乙"), List.of("甲", "乙"), List.of("甲", "乙"));
        assertThat(codes(CHECKER.check(unsigned, DAY))).containsExactlyInAnyOrder("CD-8019", "CD-8014", "CD-8014",
                "CD-8015");
        DestructionList.Entry permanent = new DestructionList.Entry("决算", "c", 1990, 1990, RetentionPeriod.PERMANENT,
                false, RetentionStatus.PERMANENT, List.of(), new AppraisalDecision.Destroy("x"));
        DestructionList.Entry kept = new DestructionList.Entry("凭证", "d", 1990, 1990, RetentionPeriod.D30, false,
                RetentionStatus.DUE_FOR_APPRAISAL, List.of(), new AppraisalDecision.Keep(RetentionPeriod.PERMANENT, "有价值"));
        assertThat(codes(CHECKER.check(signed(List.of(permanent, kept)), DAY)))
                .containsExactlyInAnyOrder("CD-8012", "CD-8013");
        assertThat(codes(CHECKER.check(signed(List.of()), DAY))).containsExactly("CD-8018");
    }

    @Test
    void a_hold_that_ended_no_longer_blocks() {
        DestructionList.Entry wasHeld = new DestructionList.Entry("凭证", "e", 1990, 1990, RetentionPeriod.D30, false,
                RetentionStatus.DUE_FOR_APPRAISAL,
                List.of(new RetentionHold("纠纷", LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31))),
                new AppraisalDecision.Destroy("纠纷已了结"));
        assertThat(CHECKER.check(signed(List.of(wasHeld)), DAY)).isEmpty();
    }

    @Test
    void years_kept_counts_from_the_year_after_the_last_year() {
        assertThat(due("x").yearsKept(LocalDate.of(2021, 1, 1))).isEqualTo(30);
        assertThat(due("x").yearsKept(LocalDate.of(1990, 6, 1))).isZero();
    }

    @Test
    void an_appraisal_never_shortens_a_period() {
        assertThat(Appraisals.periodAfter(RetentionPeriod.D10, new AppraisalDecision.Keep(RetentionPeriod.D30, "x")))
                .isEqualTo(RetentionPeriod.D30);
        assertThatThrownBy(() -> Appraisals.periodAfter(RetentionPeriod.D30,
                new AppraisalDecision.Keep(RetentionPeriod.D10, "x"))).hasMessageStartingWith("CD-8001");
        assertThatThrownBy(() -> Appraisals.periodAfter(RetentionPeriod.D30, new AppraisalDecision.Destroy("x")))
                .hasMessageStartingWith("CD-8002");
    }

    @Provide
    Arbitrary<List<DestructionList.Entry>> entries() {
        Arbitrary<DestructionList.Entry> entry = Combinators.combine(
                Arbitraries.of(RetentionStatus.values()),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 9999)).as((status, held, destroy, n) ->
                new DestructionList.Entry("件" + n, String.format("Z109-WS·1990-D10-%04d", n), 1990, 1990,
                        status == RetentionStatus.PERMANENT ? RetentionPeriod.PERMANENT : RetentionPeriod.D10, false,
                        status, held ? List.of(RetentionHold.of("纠纷", LocalDate.of(2025, 1, 1))) : List.of(),
                        destroy ? new AppraisalDecision.Destroy("x") : new AppraisalDecision.Keep(RetentionPeriod.D30, "y")));
        return entry.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 300)
    void nothing_held_or_not_due_ever_passes(@ForAll("entries") List<DestructionList.Entry> entries) {
        List<Finding> findings = CHECKER.check(signed(entries), DAY);
        boolean everyItemDestroyable = entries.stream().allMatch(e -> e.status() == RetentionStatus.DUE_FOR_APPRAISAL
                && e.holds().isEmpty() && e.decision() instanceof AppraisalDecision.Destroy)
                && entries.stream().map(DestructionList.Entry::code).distinct().count() == entries.size();
        assertThat(findings.isEmpty()).isEqualTo(everyItemDestroyable);
        List<String> blocked = new ArrayList<>();
        for (DestructionList.Entry e : entries) {
            if (!e.holds().isEmpty() || e.status() != RetentionStatus.DUE_FOR_APPRAISAL) {
                blocked.add(e.code());
            }
        }
        assertThat(findings.stream().map(Finding::subject).toList()).containsAll(blocked);
    }
}
