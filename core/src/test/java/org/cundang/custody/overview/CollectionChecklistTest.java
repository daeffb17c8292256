package org.cundang.custody.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.cundang.schedule.BundledSchedules;
import org.cundang.schedule.ResolvedEntry;
import org.cundang.schedule.RetentionSchedule;
import org.cundang.schedule.Schedules;
import org.junit.jupiter.api.Test;

class CollectionChecklistTest {

    /** The entries village-2017 marks as filed every year (read off the data file by hand). */
    private static final List<String> ANNUAL = List.of("CJ-1.1", "CJ-2.3", "CJ-2.5", "CJ-2.6", "CJ-2.7", "CJ-4.1",
            "CJ-4.2", "CJ-4.3", "CJ-4.4", "CJ-4.5");

    private static RetentionSchedule village() {
        return Schedules.bundled().schedule(BundledSchedules.VILLAGE);
    }

    @Test
    void gaps_are_the_annual_entries_without_an_item() {
        CollectionChecklist c = CollectionChecklist.of("Z101", 2025, List.of(village()),
                Set.of("CJ-1.1", "CJ-4.1", "CJ-1.2", "no-such-entry"));
        assertThat(c.expected()).extracting(ExpectedEntry::id).containsExactlyElementsOf(ANNUAL);
        assertThat(c.gaps()).extracting(ExpectedEntry::id)
                .containsExactly("CJ-2.3", "CJ-2.5", "CJ-2.6", "CJ-2.7", "CJ-4.2", "CJ-4.3", "CJ-4.4", "CJ-4.5");
        assertThat(c.complete()).isFalse();
        assertThat(c.findings()).hasSize(8).allSatisfy(f -> assertThat(f.code()).isEqualTo("CD-8111"));
        assertThat(c.findings().get(0).message().zh()).contains("Z101").contains("2025").contains("CJ-2.3");
    }

    @Test
    void everything_present_is_complete() {
        CollectionChecklist c = CollectionChecklist.of("Z101", 2025, List.of(village()), Set.copyOf(ANNUAL));
        assertThat(c.complete()).isTrue();
        assertThat(c.findings()).isEmpty();
    }

    @Test
    void an_entry_defined_twice_counts_once_and_categories_filter() {
        // ruian-example overlays village-2017 and adds RA-1 (WS): with village-2017 too, CJ ids count once.
        RetentionSchedule ruian = Schedules.bundled().schedule(BundledSchedules.RUIAN_EXAMPLE);
        List<ResolvedEntry> all = CollectionChecklist.annualEntries(List.of(ruian, village()), null);
        assertThat(all).extracting(ResolvedEntry::id).hasSize(ANNUAL.size() + 1).doesNotHaveDuplicates()
                .contains("RA-1");
        List<ResolvedEntry> ku = CollectionChecklist.annualEntries(List.of(village()), Set.of("KU"));
        assertThat(ku).extracting(ResolvedEntry::id).containsExactly("CJ-4.1", "CJ-4.2", "CJ-4.3", "CJ-4.4", "CJ-4.5");
        assertThat(CollectionChecklist.annualEntries(List.of(village()), Set.of("WS·BGS"))).hasSize(5);
    }

    @Test
    void refusals() {
        assertThatThrownBy(() -> CollectionChecklist.of("Z101", 2025, List.of(), Set.of()))
                .isInstanceOf(OverviewException.class).hasMessageContaining("CD-8110");
        assertThatThrownBy(() -> CollectionChecklist.of("Z101", 1899, List.of(village()), Set.of()))
                .isInstanceOf(OverviewException.class).hasMessageContaining("CD-8108");
        assertThatThrownBy(() -> CollectionChecklist.of("Z101", 10_000, List.of(village()), Set.of()))
                .isInstanceOf(OverviewException.class).hasMessageContaining("CD-8108");
    }
}
