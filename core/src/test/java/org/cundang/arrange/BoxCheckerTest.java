package org.cundang.arrange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cundang.Finding;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CodeTemplate;
import org.junit.jupiter.api.Test;

class BoxCheckerTest {

    static final CodeTemplate T = CodeTemplate.daT22();
    static final BoxChecker CHECKER = BoxChecker.of(BoxingRules.defaults(), T);

    static ArchivalCode c(String s) {
        return T.parse(s);
    }

    static Box box(int n, String first, String last, String... contents) {
        return new Box(n, 30, c(first), c(last), java.util.Arrays.stream(contents).map(BoxCheckerTest::c).toList(), 0);
    }

    static final List<CatalogueEntry> CATALOGUE = BoxerTest.rows("Z109-WS·2023-Y", 4, 10);

    @Test
    void boxes_from_the_boxer_pass() {
        Boxing b = Boxer.of(BoxingRules.defaults(), T).box(CATALOGUE);
        assertThat(CHECKER.check(b.boxes(), CATALOGUE)).isEmpty();
    }

    @Test
    void finds_an_item_in_two_boxes_and_an_item_in_no_box() {
        List<Finding> f = CHECKER.check(List.of(
                box(1, "Z109-WS·2023-Y-0001", "Z109-WS·2023-Y-0002", "Z109-WS·2023-Y-0001", "Z109-WS·2023-Y-0002"),
                box(2, "Z109-WS·2023-Y-0002", "Z109-WS·2023-Y-0003", "Z109-WS·2023-Y-0002", "Z109-WS·2023-Y-0003")),
                CATALOGUE);
        assertThat(f).extracting(Finding::code, Finding::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CD-3130", "Z109-WS·2023-Y-0002"),
                org.assertj.core.groups.Tuple.tuple("CD-3131", "Z109-WS·2023-Y-0004"));
    }

    @Test
    void finds_a_spine_range_that_does_not_match() {
        List<Finding> f = CHECKER.check(List.of(
                box(1, "Z109-WS·2023-Y-0001", "Z109-WS·2023-Y-0003", "Z109-WS·2023-Y-0001", "Z109-WS·2023-Y-0002"),
                box(2, "Z109-WS·2023-Y-0003", "Z109-WS·2023-Y-0004", "Z109-WS·2023-Y-0004", "Z109-WS·2023-Y-0003")),
                CATALOGUE);
        assertThat(f).extracting(Finding::code).containsExactly("CD-3132", "CD-3132");
    }

    @Test
    void finds_mixed_classes_unknown_items_and_repeated_box_numbers() {
        List<Finding> f = CHECKER.check(List.of(
                box(1, "Z109-WS·2023-Y-0001", "Z109-WS·2023-Y-0004", "Z109-WS·2023-Y-0001", "Z109-WS·2023-Y-0002",
                        "Z109-WS·2023-Y-0003", "Z109-WS·2023-Y-0004"),
                box(1, "Z109-WS·2023-Y-0005", "Z109-WS·2023-Y-0005", "Z109-WS·2023-Y-0005"),
                box(2, "Z109-WS·2023-D10-0001", "Z109-WS·2023-Y-0006", "Z109-WS·2023-D10-0001")),
                CATALOGUE);
        assertThat(f).extracting(Finding::code).contains("CD-3135", "CD-3134", "CD-3133", "CD-3132");
    }

    @Test
    void finds_a_box_thicker_than_its_spine() {
        List<CatalogueEntry> thick = BoxerTest.rows("Z109-WS·2023-Y", 2, 200);
        List<Finding> f = CHECKER.check(List.of(box(1, "Z109-WS·2023-Y-0001", "Z109-WS·2023-Y-0002",
                "Z109-WS·2023-Y-0001", "Z109-WS·2023-Y-0002")), thick);
        assertThat(f).extracting(Finding::code).containsExactly("CD-3136");
    }
}
