package org.cundang.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cundang.retention.RetentionPeriod;
import org.junit.jupiter.api.Test;

class ArchivalCodeTest {

    private final CodeTemplate t = CodeTemplate.daT22();

    @Test
    void with_item_keeps_the_scope() {
        ArchivalCode c = t.parse("Z109-WS·2011-Y-BGS-0001");
        ArchivalCode d = c.withItem(26);
        assertThat(d).hasToString("Z109-WS·2011-Y-BGS-0026");
        assertThat(d.scope()).isEqualTo(c.scope());
        assertThat(c.withItem(1)).isSameAs(c);
        assertThatThrownBy(() -> c.withItem(0)).isInstanceOf(CodeException.class).hasMessageStartingWith("CD-1012");
        assertThatThrownBy(() -> c.withItem(10_000)).hasMessageStartingWith("CD-1012");
    }

    @Test
    void codes_sort_in_catalogue_order() {
        List<String> expected = List.of("A182-ZP·2022-Y-0001", "Z109-WS·2011-Y-0002", "Z109-WS·2011-Y-BGS-0001",
                "Z109-WS·2011-Y-BGS-0002", "Z109-WS·2011-Y-BGS-0010", "Z109-WS·2011-D30-BGS-0001",
                "Z109-WS·2011-D10-BGS-0001", "Z109-WS·2012-Y-BGS-0001");
        List<ArchivalCode> codes = new ArrayList<>();
        expected.forEach(s -> codes.add(t.parse(s)));
        Collections.shuffle(codes, new java.util.Random(7));
        Collections.sort(codes);
        assertThat(codes).extracting(ArchivalCode::toString).containsExactlyElementsOf(expected);
    }

    @Test
    void equality_follows_template_and_text() {
        assertThat(t.parse("Z109-WS·2011-Y-BGS-0001")).isEqualTo(t.parse("Z109-WS·2011-Y-BGS-0001"))
                .hasSameHashCodeAs(t.parse("Z109-WS·2011-Y-BGS-0001"))
                .isNotEqualTo(t.parse("Z109-WS·2011-Y-BGS-0002"));
        assertThat(t.parse("Z109-WS·2011-Y-BGS-0001").compareTo(t.parse("Z109-WS·2011-Y-BGS-0001"))).isZero();
    }

    @Test
    void the_builder_refuses_bad_values_with_the_parts_code() {
        assertThatThrownBy(() -> t.builder().fonds("z109").category("WS").year(2011)
                .period(RetentionPeriod.PERMANENT).item(1).build()).hasMessageStartingWith("CD-1003");
        assertThatThrownBy(() -> t.builder().fonds("Z109").category("XX").year(2011)
                .period(RetentionPeriod.PERMANENT).item(1).build()).hasMessageStartingWith("CD-1005");
        assertThatThrownBy(() -> t.builder().fonds("Z109").category("ws").year(2011)
                .period(RetentionPeriod.PERMANENT).item(1).build()).hasMessageStartingWith("CD-1004");
        assertThatThrownBy(() -> t.builder().fonds("Z109").category("WS").year(1800)
                .period(RetentionPeriod.PERMANENT).item(1).build()).hasMessageStartingWith("CD-1007");
        assertThatThrownBy(() -> t.builder().fonds("Z109").category("WS").year(2011)
                .period(RetentionPeriod.years(15)).item(1).build()).hasMessageStartingWith("CD-1008");
        assertThatThrownBy(() -> t.builder().fonds("Z109").category("WS").year(2011)
                .period(RetentionPeriod.PERMANENT).org("B").item(1).build()).hasMessageStartingWith("CD-1010");
        assertThatThrownBy(() -> t.builder().fonds("Z109").category("WS").year(2011)
                .period(RetentionPeriod.PERMANENT).item(0).build()).hasMessageStartingWith("CD-1012");
        assertThatThrownBy(() -> t.builder().fonds("Z109").category("WS").year(2011).item(1).build())
                .isInstanceOf(CodeException.class).hasMessageStartingWith("CD-1020");
        assertThatThrownBy(() -> t.builder().fonds("Z109").category("WS").year(2011)
                .period(RetentionPeriod.PERMANENT).volume(3).item(1).build()).hasMessageStartingWith("CD-1021");
        assertThatThrownBy(() -> CodeTemplate.legacyVolume().builder().fonds("0134").catalogue(1000).volume(1)
                .item(1).build()).hasMessageStartingWith("CD-1013");
    }

    @Test
    void builder_errors_are_in_both_languages() {
        CodeException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> t.builder().fonds("z1")
                .category("WS").year(2011).period(RetentionPeriod.PERMANENT).item(1).build(), CodeException.class);
        assertThat(e.text().zh()).isEqualTo("全宗号（1–8 位大写字母或数字）无效：“z1”。");
        assertThat(e.text().en()).isEqualTo("Invalid fonds number (1–8 capital letters or digits): \"z1\".");
    }
}
