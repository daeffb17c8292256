package org.cundang.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodeTemplatesTest {

    @Test
    void finds_templates_by_name() {
        CodeTemplates ts = CodeTemplates.defaults();
        assertThat(ts.names()).containsExactly("da-t-22", "legacy-volume");
        assertThat(ts.require("legacy-volume").parse("0134-001-0001-001").item()).isEqualTo(1);
        assertThat(ts.lookup("nope")).isEmpty();
        assertThatThrownBy(() -> ts.require("nope")).isInstanceOf(CodeException.class)
                .hasMessageStartingWith("CD-1032").hasMessageContaining("da-t-22, legacy-volume");
    }

    @Test
    void with_adds_a_local_template_and_defaults_take_a_registry() {
        CodeTemplate variant = CodeTemplate.daT22().toBuilder("kj-accounting")
                .categories(CategoryRegistry.defaults().with("KJ", "会计")).build();
        CodeTemplates ts = CodeTemplates.defaults().with(variant);
        assertThat(ts.names()).containsExactly("da-t-22", "legacy-volume", "kj-accounting");
        assertThat(ts.require("kj-accounting").parse("A001-KJ·2020-D30-0001").template().name())
                .isEqualTo("kj-accounting");
        CodeTemplates narrow = CodeTemplates.defaults(CategoryRegistry.builder().add("WS", "文书", "", "L").build());
        assertThat(narrow.require("da-t-22").isValid("A182-ZP·2022-Y-0001")).isFalse();
        assertThat(CodeTemplates.defaults().require("da-t-22")).isEqualTo(CodeTemplate.daT22());
    }
}
