package org.cundang.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class CountingRulesTest {

    @Test
    void defaults_are_next_year_and_the_calendar_accounting_year() {
        CountingRules r = CountingRules.defaults();
        assertThat(r.documentStart()).isEqualTo(CountingRules.DocumentStart.NEXT_YEAR);
        assertThat(r.accountingYearEnd()).isEqualTo(MonthDay.of(12, 31));
        assertThat(r.documentStart(LocalDate.of(2015, 6, 1))).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(r.accountingStart(2015)).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(r.accountingYearOf(LocalDate.of(2015, 12, 31))).isEqualTo(2015);
    }

    @Test
    void another_year_end_moves_the_boundary() {
        CountingRules r = CountingRules.defaults().withAccountingYearEnd(MonthDay.of(6, 30));
        assertThat(r.accountingStart(2015)).isEqualTo(LocalDate.of(2015, 7, 1));
        assertThat(r.accountingYearOf(LocalDate.of(2015, 6, 30))).isEqualTo(2015);
        assertThat(r.accountingYearOf(LocalDate.of(2015, 7, 1))).isEqualTo(2016);
        assertThat(r).isNotEqualTo(CountingRules.defaults());
        assertThat(r.withAccountingYearEnd(MonthDay.of(12, 31))).isEqualTo(CountingRules.defaults())
                .hasSameHashCodeAs(CountingRules.defaults());
    }

    @Test
    void the_formation_date_rule_counts_from_the_date() {
        CountingRules r = CountingRules.defaults().withDocumentStart(CountingRules.DocumentStart.FORMATION_DATE);
        assertThat(r.documentStart(LocalDate.of(2015, 6, 1))).isEqualTo(LocalDate.of(2015, 6, 1));
        assertThat(r.toString()).contains("FORMATION_DATE");
    }
}
