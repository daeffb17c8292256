package org.cundang.custody.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HandoverDiffTest {

    static InventoryLine line(String code) {
        return new InventoryLine(code, "题名" + code, 2011, "Y", 3, List.of(code + ".pdf"));
    }

    static HandoverInventory inventory(List<String> held, List<String> destroyed) {
        return new HandoverInventory("Z109", false, LocalDate.of(2026, 3, 1), held.stream().map(
                HandoverDiffTest::line).toList(), destroyed);
    }

    @Test
    void missing_extra_destroyed_duplicate_and_noted_are_reported_item_by_item() {
        HandoverInventory inv = inventory(List.of("A", "B", "C", "D"), List.of("X"));
        List<FoundItem> found = List.of(new FoundItem("A", null), new FoundItem("C", "水渍"),
                new FoundItem("D", null), new FoundItem("D", "缺第2页"), new FoundItem("E", "清单外"),
                new FoundItem("X", null));
        assertThat(HandoverDiff.compare(inv, found)).containsExactly(
                new Difference("B", DifferenceKind.MISSING, "题名B", null),
                new Difference("C", DifferenceKind.NOTED, "题名C", "水渍"),
                new Difference("D", DifferenceKind.DUPLICATE, "题名D", "2"),
                new Difference("D", DifferenceKind.NOTED, "题名D", "缺第2页"),
                new Difference("E", DifferenceKind.EXTRA, null, "清单外"),
                new Difference("X", DifferenceKind.DESTROYED, null, null));
    }

    @Test
    void everything_found_once_without_notes_is_clean() {
        HandoverInventory inv = inventory(List.of("A", "B"), List.of("X"));
        assertThat(HandoverDiff.compare(inv, List.of(new FoundItem("B", " "), new FoundItem("A", null)))).isEmpty();
        assertThat(HandoverDiff.compare(inventory(List.of(), List.of()), List.of())).isEmpty();
    }

    /** For any listed and found sets, MISSING is exactly listed minus found and EXTRA exactly found minus listed. */
    @Property(tries = 200)
    void missing_and_extra_are_the_set_differences(@ForAll @Size(max = 20) List<@IntRange(min = 0, max = 30) Integer> held,
                                                   @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 30) Integer> seen) {
        List<String> listed = held.stream().distinct().map(i -> "Z-" + i).toList();
        List<FoundItem> found = seen.stream().map(i -> new FoundItem("Z-" + i, null)).toList();
        List<Difference> ds = HandoverDiff.compare(inventory(listed, List.of()), found);
        Set<String> foundCodes = new HashSet<>();
        found.forEach(f -> foundCodes.add(f.code()));
        Set<String> missing = new HashSet<>(listed);
        missing.removeAll(foundCodes);
        Set<String> extra = new HashSet<>(foundCodes);
        extra.removeAll(listed);
        assertThat(ds.stream().filter(d -> d.kind() == DifferenceKind.MISSING).map(Difference::code))
                .containsExactlyInAnyOrderElementsOf(missing);
        assertThat(ds.stream().filter(d -> d.kind() == DifferenceKind.EXTRA).map(Difference::code))
                .containsExactlyInAnyOrderElementsOf(extra);
        List<String> sorted = new ArrayList<>(ds.stream().map(Difference::code).toList());
        sorted.sort(null);
        assertThat(ds.stream().map(Difference::code).toList()).isEqualTo(sorted);
    }
}
