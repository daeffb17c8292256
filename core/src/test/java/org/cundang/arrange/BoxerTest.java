package org.cundang.arrange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.cundang.Finding;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeTemplate;
import org.junit.jupiter.api.Test;

class BoxerTest {

    static CatalogueEntry row(int seq, String code, int pages) {
        return new CatalogueEntry(seq, code, "", "村委会", "题名" + seq, "20230101", "", pages, code.split("-").length > 2 ? code.split("-")[2] : "Y",
                "", null);
    }

    static List<CatalogueEntry> rows(String scope, int count, int pages) {
        List<CatalogueEntry> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(row(i, scope + String.format("-%04d", i), pages));
        }
        return out;
    }

    @Test
    void fills_fixed_30mm_boxes_by_thickness() {
        // 30 mm at 90 % = 27 mm = 270 single-sided sheets of 0.1 mm; items of 100 pages: 2 per box (300 > 270).
        BoxingRules rules = BoxingRules.defaults().withFixedSpine(30);
        Boxing b = Boxer.of(rules, CodeTemplate.daT22()).box(rows("Z109-WS·2023-Y", 5, 100));
        assertThat(b.findings()).isEmpty();
        assertThat(b.boxes()).extracting(Box::number, Box::range, Box::spineMm).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "0001-0002", 30),
                org.assertj.core.groups.Tuple.tuple(2, "0003-0004", 30),
                org.assertj.core.groups.Tuple.tuple(3, "0005", 30));
        assertThat(b.boxes().get(0).pages()).isEqualTo(200);
    }

    @Test
    void double_sided_sheets_halve_the_thickness() {
        BoxingRules rules = BoxingRules.defaults().withFixedSpine(30).withPagesPerSheet(2);
        Boxing b = Boxer.of(rules, CodeTemplate.daT22()).box(rows("Z109-WS·2023-Y", 5, 100));
        assertThat(b.boxes()).extracting(Box::range).containsExactly("0001-0005");
    }

    @Test
    void without_a_fixed_spine_gives_each_box_the_thinnest_spine_that_holds_it() {
        // 50 mm at 90 % = 450 sheets: 4 items of 100 pages fill a 50 mm box, the fifth (100 sheets = 10 mm) gets 20 mm.
        Boxing b = Boxer.of(BoxingRules.defaults(), CodeTemplate.daT22()).box(rows("Z109-WS·2023-D30", 5, 100));
        assertThat(b.boxes()).extracting(Box::range, Box::spineMm).containsExactly(
                org.assertj.core.groups.Tuple.tuple("0001-0004", 50),
                org.assertj.core.groups.Tuple.tuple("0005", 20));
    }

    @Test
    void one_box_holds_one_class_and_numbering_restarts_per_class() {
        List<CatalogueEntry> rows = new ArrayList<>(rows("Z109-WS·2023-D10", 2, 5));
        rows.addAll(rows("Z109-WS·2023-Y", 2, 5));
        rows.addAll(rows("Z109-WS·2022-Y", 1, 5));
        Boxing b = Boxer.of(BoxingRules.defaults(), CodeTemplate.daT22()).box(rows);
        assertThat(b.boxes()).extracting(x -> x.scope().key(), Box::number).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Z109-WS·2022-Y", 1),
                org.assertj.core.groups.Tuple.tuple("Z109-WS·2023-Y", 1),
                org.assertj.core.groups.Tuple.tuple("Z109-WS·2023-D10", 1));
        Boxing continuous = Boxer.of(BoxingRules.defaults().withNumbering(BoxingRules.Numbering.CONTINUOUS),
                CodeTemplate.daT22()).box(rows);
        assertThat(continuous.boxes()).extracting(Box::number).containsExactly(1, 2, 3);
    }

    @Test
    void reports_bad_rows_duplicates_oversize_items_and_gaps() {
        List<CatalogueEntry> rows = new ArrayList<>();
        rows.add(row(1, "Z109-WS·2023-Y-0001", 1000));
        rows.add(row(2, "Z109-WS·2023-Y-0001", 3));
        rows.add(row(3, "Z109-WS·2023-Y-0004", 3));
        rows.add(row(4, "not a code", 3));
        Boxing b = Boxer.of(BoxingRules.defaults(), CodeTemplate.daT22()).box(rows);
        assertThat(b.findings()).extracting(Finding::code)
                .containsExactlyInAnyOrder("CD-3120", "CD-3121", "CD-3122", "CD-3123");
        assertThat(b.boxes()).extracting(Box::range).containsExactly("0001", "0004");
    }

    @Test
    void rejects_spines_that_are_not_on_offer() {
        assertThatThrownBy(() -> BoxingRules.defaults().withFixedSpine(35)).isInstanceOf(ArrangeException.class)
                .hasMessageStartingWith("CD-3101");
        assertThatThrownBy(() -> BoxingRules.defaults().withSpines(List.of())).isInstanceOf(ArrangeException.class);
        assertThatThrownBy(() -> BoxingRules.defaults().withSheetMicrons(0)).isInstanceOf(ArrangeException.class);
        assertThat(BoxingRules.defaults().withSpines(List.of(35, 25)).withFixedSpine(35).fixedSpine())
                .hasValue(35);
    }
}
