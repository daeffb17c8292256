package org.cundang.arrange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.cundang.Finding;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeException;
import org.cundang.code.CodeTemplate;
import org.cundang.retention.RetentionPeriod;
import org.cundang.schedule.RetentionSchedule;
import org.cundang.schedule.Schedules;
import org.junit.jupiter.api.Test;

class ArrangerTest {

    static final Arranger ARRANGER = Arranger.builder("Z109").build();

    static ArrangeItem.Builder item(String ref, String title, String date) {
        return ArrangeItem.builder(ref, title).date(LocalDate.parse(date)).responsible("某某村委会").pages(3);
    }

    @Test
    void numbers_the_DA_T_22_example_code() {
        // DA/T 22-2015 5.4.2 (V): Z109-WS·2011-Y-BGS-0001
        Arrangement a = ARRANGER.arrange(List.of(item("1", "关于召开村民代表会议的通知", "2011-03-15")
                .period(RetentionPeriod.PERMANENT).org("BGS").build()));
        assertThat(a.findings()).isEmpty();
        CatalogueEntry e = a.entries().get(0);
        assertThat(e.code()).isEqualTo("Z109-WS·2011-Y-BGS-0001");
        assertThat(e.sequence()).isEqualTo(1);
        assertThat(e.date()).isEqualTo("20110315");
        assertThat(e.period()).isEqualTo("Y");
        assertThat(e.pages()).isEqualTo(3);
    }

    @Test
    void orders_by_date_inside_a_class_and_numbers_each_class_from_one() {
        Arrangement a = ARRANGER.arrange(List.of(
                item("a", "十月", "2023-10-01").period(RetentionPeriod.D10).build(),
                item("b", "一月", "2023-01-05").period(RetentionPeriod.D10).build(),
                item("c", "永久一月", "2023-01-09").period(RetentionPeriod.PERMANENT).build(),
                item("d", "三月", "2023-03-01").period(RetentionPeriod.D10).build()));
        assertThat(a.entries()).extracting(CatalogueEntry::title, CatalogueEntry::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("永久一月", "Z109-WS·2023-Y-0001"),
                org.assertj.core.groups.Tuple.tuple("一月", "Z109-WS·2023-D10-0001"),
                org.assertj.core.groups.Tuple.tuple("三月", "Z109-WS·2023-D10-0002"),
                org.assertj.core.groups.Tuple.tuple("十月", "Z109-WS·2023-D10-0003"));
        assertThat(a.entries()).extracting(CatalogueEntry::sequence).containsExactly(1, 2, 3, 4);
    }

    @Test
    void keeps_items_of_one_matter_together_at_the_earliest_date() {
        Arrangement a = ARRANGER.arrange(List.of(
                item("1", "请示", "2023-02-01").matter("修路").period(RetentionPeriod.D30).build(),
                item("2", "别的事", "2023-02-10").period(RetentionPeriod.D30).build(),
                item("3", "批复", "2023-03-01").matter("修路").period(RetentionPeriod.D30).build()));
        assertThat(a.entries()).extracting(CatalogueEntry::title).containsExactly("请示", "批复", "别的事");
    }

    @Test
    void takes_the_period_from_the_schedule_entry() {
        RetentionSchedule village = Schedules.bundled().schedule("village-2017");
        Arranger arranger = Arranger.builder("Z109").schedule(village).build();
        String entryId = village.entries().get(0).id();
        RetentionPeriod expected = village.entries().get(0).period();
        Arrangement a = arranger.arrange(List.of(item("1", "会议记录", "2020-06-01").scheduleEntry(entryId).build()));
        assertThat(a.findings()).isEmpty();
        assertThat(a.entries().get(0).period()).isEqualTo(expected.code());
        assertThat(a.entries().get(0).scheduleEntry()).isEqualTo(entryId);
    }

    @Test
    void reports_items_that_cannot_be_placed() {
        RetentionSchedule village = Schedules.bundled().schedule("village-2017");
        String permanentEntry = village.entries().stream().filter(e -> e.period().isPermanent()).findFirst()
                .orElseThrow().id();
        Arranger arranger = Arranger.builder("Z109").schedule(village).build();
        Arrangement a = arranger.arrange(List.of(
                ArrangeItem.builder("no-date", "无日期").responsible("村委会").period(RetentionPeriod.D10).build(),
                item("no-period", "无期限", "2020-01-01").build(),
                item("unknown", "未知条目", "2020-01-01").scheduleEntry("NO-SUCH").build(),
                item("short", "期限过短", "2020-01-01").scheduleEntry(permanentEntry).period(RetentionPeriod.D10).build(),
                item("blank", "", "2020-01-01").period(RetentionPeriod.D10).build(),
                item("ok", "合格", "2020-01-01").period(RetentionPeriod.D10).build()));
        assertThat(a.entries()).extracting(CatalogueEntry::title).containsExactly("合格");
        assertThat(a.entries().get(0).code()).isEqualTo("Z109-WS·2020-D10-0001");
        assertThat(a.findings()).extracting(Finding::subject, Finding::code).contains(
                org.assertj.core.groups.Tuple.tuple("no-date", "CD-3110"),
                org.assertj.core.groups.Tuple.tuple("no-period", "CD-3111"),
                org.assertj.core.groups.Tuple.tuple("unknown", "CD-3112"),
                org.assertj.core.groups.Tuple.tuple("short", "CD-3113"),
                org.assertj.core.groups.Tuple.tuple("blank", "CD-3001"),
                org.assertj.core.groups.Tuple.tuple("blank", "CD-3114"));
        assertThat(a.hasErrors()).isTrue();
        assertThat(a.findings()).allSatisfy(f -> assertThat(f.message().zh()).isNotBlank());
    }

    @Test
    void a_longer_period_than_the_schedule_is_accepted() {
        RetentionSchedule village = Schedules.bundled().schedule("village-2017");
        String d10Entry = village.entries().stream().filter(e -> e.period().equals(RetentionPeriod.D10))
                .findFirst().orElseThrow().id();
        Arrangement a = Arranger.builder("Z109").schedule(village).build().arrange(List.of(
                item("1", "延长保管", "2020-01-01").scheduleEntry(d10Entry).period(RetentionPeriod.D30).build()));
        assertThat(a.findings()).isEmpty();
        assertThat(a.entries().get(0).period()).isEqualTo("D30");
    }

    @Test
    void reports_a_code_that_cannot_be_formed() {
        Arrangement a = ARRANGER.arrange(List.of(item("1", "机构代码过长", "2020-01-01").org("TOOLONGORG")
                .period(RetentionPeriod.D10).build()));
        assertThat(a.entries()).isEmpty();
        assertThat(a.findings()).extracting(Finding::code).containsExactly("CD-3115");
    }

    @Test
    void goes_on_after_codes_already_used() {
        var used = List.of(CodeTemplate.daT22().parse("Z109-WS·2020-D10-0007"));
        Arrangement a = ARRANGER.arrange(List.of(item("1", "续编", "2020-05-01").period(RetentionPeriod.D10).build()),
                used);
        assertThat(a.entries().get(0).code()).isEqualTo("Z109-WS·2020-D10-0008");
    }

    @Test
    void rejects_a_bad_fonds_and_bad_pages() {
        assertThatThrownBy(() -> Arranger.builder("Z 1").build()).isInstanceOf(CodeException.class);
        assertThatThrownBy(() -> ArrangeItem.builder("1", "x").pages(0).build())
                .isInstanceOf(ArrangeException.class).hasMessageStartingWith("CD-3100");
        assertThatThrownBy(() -> ArrangeItem.builder("1", "x").pages(100_001).build())
                .isInstanceOf(ArrangeException.class);
    }
}
