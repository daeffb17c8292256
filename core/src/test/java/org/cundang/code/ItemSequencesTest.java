package org.cundang.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cundang.Finding;
import org.cundang.Severity;
import org.junit.jupiter.api.Test;

class ItemSequencesTest {

    private final CodeTemplate t = CodeTemplate.daT22();
    private final ItemSequences sequences = ItemSequences.of(t);

    private List<ArchivalCode> codes(String... texts) {
        List<ArchivalCode> out = new ArrayList<>();
        for (String s : texts) {
            out.add(t.parse(s));
        }
        return out;
    }

    @Test
    void allocates_after_the_largest_number_in_the_scope() {
        List<ArchivalCode> used = codes("Z109-WS·2011-Y-BGS-0001", "Z109-WS·2011-Y-BGS-0003",
                "Z109-WS·2011-Y-0007", "Z109-WS·2011-D30-BGS-0009");
        SequenceScope scope = used.get(0).scope();
        assertThat(sequences.nextItem(scope, used)).isEqualTo(4);
        assertThat(sequences.nextCode(scope, used)).hasToString("Z109-WS·2011-Y-BGS-0004");
        assertThat(sequences.nextItem(t.parse("Z109-WS·2012-Y-BGS-0001").scope(), used)).isEqualTo(1);
        ItemSequences.Allocator a = sequences.allocator(used);
        assertThat(a.next(scope)).hasToString("Z109-WS·2011-Y-BGS-0004");
        assertThat(a.next(scope)).hasToString("Z109-WS·2011-Y-BGS-0005");
        assertThat(a.next(used.get(2).scope())).hasToString("Z109-WS·2011-Y-0008");
    }

    @Test
    void a_full_scope_is_a_clear_error() {
        List<ArchivalCode> used = codes("Z109-WS·2011-Y-BGS-9999");
        assertThatThrownBy(() -> sequences.nextItem(used.get(0).scope(), used))
                .isInstanceOf(CodeException.class).hasMessageStartingWith("CD-1030")
                .hasMessageContaining("Z109-WS·2011-Y-BGS");
        List<ArchivalCode> legacy = List.of(CodeTemplate.legacyVolume().parse("0134-001-0001-999"));
        assertThatThrownBy(() -> ItemSequences.of(CodeTemplate.legacyVolume()).allocator(legacy)
                .next(legacy.get(0).scope())).hasMessageStartingWith("CD-1030");
    }

    @Test
    void reports_every_gap_and_duplicate_in_order() {
        List<Finding> f = sequences.check(codes("Z109-WS·2011-Y-BGS-0002", "Z109-WS·2011-Y-BGS-0006",
                "Z109-WS·2011-Y-BGS-0002", "Z109-WS·2011-Y-BGS-0001", "A182-ZP·2022-Y-0002"));
        assertThat(f).extracting(Finding::code, Finding::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CD-1050", "A182-ZP·2022-Y"),
                org.assertj.core.groups.Tuple.tuple("CD-1051", "Z109-WS·2011-Y-BGS-0002"),
                org.assertj.core.groups.Tuple.tuple("CD-1050", "Z109-WS·2011-Y-BGS"));
        assertThat(f).allMatch(x -> x.severity() == Severity.ERROR);
        assertThat(f.get(2).details()).containsEntry("from", 3).containsEntry("to", 5).containsEntry("count", 3)
                .containsEntry("scope", "Z109-WS·2011-Y-BGS").containsEntry("firstMissing", "Z109-WS·2011-Y-BGS-0003");
        assertThat(f.get(2).message().zh()).isEqualTo("范围 Z109-WS·2011-Y-BGS 缺少件号 0003–0005（共 3 个）。");
        assertThat(f.get(0).message().en()).isEqualTo("Scope A182-ZP·2022-Y: item number 0001 is missing.");
        assertThat(f.get(1).details()).containsEntry("count", 2).containsEntry("positions", List.of(1, 3));
    }

    @Test
    void checks_text_and_reports_unreadable_lines() {
        List<Finding> f = sequences.checkText(List.of("Z109-WS·2011-Y-BGS-0001", "", "not a code",
                " Z109-WS·2011-Y-BGS-0001 ", "Z109-WS·2011-Y-BGS-0003"));
        assertThat(f).extracting(Finding::code).containsExactly("CD-1052", "CD-1051", "CD-1050");
        assertThat(f.get(0).details()).containsEntry("line", 3).containsEntry("error", "CD-1003");
        assertThat(f.get(0).message().zh()).startsWith("第 3 行：档号“not a code”");
        assertThat(f.get(1).details()).containsEntry("lines", List.of(1, 4));
        assertThat(sequences.checkText(List.of("Z109-WS·2011-Y-BGS-0001"))).isEmpty();
    }

    // ---- brute-force model ----

    @Provide
    Arbitrary<List<int[]>> usages() {
        // (scope index 0..2, item 1..30) pairs
        return Arbitraries.integers().between(0, 2).flatMap(s -> Arbitraries.integers().between(1, 30)
                .map(i -> new int[] {s, i})).list().ofMaxSize(40);
    }

    private static final List<String> SCOPES = List.of("A182-ZP·2022-Y", "Z109-WS·2011-Y-BGS", "Z109-WS·2011-D10");

    @Property(tries = 200)
    void findings_agree_with_a_brute_force_model(@ForAll("usages") List<int[]> usages) {
        List<ArchivalCode> list = new ArrayList<>();
        Map<Integer, Map<Integer, Integer>> counts = new TreeMap<>();
        for (int[] u : usages) {
            list.add(t.parse(SCOPES.get(u[0]) + "-" + Generators.pad(u[1], 4)));
            counts.computeIfAbsent(u[0], k -> new TreeMap<>()).merge(u[1], 1, Integer::sum);
        }
        List<String> expectedMissing = new ArrayList<>();
        List<String> expectedDuplicates = new ArrayList<>();
        counts.forEach((scope, items) -> {
            int max = items.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            for (int i = 1; i <= max; i++) {
                if (!items.containsKey(i)) {
                    expectedMissing.add(SCOPES.get(scope) + "#" + i);
                }
            }
            items.forEach((item, n) -> {
                if (n > 1) {
                    expectedDuplicates.add(SCOPES.get(scope) + "-" + Generators.pad(item, 4) + "x" + n);
                }
            });
        });
        List<Finding> findings = sequences.check(list);
        List<String> missing = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (Finding f : findings) {
            if (f.code().equals("CD-1050")) {
                int from = (Integer) f.details().get("from");
                int to = (Integer) f.details().get("to");
                assertThat(f.details().get("count")).isEqualTo(to - from + 1);
                for (int i = from; i <= to; i++) {
                    missing.add(f.subject() + "#" + i);
                }
            } else {
                assertThat(f.code()).isEqualTo("CD-1051");
                duplicates.add(f.subject() + "x" + f.details().get("count"));
            }
        }
        assertThat(missing).containsExactlyInAnyOrderElementsOf(expectedMissing);
        assertThat(duplicates).containsExactlyInAnyOrderElementsOf(expectedDuplicates);
        assertThat(sequences.check(list)).isEqualTo(findings);
    }
}
