package org.cundang.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SequenceScopeTest {

    @Test
    void the_DA_T_22_scope_is_fonds_category_year_period_and_org() {
        SequenceScope s = CodeTemplate.daT22().parse("Z109-WS·2011-Y-BGS-0026").scope();
        assertThat(s.key()).isEqualTo("Z109-WS·2011-Y-BGS");
        assertThat(s.parts()).containsExactly(Map.entry(PartKind.FONDS, "Z109"), Map.entry(PartKind.CATEGORY, "WS"),
                Map.entry(PartKind.YEAR, "2011"), Map.entry(PartKind.PERIOD, "Y"), Map.entry(PartKind.ORG, "BGS"));
        assertThat(s.codeWith(3)).hasToString("Z109-WS·2011-Y-BGS-0003");
        assertThat(CodeTemplate.daT22().parse("A182-ZP·2022-Y-0001").scope().parts()).doesNotContainKey(PartKind.ORG);
    }

    @Test
    void the_legacy_scope_is_fonds_catalogue_and_volume() {
        SequenceScope s = CodeTemplate.legacyVolume().parse("0134-001-0001-001").scope();
        assertThat(s.key()).isEqualTo("0134-001-0001");
        assertThat(s.parts()).containsOnlyKeys(PartKind.FONDS, PartKind.CATALOGUE, PartKind.VOLUME);
    }

    @Test
    void scopes_with_and_without_org_differ_and_sort() {
        SequenceScope a = CodeTemplate.daT22().parse("Z109-WS·2011-Y-0001").scope();
        SequenceScope b = CodeTemplate.daT22().parse("Z109-WS·2011-Y-BGS-0001").scope();
        assertThat(a).isNotEqualTo(b);
        assertThat(a.compareTo(b)).isNegative();
        assertThat(a).isEqualTo(CodeTemplate.daT22().parse("Z109-WS·2011-Y-0009").scope());
    }
}
