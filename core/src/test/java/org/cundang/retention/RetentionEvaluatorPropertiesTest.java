package org.cundang.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Rules that hold for every date and period (issue 2, "Tests"). */
class RetentionEvaluatorPropertiesTest {

    private final RetentionEvaluator evaluator = RetentionEvaluator.of(Clock.systemUTC());
    private final RetentionEvaluator byDate = RetentionEvaluator.of(Clock.systemUTC(),
            CountingRules.defaults().withDocumentStart(CountingRules.DocumentStart.FORMATION_DATE));

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 200 * 366).map(n -> LocalDate.of(1900, 1, 1).plusDays(n));
    }

    @Property(tries = 300)
    void a_longer_period_never_expires_earlier(@ForAll("dates") LocalDate formed, @ForAll @IntRange(min = 1, max = 998) int years,
                                               @ForAll @IntRange(min = 1, max = 100) int more) {
        int longer = Math.min(years + more, RetentionPeriod.MAX_YEARS);
        for (RetentionEvaluator e : new RetentionEvaluator[] {evaluator, byDate}) {
            RetentionAssessment a = e.evaluate(RetentionItem.formed(formed, RetentionPeriod.years(years)), formed);
            RetentionAssessment b = e.evaluate(RetentionItem.formed(formed, RetentionPeriod.years(longer)), formed);
            assertThat(b.start()).isEqualTo(a.start());
            assertThat(b.expiry().orElseThrow()).isAfterOrEqualTo(a.expiry().orElseThrow());
            if (longer > years) {
                assertThat(b.expiry().orElseThrow()).isAfter(a.expiry().orElseThrow());
            }
        }
    }

    @Property(tries = 300)
    void start_is_not_after_expiry(@ForAll("dates") LocalDate formed, @ForAll @IntRange(min = 1, max = 999) int years) {
        for (RetentionEvaluator e : new RetentionEvaluator[] {evaluator, byDate}) {
            RetentionAssessment a = e.evaluate(RetentionItem.formed(formed, RetentionPeriod.years(years)), formed);
            assertThat(a.start().orElseThrow()).isBeforeOrEqualTo(a.expiry().orElseThrow());
        }
    }

    @Property(tries = 300)
    void expiry_is_the_day_before_the_n_th_anniversary_or_1_March(@ForAll("dates") LocalDate start,
                                                                  @ForAll @IntRange(min = 1, max = 999) int years) {
        LocalDate expiry = RetentionEvaluator.expiry(start, years);
        LocalDate due = expiry.plusDays(1);
        // The full number of years has passed on the due date, and not one day earlier.
        assertThat(due.getYear()).isEqualTo(start.getYear() + years);
        boolean feb29 = start.getMonthValue() == 2 && start.getDayOfMonth() == 29;
        if (feb29 && !due.isLeapYear()) {
            assertThat(due).isEqualTo(LocalDate.of(due.getYear(), 3, 1));
        } else {
            assertThat(due.getMonth()).isEqualTo(start.getMonth());
            assertThat(due.getDayOfMonth()).isEqualTo(start.getDayOfMonth());
        }
    }

    @Property(tries = 300)
    void status_changes_exactly_after_expiry(@ForAll("dates") LocalDate formed, @ForAll @IntRange(min = 1, max = 60) int years,
                                             @ForAll boolean accounting) {
        RetentionItem item = accounting ? RetentionItem.accountingYear(formed.getYear(), RetentionPeriod.years(years))
                : RetentionItem.formed(formed, RetentionPeriod.years(years));
        LocalDate expiry = evaluator.evaluate(item, formed).expiry().orElseThrow();
        assertThat(evaluator.evaluate(item, expiry).status()).isEqualTo(RetentionStatus.RETAINED);
        assertThat(evaluator.evaluate(item, expiry.plusDays(1)).status()).isEqualTo(RetentionStatus.DUE_FOR_APPRAISAL);
        assertThat(evaluator.evaluate(item, expiry.minusDays(1)).status()).isEqualTo(RetentionStatus.RETAINED);
    }

    @Property(tries = 200)
    void permanent_items_are_permanent_on_every_date(@ForAll("dates") LocalDate formed, @ForAll("dates") LocalDate asOf) {
        RetentionAssessment a = evaluator.evaluate(RetentionItem.formed(formed, RetentionPeriod.PERMANENT), asOf);
        assertThat(a.status()).isEqualTo(RetentionStatus.PERMANENT);
        assertThat(a.expiry()).isEmpty();
    }
}
