package org.cundang.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CategoryCodeTest {

    @Test
    void has_levels_and_a_parent() {
        CategoryCode c = CategoryCode.parse("KJ·JJ");
        assertThat(c.levels()).containsExactly("KJ", "JJ");
        assertThat(c.depth()).isEqualTo(2);
        assertThat(c.parent()).contains(CategoryCode.parse("KJ"));
        assertThat(c.top()).isEqualTo(CategoryCode.parse("KJ"));
        assertThat(c.isWithin(CategoryCode.parse("KJ"))).isTrue();
        assertThat(CategoryCode.parse("KJS").isWithin(CategoryCode.parse("KJ"))).isFalse();
        assertThat(CategoryCode.of("KU", "01")).hasToString("KU·01");
        assertThat(CategoryCode.parse("WS").parent()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ws", "W S", "KJ·", "·KJ", "KJ··JJ", "KJ·JJ·AB·CD", "ABCDE", "KJ-JJ", "ＷＳ"})
    void refuses_malformed_codes(String text) {
        assertThatThrownBy(() -> CategoryCode.parse(text)).isInstanceOf(CodeException.class)
                .hasMessageStartingWith("CD-1004");
    }
}
