package org.cundang.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import org.cundang.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionEvaluatorTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final RetentionEvaluator evaluator = RetentionEvaluator.of(Clock.fixed(
            Instant.parse("2026-01-01T02:00:00Z"), SHANGHAI));

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Nested
    @DisplayName("the issue's example: D10 formed 2015-06-01")
    class IssueExample {
        private final RetentionItem item = RetentionItem.formed(d("2015-06-01"), RetentionPeriod.D10);

        @Test
        void starts_on_1_January_of_the_next_year_and_expires_ten_years_later() {
            RetentionAssessment a = evaluator.evaluate(item, d("2020-01-01"));
            assertThat(a.start()).contains(d("2016-01-01"));
            assertThat(a.expiry()).contains(d("2025-12-31"));
            assertThat(a.dueFrom()).contains(d("2026-01-01"));
            assertThat(a.period()).isEqualTo(RetentionPeriod.D10);
            assertThat(a.reason()).isEqualTo(RetentionReason.COUNTED_FROM_NEXT_YEAR);
            assertThat(a.findings()).isEmpty();
        }

        @Test
        void is_retained_through_the_expiry_date() {
            assertThat(evaluator.evaluate(item, d("2025-12-31")).status()).isEqualTo(RetentionStatus.RETAINED);
        }

        @Test
        void is_due_for_appraisal_from_the_next_day() {
            assertThat(evaluator.evaluate(item, d("2026-01-01")).status())
                    .isEqualTo(RetentionStatus.DUE_FOR_APPRAISAL);
        }

        @Test
        void uses_the_clock_when_no_date_is_given() {
            // 2026-01-01T02:00Z is 2026-01-01 10:00 in Shanghai.
            RetentionAssessment a = evaluator.evaluate(item);
            assertThat(a.asOf()).isEqualTo(d("2026-01-01"));
            assertThat(a.status()).isEqualTo(RetentionStatus.DUE_FOR_APPRAISAL);
        }
    }

    @Nested
    @DisplayName("accounting archives (令第79号 第十四条)")
    class Accounting {
        @Test
        void count_from_the_day_after_the_accounting_year_ends() {
            RetentionAssessment a = evaluator.evaluate(RetentionItem.accountingYear(2015, RetentionPeriod.D30),
                    d("2030-01-01"));
            assertThat(a.start()).contains(d("2016-01-01"));
            assertThat(a.expiry()).contains(d("2045-12-31"));
            assertThat(a.status()).isEqualTo(RetentionStatus.RETAINED);
            assertThat(a.reason()).isEqualTo(RetentionReason.COUNTED_FROM_ACCOUNTING_YEAR_END);
        }

        @Test
        void a_formation_date_gives_the_accounting_year() {
            RetentionItem item = RetentionItem.builder().formed(d("2015-12-31")).period(RetentionPeriod.D10)
                    .trigger(RetentionTrigger.accountingYearEnd()).build();
            assertThat(evaluator.evaluate(item, d("2020-01-01")).start()).contains(d("2016-01-01"));
        }

        @Test
        void another_accounting_year_end_is_configurable() {
            RetentionEvaluator july = RetentionEvaluator.of(Clock.systemUTC(),
                    CountingRules.defaults().withAccountingYearEnd(MonthDay.of(6, 30)));
            RetentionAssessment a = july.evaluate(RetentionItem.accountingYear(2015, RetentionPeriod.D10), d("2020-01-01"));
            assertThat(a.start()).contains(d("2015-07-01"));
            assertThat(a.expiry()).contains(d("2025-06-30"));
            RetentionItem formed = RetentionItem.builder().formed(d("2015-08-01")).period(RetentionPeriod.D10)
                    .trigger(RetentionTrigger.accountingYearEnd()).build();
            assertThat(july.evaluate(formed, d("2020-01-01")).start()).contains(d("2016-07-01"));
        }

        @Test
        void the_fixed_asset_card_waits_for_scrapping() {
            RetentionPeriod card = RetentionPeriod.parse("固定资产报废清理后保管5年");
            RetentionItem waiting = RetentionItem.builder().accountingYear(2010).period(card).build();
            RetentionAssessment a = evaluator.evaluate(waiting, d("2030-01-01"));
            assertThat(a.status()).isEqualTo(RetentionStatus.AWAITING_EVENT);
            assertThat(a.start()).isEmpty();
            assertThat(a.expiry()).isEmpty();
            assertThat(a.reason()).isEqualTo(RetentionReason.EVENT_NOT_RECORDED);
            assertThat(a.reasonText().zh()).contains("固定资产报废清理");
        }

        @Test
        void after_scrapping_the_count_starts_after_the_accounting_year_of_the_event() {
            RetentionPeriod card = RetentionPeriod.afterEvent("固定资产报废清理", 5);
            RetentionItem scrapped = RetentionItem.builder().accountingYear(2010).period(card)
                    .event("固定资产报废清理", d("2020-05-10")).build();
            RetentionAssessment a = evaluator.evaluate(scrapped, d("2025-12-31"));
            assertThat(a.start()).contains(d("2021-01-01"));
            assertThat(a.expiry()).contains(d("2025-12-31"));
            assertThat(a.status()).isEqualTo(RetentionStatus.RETAINED);
            assertThat(a.reason()).isEqualTo(RetentionReason.COUNTED_FROM_EVENT);
            assertThat(evaluator.evaluate(scrapped, d("2026-01-01")).status())
                    .isEqualTo(RetentionStatus.DUE_FOR_APPRAISAL);
        }

        @Test
        void an_event_dated_after_the_as_of_date_has_not_occurred_yet() {
            RetentionItem item = RetentionItem.builder().accountingYear(2010)
                    .period(RetentionPeriod.afterEvent("固定资产报废清理", 5))
                    .event("固定资产报废清理", d("2027-03-01")).build();
            assertThat(evaluator.evaluate(item, d("2026-01-01")).status()).isEqualTo(RetentionStatus.AWAITING_EVENT);
            assertThat(evaluator.evaluate(item, d("2027-03-01")).status()).isEqualTo(RetentionStatus.RETAINED);
        }
    }

    @Nested
    @DisplayName("event triggers")
    class Events {
        @Test
        void count_from_the_event_plus_the_offset() {
            RetentionItem item = RetentionItem.builder().formed(d("2010-03-01")).period(RetentionPeriod.D10)
                    .trigger(RetentionTrigger.event("合同终止", 1)).event("合同终止", d("2012-06-30")).build();
            RetentionAssessment a = evaluator.evaluate(item, d("2022-06-30"));
            assertThat(a.start()).contains(d("2012-07-01"));
            assertThat(a.expiry()).contains(d("2022-06-30"));
            assertThat(a.status()).isEqualTo(RetentionStatus.RETAINED);
            assertThat(evaluator.evaluate(item, d("2022-07-01")).status()).isEqualTo(RetentionStatus.DUE_FOR_APPRAISAL);
        }

        @Test
        void an_event_before_the_formation_date_is_reported() {
            RetentionItem item = RetentionItem.builder().id("Z109-WS·2011-D10-0001").formed(d("2011-03-01"))
                    .period(RetentionPeriod.D10).trigger(RetentionTrigger.event("合同终止", 0))
                    .event("合同终止", d("2009-01-01")).build();
            RetentionAssessment a = evaluator.evaluate(item, d("2012-01-01"));
            assertThat(a.findings()).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo("CD-2042");
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.subject()).isEqualTo("Z109-WS·2011-D10-0001");
            });
        }

        @Test
        void a_formation_year_trigger_counts_an_event_like_a_formation_date() {
            RetentionItem item = RetentionItem.builder().formed(d("2010-03-01"))
                    .period(RetentionPeriod.afterEvent("离任", 10)).event("离任", d("2015-08-01")).build();
            RetentionAssessment a = evaluator.evaluate(item, d("2020-01-01"));
            assertThat(a.start()).contains(d("2016-01-01"));
            assertThat(a.expiry()).contains(d("2025-12-31"));
        }
    }

    @Nested
    @DisplayName("permanent items")
    class Permanent {
        @Test
        void have_no_expiry() {
            RetentionAssessment a = evaluator.evaluate(RetentionItem.formed(d("1960-01-01"), RetentionPeriod.PERMANENT),
                    d("2999-12-31"));
            assertThat(a.status()).isEqualTo(RetentionStatus.PERMANENT);
            assertThat(a.expiry()).isEmpty();
            assertThat(a.dueFrom()).isEmpty();
            assertThat(a.start()).contains(d("1961-01-01"));
            assertThat(a.reasonText().zh()).contains("永久");
        }

        @Test
        void stay_permanent_under_a_hold_with_a_finding() {
            RetentionItem item = RetentionItem.builder().formed(d("2000-01-01")).period(RetentionPeriod.PERMANENT)
                    .hold(RetentionHold.of("诉讼", d("2020-01-01"))).build();
            RetentionAssessment a = evaluator.evaluate(item, d("2021-01-01"));
            assertThat(a.status()).isEqualTo(RetentionStatus.PERMANENT);
            assertThat(a.activeHold()).isEmpty();
            assertThat(a.findings()).extracting(f -> f.code()).containsExactly("CD-2040");
        }
    }

    @Nested
    @DisplayName("holds")
    class Holds {
        private final RetentionHold debt = new RetentionHold("未结清债权债务", d("2024-01-01"), d("2027-06-30"));
        private final RetentionItem item = RetentionItem.builder().formed(d("2015-06-01")).period(RetentionPeriod.D10)
                .hold(debt).build();

        @Test
        void take_precedence_over_due_for_appraisal_with_a_finding() {
            RetentionAssessment a = evaluator.evaluate(item, d("2026-01-01"));
            assertThat(a.status()).isEqualTo(RetentionStatus.ON_HOLD);
            assertThat(a.activeHold()).contains(debt);
            assertThat(a.expiry()).contains(d("2025-12-31"));
            assertThat(a.findings()).extracting(f -> f.code()).containsExactly("CD-2041");
            assertThat(a.reasonText().zh()).contains("未结清债权债务");
        }

        @Test
        void take_precedence_over_retained() {
            RetentionAssessment a = evaluator.evaluate(item, d("2024-01-01"));
            assertThat(a.status()).isEqualTo(RetentionStatus.ON_HOLD);
            assertThat(a.findings()).isEmpty();
        }

        @Test
        void take_precedence_over_awaiting_event() {
            RetentionItem waiting = RetentionItem.builder().accountingYear(2010)
                    .period(RetentionPeriod.afterEvent("固定资产报废清理", 5)).hold(debt).build();
            assertThat(evaluator.evaluate(waiting, d("2025-01-01")).status()).isEqualTo(RetentionStatus.ON_HOLD);
        }

        @Test
        void apply_only_between_their_dates_inclusive() {
            assertThat(evaluator.evaluate(item, d("2023-12-31")).status()).isEqualTo(RetentionStatus.RETAINED);
            assertThat(evaluator.evaluate(item, d("2027-06-30")).status()).isEqualTo(RetentionStatus.ON_HOLD);
            assertThat(evaluator.evaluate(item, d("2027-07-01")).status()).isEqualTo(RetentionStatus.DUE_FOR_APPRAISAL);
        }
    }

    @Nested
    @DisplayName("leap years")
    class LeapYears {
        @ParameterizedTest
        @CsvSource({"2016-02-29,10,2026-02-28", "2016-02-29,4,2020-02-28", "2016-02-29,1,2017-02-28",
                "2015-03-01,1,2016-02-29", "2016-03-01,10,2026-02-28", "2016-01-01,10,2025-12-31",
                "2016-07-01,10,2026-06-30", "2016-02-28,1,2017-02-27"})
        void expiry_is_the_day_before_the_anniversary(String start, int years, String expiry) {
            assertThat(RetentionEvaluator.expiry(d(start), years)).isEqualTo(d(expiry));
        }

        @Test
        void a_start_on_29_February_is_retained_through_28_February_and_due_on_1_March() {
            RetentionItem item = RetentionItem.builder().formed(d("2016-02-29")).period(RetentionPeriod.D10)
                    .trigger(RetentionTrigger.event("形成", 0)).event("形成", d("2016-02-29")).build();
            assertThat(evaluator.evaluate(item, d("2026-02-28")).status()).isEqualTo(RetentionStatus.RETAINED);
            assertThat(evaluator.evaluate(item, d("2026-03-01")).status()).isEqualTo(RetentionStatus.DUE_FOR_APPRAISAL);
        }

        @Test
        void counting_from_the_formation_date_is_configurable() {
            RetentionEvaluator byDate = RetentionEvaluator.of(Clock.systemUTC(),
                    CountingRules.defaults().withDocumentStart(CountingRules.DocumentStart.FORMATION_DATE));
            RetentionAssessment a = byDate.evaluate(RetentionItem.formed(d("2016-02-29"), RetentionPeriod.D10),
                    d("2026-02-28"));
            assertThat(a.start()).contains(d("2016-02-29"));
            assertThat(a.expiry()).contains(d("2026-02-28"));
            assertThat(a.reason()).isEqualTo(RetentionReason.COUNTED_FROM_FORMATION_DATE);
        }
    }

    @Test
    void a_schedule_rule_is_carried_into_the_assessment() {
        RetentionRule rule = new RetentionRule(RetentionPeriod.D30, RetentionTrigger.accountingYearEnd(), "A1-02");
        RetentionAssessment a = evaluator.evaluate(RetentionItem.builder().accountingYear(2015).rule(rule).build(),
                d("2020-01-01"));
        assertThat(a.rule().entry()).contains("A1-02");
        assertThat(a.expiry()).contains(d("2045-12-31"));
        assertThat(a.reasonText().en()).contains("30 years").contains("2045-12-31");
    }

    @Test
    void an_item_with_only_an_accounting_year_under_a_formation_trigger_counts_from_the_next_year() {
        RetentionItem item = RetentionItem.builder().accountingYear(2015).period(RetentionPeriod.D10)
                .trigger(RetentionTrigger.formationYear()).build();
        assertThat(evaluator.evaluate(item, d("2020-01-01")).start()).contains(d("2016-01-01"));
    }
}
