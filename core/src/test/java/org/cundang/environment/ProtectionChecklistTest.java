package org.cundang.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cundang.Finding;
import org.cundang.Severity;
import org.junit.jupiter.api.Test;

class ProtectionChecklistTest {

    private static final ProtectionChecklists ALL = ProtectionChecklists.defaults();
    private static final ProtectionChecklist RUIAN = ALL.defaultChecklist();
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private static Inspection allPassed(String who, LocalDate date) {
        Map<String, InspectionResult> r = new LinkedHashMap<>();
        RUIAN.items().forEach(i -> r.put(i.id(), InspectionResult.pass()));
        return new Inspection(who, date, r);
    }

    @Test
    void default_is_the_seven_items_of_the_ruian_policy() {
        assertThat(RUIAN.id()).isEqualTo("ruian");
        assertThat(RUIAN.confidence()).isEqualTo(Confidence.V);
        assertThat(RUIAN.items()).extracting(i -> i.name().zh())
                .containsExactly("防高温", "防盗", "防火", "防潮", "防光", "防尘", "防有害生物");
        assertThat(RUIAN.items()).allMatch(i -> i.intervalDays() == 30);
    }

    @Test
    void alternatives_are_shipped_as_data() {
        assertThat(ALL.ids()).containsExactly("ruian", "bafang", "jgj25", "order13");
        assertThat(ALL.get("bafang").items()).extracting(i -> i.name().zh())
                .containsExactly("防火", "防盗", "防潮", "防光", "防尘", "防高温", "防虫", "防鼠");
        assertThat(ALL.get("order13").items()).hasSize(9);
        assertThat(ALL.get("jgj25").items()).extracting(i -> i.name().zh()).contains("防高低温", "防高低湿");
        assertThatThrownBy(() -> ALL.get("九防")).hasMessageStartingWith("CD-6001");
    }

    @Test
    void recent_complete_passing_inspection_gives_no_findings() {
        assertThat(RUIAN.review(List.of(allPassed("张三", TODAY.minusDays(10))), TODAY)).isEmpty();
    }

    @Test
    void items_never_inspected_are_errors() {
        Inspection partial = new Inspection("张三", TODAY, Map.of("fire", InspectionResult.pass()));
        List<Finding> f = RUIAN.review(List.of(partial), TODAY);
        assertThat(f).hasSize(6).allMatch(x -> x.code().equals("CD-6050") && x.severity() == Severity.ERROR);
        assertThat(f).extracting(Finding::subject).doesNotContain("ruian:fire").contains("ruian:heat");
        assertThat(f.get(0).message().zh()).contains("防高温", "从未检查");
    }

    @Test
    void inspections_older_than_the_interval_are_warnings() {
        List<Finding> f = RUIAN.review(List.of(allPassed("李四", TODAY.minusDays(31))), TODAY);
        assertThat(f).hasSize(7).allMatch(x -> x.code().equals("CD-6051") && x.severity() == Severity.WARNING);
        assertThat(RUIAN.review(List.of(allPassed("李四", TODAY.minusDays(30))), TODAY)).isEmpty();
        // A longer interval for one item.
        ProtectionChecklist quarterly = RUIAN.withIntervalDays("pests", 90);
        assertThat(quarterly.review(List.of(allPassed("李四", TODAY.minusDays(31))), TODAY))
                .extracting(Finding::subject).doesNotContain("ruian:pests").hasSize(6);
    }

    @Test
    void failed_item_not_reinspected_is_an_error_until_a_later_pass() {
        Map<String, InspectionResult> r = new LinkedHashMap<>();
        RUIAN.items().forEach(i -> r.put(i.id(), InspectionResult.pass()));
        r.put("damp", InspectionResult.fail("北墙渗水"));
        Inspection failed = new Inspection("王五", TODAY.minusDays(5), r);
        List<Finding> f = RUIAN.review(List.of(failed), TODAY);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("CD-6052");
            assertThat(x.isError()).isTrue();
            assertThat(x.message().zh()).contains("北墙渗水", "王五");
        });
        Inspection fixed = new Inspection("王五", TODAY.minusDays(1), Map.of("damp", InspectionResult.pass()));
        assertThat(RUIAN.review(List.of(fixed, failed), TODAY)).isEmpty();
    }

    @Test
    void unknown_items_and_future_records_are_warnings() {
        Map<String, InspectionResult> r = new LinkedHashMap<>();
        RUIAN.items().forEach(i -> r.put(i.id(), InspectionResult.pass()));
        r.put("rodents", InspectionResult.pass());
        List<Finding> f = RUIAN.review(List.of(new Inspection("赵六", TODAY, r),
                allPassed("赵六", TODAY.plusDays(1))), TODAY);
        assertThat(f).extracting(Finding::code).containsExactlyInAnyOrder("CD-6053", "CD-6054");
    }

    @Test
    void bad_records_and_lists_are_cd_6008() {
        assertThatThrownBy(() -> new Inspection(" ", TODAY, Map.of())).hasMessageStartingWith("CD-6008");
        assertThatThrownBy(() -> new Inspection("a\u0007", TODAY, Map.of())).hasMessageStartingWith("CD-6008");
        assertThatThrownBy(() -> RUIAN.withIntervalDays("fire", 0)).hasMessageStartingWith("CD-6008");
        assertThatThrownBy(() -> RUIAN.withIntervalDays("nope", 10)).hasMessageStartingWith("CD-6001");
        assertThatThrownBy(() -> new ProtectionChecklist("x", RUIAN.name(), List.of(), "s", Confidence.R))
                .hasMessageStartingWith("CD-6008");
        assertThatThrownBy(() -> ProtectionChecklists.read(new ByteArrayInputStream(
                "{\"checklists\":[{\"id\":\"x\"}]}".getBytes(StandardCharsets.UTF_8))))
                .hasMessageStartingWith("CD-6004");
    }
}
