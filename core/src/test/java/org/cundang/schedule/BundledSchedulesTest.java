package org.cundang.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Clock;
import org.cundang.retention.RetentionAssessment;
import org.cundang.retention.RetentionEvaluator;
import org.cundang.retention.RetentionItem;
import org.cundang.retention.RetentionPeriod;
import org.cundang.retention.RetentionStatus;
import org.cundang.retention.RetentionTrigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BundledSchedulesTest {

    private final BundledSchedules bundled = Schedules.bundled();

    @Test
    void lists_the_bundled_tables_by_id() {
        assertThat(bundled.ids()).containsExactly("accounting-2015-annex1", "accounting-2015-annex2", "township-2021",
                "village-2017", "ruian-example");
        assertThat(bundled.layers()).extracting(ScheduleLayer::id).containsExactlyElementsOf(bundled.ids());
        assertThat(bundled.layer("nope")).isEmpty();
        assertThatThrownBy(() -> bundled.schedule("nope"))
                .isInstanceOfSatisfying(ScheduleException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-2017");
                    assertThat(e.getMessage()).contains("nope").contains("village-2017");
                });
    }

    /** 会计档案管理办法 附表1, every item, periods as DOMAIN.md §2.4 lists them (V). */
    @ParameterizedTest
    @CsvSource({"A1-01,原始凭证,D30", "A1-02,记账凭证,D30", "A1-03,总账,D30", "A1-04,明细账,D30", "A1-05,日记账,D30",
            "A1-06,固定资产卡片,E5:固定资产报废清理", "A1-07,其他辅助性账簿,D30",
            "A1-08,月度、季度、半年度财务会计报告,D10", "A1-09,年度财务会计报告,Y", "A1-10,银行存款余额调节表,D10",
            "A1-11,银行对账单,D10", "A1-12,纳税申报表,D10", "A1-13,会计档案移交清册,D30", "A1-14,会计档案保管清册,Y",
            "A1-15,会计档案销毁清册,Y", "A1-16,会计档案鉴定意见书,Y"})
    void accounting_annex_1_is_complete(String id, String title, String period) {
        RetentionSchedule s = bundled.schedule("accounting-2015-annex1");
        ScheduleEntry e = s.require(id).entry();
        assertThat(e.title()).isEqualTo(title);
        assertThat(e.period().code()).isEqualTo(period);
        assertThat(e.trigger()).isEqualTo(RetentionTrigger.accountingYearEnd());
        assertThat(e.confidence()).isEqualTo(Confidence.VERIFIED);
        assertThat(e.category()).isEqualTo("KU");
        assertThat(e.mandate()).contains("令第79号").contains("第十四条").contains("附表1");
    }

    @Test
    void accounting_annex_1_has_exactly_16_items_and_is_not_provisional() {
        RetentionSchedule s = bundled.schedule("accounting-2015-annex1");
        assertThat(s.entries()).hasSize(16);
        ScheduleLayer layer = s.layers().get(0);
        assertThat(layer.level()).isEqualTo(ScheduleLevel.NATIONAL);
        assertThat(layer.version()).isEqualTo("2015-12-11");
        assertThat(layer.provisional()).isFalse();
        assertThat(layer.example()).isFalse();
        assertThat(layer.isOverlay()).isFalse();
    }

    @Test
    void the_fixed_asset_card_is_counted_from_scrapping() {
        RetentionPeriod p = bundled.schedule("accounting-2015-annex1").require("A1-06").period();
        assertThat(p.kind()).isEqualTo(RetentionPeriod.Kind.AFTER_EVENT);
        assertThat(p.event()).contains("固定资产报废清理");
        assertThat(p.years()).hasValue(5);
        assertThat(p.label()).isEqualTo("固定资产报废清理后保管5年");
    }

    @Test
    void keyword_记账凭证_finds_the_accounting_entry_with_D30() {
        assertThat(bundled.schedule("accounting-2015-annex1").find("记账凭证"))
                .singleElement().satisfies(e -> {
                    assertThat(e.id()).isEqualTo("A1-02");
                    assertThat(e.period()).isEqualTo(RetentionPeriod.D30);
                });
    }

    @Test
    void evaluating_a_bundled_entry_counts_from_the_accounting_year_end() {
        ResolvedEntry e = bundled.schedule("accounting-2015-annex1").require("A1-02");
        RetentionAssessment a = RetentionEvaluator.of(Clock.systemUTC())
                .evaluate(RetentionItem.builder().accountingYear(2015).rule(e.rule()).build(), LocalDate.of(2046, 1, 1));
        assertThat(a.start()).contains(LocalDate.of(2016, 1, 1));
        assertThat(a.expiry()).contains(LocalDate.of(2045, 12, 31));
        assertThat(a.status()).isEqualTo(RetentionStatus.DUE_FOR_APPRAISAL);
        assertThat(a.rule().entry()).contains("A1-02");
    }

    @ParameterizedTest
    @CsvSource({"A2-01,D30", "A2-05,E5:固定资产报废清理", "A2-06,Y", "A2-10,Y", "A2-11,D10", "A2-13,D10", "A2-14,D2"})
    void accounting_annex_2_has_the_verified_rows(String id, String period) {
        ScheduleEntry e = bundled.schedule("accounting-2015-annex2").require(id).entry();
        assertThat(e.period().code()).isEqualTo(period);
        assertThat(e.confidence()).isEqualTo(Confidence.VERIFIED);
        assertThat(e.mandate()).contains("附表2");
    }

    /** 乡镇档案工作办法 (令第18号) annex sample rows, DOMAIN.md §1.4 (V). */
    @ParameterizedTest
    @CsvSource({"XZ-1.1,Y", "XZ-1.2.1,Y", "XZ-1.2.2,Y", "XZ-1.2.3,D10", "XZ-1.4,Y", "XZ-1.5-1,Y", "XZ-1.5-2,D30",
            "XZ-1.6,Y"})
    void township_rows_match_the_annex(String id, String period) {
        ScheduleEntry e = bundled.schedule("township-2021").require(id).entry();
        assertThat(e.period().code()).isEqualTo(period);
        assertThat(e.confidence()).isEqualTo(Confidence.VERIFIED);
        assertThat(e.mandate()).contains("令第18号");
        assertThat(e.trigger()).isEqualTo(RetentionTrigger.formationYear());
    }

    @Test
    void the_village_skeleton_is_provisional_and_recalled() {
        RetentionSchedule s = bundled.schedule("village-2017");
        assertThat(s.provisional()).isTrue();
        assertThat(s.example()).isFalse();
        assertThat(s.entries()).allSatisfy(e -> assertThat(e.entry().confidence()).isEqualTo(Confidence.RECALLED));
        assertThat(s.entries()).extracting(e -> e.entry().category())
                .contains("WS", "KU", "KJ·JJ", "KJ·SB", "ZP", "SW");
        // 村务档案 items of 村民委员会组织法 第三十四条 (DOMAIN.md §1.2).
        for (String keyword : new String[] {"选举文件", "选票", "土地发包方案和承包合同", "集体财务", "集体资产登记",
                "公益设施", "基本建设", "宅基地使用方案", "征地补偿费使用及分配方案", "会议记录"}) {
            assertThat(s.find(keyword)).as(keyword).isNotEmpty();
        }
        // 涉民 items are marked in the note; custody itself is a local (overlay) decision.
        assertThat(s.entries()).filteredOn(e -> e.entry().note().orElse("").contains("涉民")).hasSize(12);
        assertThat(s.townshipCustodyEntries()).isEmpty();
    }

    @Test
    void the_ruian_overlay_is_an_example_that_puts_涉民_entries_in_township_custody() {
        RetentionSchedule s = bundled.schedule("ruian-example");
        assertThat(s.layers()).extracting(ScheduleLayer::id).containsExactly("village-2017", "ruian-example");
        assertThat(s.example()).isTrue();
        assertThat(s.layers().get(1).level()).isEqualTo(ScheduleLevel.COUNTY);
        RetentionSchedule base = bundled.schedule("village-2017");
        for (ResolvedEntry e : base.entries()) {
            boolean sheMin = e.entry().note().orElse("").contains("涉民");
            ScheduleEntry over = s.require(e.id()).entry();
            assertThat(over.townshipCustody()).as(e.id()).isEqualTo(sheMin);
            if (sheMin) {
                assertThat(over.digitisationRequired()).as(e.id()).isTrue();
                assertThat(over.mandate()).contains("瑞安");
            }
            assertThat(over.period().isShorterThan(e.period())).as(e.id()).isFalse();
        }
        ResolvedEntry dibao = s.require("CJ-2.6");
        assertThat(dibao.period()).isEqualTo(RetentionPeriod.PERMANENT);
        assertThat(base.require("CJ-2.6").period()).isEqualTo(RetentionPeriod.D30);
        assertThat(dibao.periodSetBy()).isEqualTo("ruian-example");
        assertThat(dibao.definedIn()).isEqualTo("village-2017");
        assertThat(s.require("CJ-1.1").periodSetBy()).isEqualTo("village-2017");
        assertThat(s.require("RA-1").definedIn()).isEqualTo("ruian-example");
    }
}
