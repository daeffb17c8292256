package org.cundang.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CategoryRegistryTest {

    @Test
    void defaults_follow_DOMAIN_3_2() {
        CategoryRegistry r = CategoryRegistry.defaults();
        assertThat(r.codes()).extracting(CategoryCode::toString).containsExactly("WS", "KJ", "KJ·KY", "KJ·JJ",
                "KJ·SB", "KU", "KU·01", "KU·02", "KU·03", "KU·04", "RS", "ZY", "ZP", "LY", "LX", "SW", "SW·JB",
                "SW·JP", "SJ", "YJ", "WY", "MT");
        assertThat(r.name(CategoryCode.parse("KU"))).contains("会计");
        assertThat(r.name(CategoryCode.parse("KJ·JJ"))).contains("基建");
        assertThat(r.categories()).allMatch(c -> c.confidence().equals("S"));
        assertThat(r.contains(CategoryCode.parse("XX"))).isFalse();
        assertThat(r.lookup("SW·JB")).map(Category::name).contains("奖杯");
    }

    @Test
    void local_variants_are_copies() {
        CategoryRegistry local = CategoryRegistry.defaults().with("KJ", "会计");
        assertThat(local.name(CategoryCode.parse("KJ"))).contains("会计");
        assertThat(local.lookup("KJ").orElseThrow().confidence()).isEqualTo("L");
        assertThat(CategoryRegistry.defaults().name(CategoryCode.parse("KJ"))).contains("科技");
        CategoryRegistry noKj = CategoryRegistry.defaults().toBuilder().remove(CategoryCode.parse("KJ")).build();
        assertThat(noKj.codes()).extracting(CategoryCode::toString).doesNotContain("KJ", "KJ·JJ");
    }

    @Test
    void a_sub_level_needs_its_parent() {
        assertThatThrownBy(() -> CategoryRegistry.builder().add("KJ·JJ", "基建", "", "S").build())
                .isInstanceOf(CodeException.class).hasMessageStartingWith("CD-1033");
        assertThatThrownBy(() -> CategoryRegistry.defaults().with("WS", " "))
                .hasMessageStartingWith("CD-1033");
    }
}
