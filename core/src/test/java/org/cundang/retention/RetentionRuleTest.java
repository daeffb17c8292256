package org.cundang.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RetentionRuleTest {

    @Test
    void the_awaited_event_comes_from_the_period_or_the_trigger() {
        assertThat(RetentionRule.of(RetentionPeriod.afterEvent("报废", 5), RetentionTrigger.accountingYearEnd())
                .awaitedEvent()).contains("报废");
        assertThat(RetentionRule.of(RetentionPeriod.D10, RetentionTrigger.event("合同终止", 0)).awaitedEvent())
                .contains("合同终止");
        assertThat(RetentionRule.of(RetentionPeriod.D10, RetentionTrigger.formationYear()).awaitedEvent()).isEmpty();
        assertThat(RetentionRule.of(RetentionPeriod.D10, RetentionTrigger.formationYear()).entry()).isEmpty();
    }

    @Test
    void period_and_trigger_must_name_the_same_event() {
        assertThatThrownBy(() -> RetentionRule.of(RetentionPeriod.afterEvent("报废", 5), RetentionTrigger.event("离任", 0)))
                .isInstanceOfSatisfying(RetentionException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-2034");
                    assertThat(e.text().zh()).contains("报废").contains("离任");
                });
    }
}
