package org.cundang.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionItemTest {

    @Test
    void derives_the_trigger_from_what_is_given() {
        assertThat(RetentionItem.accountingYear(2015, RetentionPeriod.D30).rule().trigger())
                .isEqualTo(RetentionTrigger.accountingYearEnd());
        assertThat(RetentionItem.formed(LocalDate.of(2015, 6, 1), RetentionPeriod.D10).rule().trigger())
                .isEqualTo(RetentionTrigger.formationYear());
    }

    @Test
    void keeps_what_it_was_given() {
        RetentionItem item = RetentionItem.builder().id("x").formed(LocalDate.of(2015, 6, 1)).accountingYear(2015)
                .period(RetentionPeriod.D10).event(" 报废 ", LocalDate.of(2016, 1, 1))
                .hold(RetentionHold.of("诉讼", LocalDate.of(2017, 1, 1))).build();
        assertThat(item.id()).contains("x");
        assertThat(item.formationDate()).contains(LocalDate.of(2015, 6, 1));
        assertThat(item.accountingYear()).hasValue(2015);
        assertThat(item.events()).containsOnlyKeys("报废");
        assertThat(item.holds()).hasSize(1);
        assertThat(item.period()).isEqualTo(RetentionPeriod.D10);
        assertThat(item.toString()).contains("D10");
    }

    @Test
    void needs_a_date_and_a_period() {
        assertThatThrownBy(() -> RetentionItem.builder().period(RetentionPeriod.D10).build())
                .hasMessageStartingWith("CD-2030");
        assertThatThrownBy(() -> RetentionItem.builder().accountingYear(2015).build())
                .hasMessageStartingWith("CD-2036");
    }

    @Test
    void refuses_years_out_of_range() {
        assertThatThrownBy(() -> RetentionItem.accountingYear(999, RetentionPeriod.D10)).hasMessageStartingWith("CD-2031");
        assertThatThrownBy(() -> RetentionItem.accountingYear(10_000, RetentionPeriod.D10)).hasMessageStartingWith("CD-2031");
        assertThatThrownBy(() -> RetentionItem.formed(LocalDate.MAX, RetentionPeriod.D10)).hasMessageStartingWith("CD-2031");
        assertThatThrownBy(() -> RetentionItem.builder().event("x", LocalDate.MIN)).hasMessageStartingWith("CD-2031");
        assertThatThrownBy(() -> RetentionItem.builder().event(" ", LocalDate.of(2000, 1, 1)))
                .hasMessageStartingWith("CD-2035");
    }

    @Test
    void refuses_a_trigger_for_another_event() {
        assertThatThrownBy(() -> RetentionItem.builder().accountingYear(2015).period(RetentionPeriod.afterEvent("报废", 5))
                .trigger(RetentionTrigger.event("离任", 0)).build()).hasMessageStartingWith("CD-2034");
    }
}
