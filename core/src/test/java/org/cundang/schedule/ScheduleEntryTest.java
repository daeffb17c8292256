package org.cundang.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cundang.retention.RetentionPeriod;
import org.cundang.retention.RetentionTrigger;
import org.junit.jupiter.api.Test;

class ScheduleEntryTest {

    @Test
    void has_documented_defaults() {
        ScheduleEntry e = ScheduleEntry.builder(" W-1 ", " 会议记录 ", RetentionPeriod.PERMANENT).build();
        assertThat(e.id()).isEqualTo("W-1");
        assertThat(e.title()).isEqualTo("会议记录");
        assertThat(e.category()).isEmpty();
        assertThat(e.trigger()).isEqualTo(RetentionTrigger.formationYear());
        assertThat(e.mandate()).isEmpty();
        assertThat(e.confidence()).isEqualTo(Confidence.RECALLED);
        assertThat(e.townshipCustody()).isFalse();
        assertThat(e.digitisationRequired()).isFalse();
        assertThat(e.filedEveryYear()).isFalse();
        assertThat(e.controlled()).isFalse();
        assertThat(e.note()).isEmpty();
    }

    @Test
    void carries_its_rule_and_round_trips_through_its_builder() {
        ScheduleEntry e = ScheduleEntry.builder("A1-06", "固定资产卡片", RetentionPeriod.afterEvent("固定资产报废清理", 5))
                .category("KU").trigger(RetentionTrigger.accountingYearEnd()).mandate("令第79号").confidence(Confidence.VERIFIED)
                .townshipCustody(true).digitisationRequired(true).filedEveryYear(true).controlled(true).note("n").build();
        assertThat(e.rule().entryId()).isEqualTo("A1-06");
        assertThat(e.rule().period()).isEqualTo(e.period());
        assertThat(e.rule().awaitedEvent()).contains("固定资产报废清理");
        assertThat(e.toBuilder().build()).isEqualTo(e).hasSameHashCodeAs(e);
        assertThat(e.toBuilder().controlled(false).build()).isNotEqualTo(e);
        assertThat(e.toString()).contains("A1-06").contains("KU");
    }

    @Test
    void refuses_invalid_values_with_CD_2018() {
        assertThatThrownBy(() -> ScheduleEntry.builder("", "x", RetentionPeriod.D10)).hasMessageStartingWith("CD-2018");
        assertThatThrownBy(() -> ScheduleEntry.builder("a b", "x", RetentionPeriod.D10)).hasMessageStartingWith("CD-2018");
        assertThatThrownBy(() -> ScheduleEntry.builder("x".repeat(65), "x", RetentionPeriod.D10))
                .hasMessageStartingWith("CD-2018");
        assertThatThrownBy(() -> ScheduleEntry.builder("a", " ", RetentionPeriod.D10)).hasMessageStartingWith("CD-2018");
        assertThatThrownBy(() -> ScheduleEntry.builder("a", "x", RetentionPeriod.D10).category("K\nU"))
                .hasMessageStartingWith("CD-2018");
        assertThatThrownBy(() -> ScheduleEntry.builder("a", "x", RetentionPeriod.D10).category("x".repeat(21)))
                .hasMessageStartingWith("CD-2018");
        assertThatThrownBy(() -> ScheduleEntry.builder("a", "x", RetentionPeriod.afterEvent("报废", 5))
                .trigger(RetentionTrigger.event("离任", 0)).build()).hasMessageStartingWith("CD-2018");
    }
}
