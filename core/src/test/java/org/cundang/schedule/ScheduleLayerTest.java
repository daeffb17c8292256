package org.cundang.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cundang.retention.RetentionPeriod;
import org.junit.jupiter.api.Test;

class ScheduleLayerTest {

    private static ScheduleEntry entry(String id) {
        return ScheduleEntry.builder(id, "条目" + id, RetentionPeriod.D10).build();
    }

    @Test
    void keeps_its_metadata_and_entries_in_order() {
        ScheduleLayer l = ScheduleLayer.builder("county-x", ScheduleLevel.COUNTY).title("某县表").version("2024-01")
                .issuer("某县档案局").source("test").provisional(true).example(true).base("village-2017")
                .entry(entry("B")).entry(entry("A")).amendment(ScheduleAmendment.of("CJ-1.1").withPeriod(RetentionPeriod.PERMANENT))
                .build();
        assertThat(l.id()).isEqualTo("county-x");
        assertThat(l.title()).isEqualTo("某县表");
        assertThat(l.version()).isEqualTo("2024-01");
        assertThat(l.issuer()).isEqualTo("某县档案局");
        assertThat(l.source()).isEqualTo("test");
        assertThat(l.provisional()).isTrue();
        assertThat(l.example()).isTrue();
        assertThat(l.isOverlay()).isTrue();
        assertThat(l.base()).contains("village-2017");
        assertThat(l.entries()).extracting(ScheduleEntry::id).containsExactly("B", "A");
        assertThat(l.amendments()).hasSize(1);
        assertThat(l.toString()).contains("overlay of village-2017");
    }

    @Test
    void refuses_duplicate_entries_and_bad_ids() {
        ScheduleLayer.Builder b = ScheduleLayer.builder("t", ScheduleLevel.UNIT).entry(entry("A"));
        assertThatThrownBy(() -> b.entry(entry("A")))
                .isInstanceOfSatisfying(ScheduleException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-2008");
                    assertThat(e.entry()).contains("A");
                });
        assertThatThrownBy(() -> ScheduleLayer.builder("bad id", ScheduleLevel.UNIT)).hasMessageStartingWith("CD-2018");
        assertThatThrownBy(() -> ScheduleLayer.builder("t", ScheduleLevel.UNIT).base("t")).hasMessageStartingWith("CD-2018");
        assertThatThrownBy(() -> ScheduleLayer.builder("t", ScheduleLevel.UNIT).version(" ")).hasMessageStartingWith("CD-2018");
    }

    @Test
    void a_base_table_cannot_carry_amendments() {
        assertThatThrownBy(() -> ScheduleLayer.builder("t", ScheduleLevel.NATIONAL)
                .amendment(ScheduleAmendment.of("A")).build()).hasMessageStartingWith("CD-2018");
    }
}
