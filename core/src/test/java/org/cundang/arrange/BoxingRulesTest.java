package org.cundang.arrange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoxingRulesTest {

    @Test
    void defaults_are_documented_values() {
        BoxingRules d = BoxingRules.defaults();
        assertThat(d.spines()).containsExactly(20, 30, 40, 50);
        assertThat(d.fixedSpine()).isEmpty();
        assertThat(d.sheetMicrons()).isEqualTo(100);
        assertThat(d.pagesPerSheet()).isEqualTo(1);
        assertThat(d.fillPercent()).isEqualTo(90);
        assertThat(d.numbering()).isEqualTo(BoxingRules.Numbering.PER_CLASS);
    }

    @Test
    void thickness_and_capacity() {
        BoxingRules d = BoxingRules.defaults();
        assertThat(d.thicknessMicrons(25)).isEqualTo(2_500);
        assertThat(d.withPagesPerSheet(2).thicknessMicrons(25)).isEqualTo(1_300); // 13 sheets
        assertThat(d.capacityMicrons(30)).isEqualTo(27_000);
        assertThat(d.withFillPercent(100).capacityMicrons(20)).isEqualTo(20_000);
        assertThat(d.withSheetMicrons(120).thicknessMicrons(10)).isEqualTo(1_200);
    }

    @Test
    void bad_values_are_CD_3101() {
        assertThatThrownBy(() -> BoxingRules.defaults().withPagesPerSheet(3)).isInstanceOf(ArrangeException.class)
                .hasMessageStartingWith("CD-3101");
        assertThatThrownBy(() -> BoxingRules.defaults().withFillPercent(0)).isInstanceOf(ArrangeException.class);
        assertThatThrownBy(() -> BoxingRules.defaults().withSpines(List.of(0))).isInstanceOf(ArrangeException.class);
        assertThatThrownBy(() -> BoxingRules.defaults().withSheetMicrons(5000)).isInstanceOf(ArrangeException.class);
    }

    @Test
    void equal_rules_are_equal() {
        assertThat(BoxingRules.defaults().withFixedSpine(30)).isEqualTo(BoxingRules.defaults().withFixedSpine(30))
                .hasSameHashCodeAs(BoxingRules.defaults().withFixedSpine(30))
                .isNotEqualTo(BoxingRules.defaults());
    }
}
