package org.cundang.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cundang.retention.RetentionPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeTemplateTest {

    private final CodeTemplate daT22 = CodeTemplate.daT22();
    private final CodeTemplate legacy = CodeTemplate.legacyVolume();

    @Test
    void parses_the_DA_T_22_example_of_5_4_2() {
        ArchivalCode c = daT22.parse("Z109-WS·2011-Y-BGS-0001");
        assertThat(c.fonds()).isEqualTo("Z109");
        assertThat(c.category()).contains(CategoryCode.parse("WS"));
        assertThat(c.year()).hasValue(2011);
        assertThat(c.period()).contains(RetentionPeriod.PERMANENT);
        assertThat(c.org()).contains("BGS");
        assertThat(c.item()).isEqualTo(1);
        assertThat(c.catalogue()).isEmpty();
        assertThat(c.volume()).isEmpty();
        assertThat(c.toString()).isEqualTo("Z109-WS·2011-Y-BGS-0001");
    }

    @ParameterizedTest
    @CsvSource({
            "A182-WS·2022-Y-XZ-0001, A182, WS, 2022, Y, XZ, 1",
            "A182-ZP·2022-Y-0001, A182, ZP, 2022, Y, , 1",
            "A182-SW·JB·2022-Y-0001, A182, SW·JB, 2022, Y, , 1",
            "J001-KJ·JJ·2022-Y-001-0001, J001, KJ·JJ, 2022, Y, 001, 1",
            "Z109-KU·03·2015-D30-CW-0026, Z109, KU·03, 2015, D30, CW, 26",
            "0134-WS·1999-D10-9999, 0134, WS, 1999, D10, , 9999",
    })
    void parses_every_DOMAIN_example(String text, String fonds, String category, int year, String period,
                                     String org, int item) {
        ArchivalCode c = daT22.parse(text);
        assertThat(c.fonds()).isEqualTo(fonds);
        assertThat(c.category().map(CategoryCode::toString)).contains(category);
        assertThat(c.year()).hasValue(year);
        assertThat(c.period().map(RetentionPeriod::code)).contains(period);
        assertThat(c.org().orElse(null)).isEqualTo(org);
        assertThat(c.item()).isEqualTo(item);
        assertThat(daT22.format(c)).isEqualTo(text);
    }

    @Test
    void parses_the_legacy_volume_example() {
        ArchivalCode c = legacy.parse("0134-001-0001-001");
        assertThat(c.fonds()).isEqualTo("0134");
        assertThat(c.catalogue()).hasValue(1);
        assertThat(c.volume()).hasValue(1);
        assertThat(c.item()).isEqualTo(1);
        assertThat(c.category()).isEmpty();
        assertThat(c.year()).isEmpty();
        assertThat(c.period()).isEmpty();
        assertThat(legacy.format(c)).isEqualTo("0134-001-0001-001");
        assertThat(legacy.maxItem()).isEqualTo(999);
    }

    @Test
    void a_custom_template_reads_the_J001_example_as_a_volume() {
        CodeTemplate volumes = CodeTemplate.builder("kj-volume")
                .fonds(4, 4).separator('-').category().separator('·').year().separator('-').period()
                .separator('-').volume(3).separator('-').item(4).build();
        ArchivalCode c = volumes.parse("J001-KJ·JJ·2022-Y-001-0001");
        assertThat(c.volume()).hasValue(1);
        assertThat(c.org()).isEmpty();
        assertThat(c.scope().key()).isEqualTo("J001-KJ·JJ·2022-Y-001");
    }

    @Test
    void the_builder_formats_the_same_text() {
        ArchivalCode c = daT22.builder().fonds("Z109").category("WS").year(2011).period(RetentionPeriod.PERMANENT)
                .org("BGS").item(1).build();
        assertThat(c).hasToString("Z109-WS·2011-Y-BGS-0001").isEqualTo(daT22.parse("Z109-WS·2011-Y-BGS-0001"));
        assertThat(legacy.builder().fonds("0134").catalogue(1).volume(1).item(1).build())
                .hasToString("0134-001-0001-001");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "z109-WS·2011-Y-BGS-0001|CD-1003|0|FONDS",
            "Z1#9-WS·2011-Y-BGS-0001|CD-1003|2|FONDS",
            "Z109WS·2011-Y-BGS-0001|CD-1015|6|CATEGORY",
            "Z109-KJ·KY-2022-Y-0001|CD-1015|10|YEAR",
            "Z109-ws·2011-Y-BGS-0001|CD-1004|5|CATEGORY",
            "Z109-XX·2011-Y-BGS-0001|CD-1005|5|CATEGORY",
            "Z109-KJ·XX·2022-Y-0001|CD-1005|8|CATEGORY",
            "Z109-WS-2011-Y-BGS-0001|CD-1015|7|YEAR",
            "Z109-WS·20A1-Y-BGS-0001|CD-1006|10|YEAR",
            "Z109-WS·1850-Y-BGS-0001|CD-1007|8|YEAR",
            "Z109-WS·2011-X-BGS-0001|CD-1008|13|PERIOD",
            "Z109-WS·2011-D-BGS-0001|CD-1009|13|PERIOD",
            "Z109-WS·2011-C-BGS-0001|CD-1009|13|PERIOD",
            "Z109-WS·2011-D15-BGS-0001|CD-1008|13|PERIOD",
            "Z109-WS·2011-Y-B#S-0001|CD-1010|16|ORG",
            "Z109-WS·2011-Y-BGS-001|CD-1011|22|ITEM",
            "Z109-WS·2011-Y-BGS-00X1|CD-1011|21|ITEM",
            "Z109-WS·2011-Y-BGS-00011|CD-1011|23|ITEM",
            "Z109-WS·2011-Y-BGS-0000|CD-1012|19|ITEM",
            "Z109-WS·2011-Y-BGS-0001-|CD-1016|23|ITEM",
    })
    void rejects_bad_codes_at_the_first_bad_character(String text, String code, int index, PartKind part) {
        CodeParseException e = catchThrowableOfType(() -> daT22.parse(text), CodeParseException.class);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.errorIndex()).isEqualTo(index);
        assertThat(e.expectedPart()).contains(part);
        assertThat(e.input()).isEqualTo(text);
    }

    @Test
    void messages_name_the_part_in_both_languages() {
        CodeParseException e = catchThrowableOfType(() -> daT22.parse("Z109-WS·20A1-Y-0001"),
                CodeParseException.class);
        assertThat(e.text().zh()).contains("第 11 个字符处应为年度（4 位数字").contains("“A”");
        assertThat(e.text().en()).contains("expected the year (4 digits").contains("character 11");
        assertThat(e.getMessage()).startsWith("CD-1006: ");
    }

    @Test
    void legacy_parts_have_their_own_codes() {
        assertThat(catchThrowableOfType(() -> legacy.parse("0134-01-0001-001"), CodeParseException.class).code())
                .isEqualTo("CD-1013");
        assertThat(catchThrowableOfType(() -> legacy.parse("0134-001-000-001"), CodeParseException.class).code())
                .isEqualTo("CD-1014");
        assertThat(catchThrowableOfType(() -> legacy.parse("0134-001-0001-000"), CodeParseException.class).code())
                .isEqualTo("CD-1012");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u0000", "Z109-WS·2011-Y-BGS-0001\n", "\uD83D\uDE00", "Ｚ109-WS·2011-Y-0001",
            "Z109-WS·2011-Y-BGS-0001\uD83D", "----", "·", "Z109-·2011-Y-0001", "Z109-WS··2011-Y-0001",
            "Z109-WS·JB·XX·YY·2011-Y-0001", "Z109-WSWSW·2011-Y-0001", "ZZZZZZZZZ-WS·2011-Y-0001"})
    void bad_input_gives_only_CodeParseException(String text) {
        assertThatThrownBy(() -> daT22.parse(text)).isInstanceOf(CodeParseException.class);
        assertThatThrownBy(() -> legacy.parse(text)).isInstanceOf(CodeParseException.class);
        assertThat(daT22.isValid(text)).isFalse();
    }

    @Test
    void null_empty_and_huge_inputs() {
        assertThat(catchThrowableOfType(() -> daT22.parse(null), CodeParseException.class).code())
                .isEqualTo("CD-1001");
        assertThat(catchThrowableOfType(() -> daT22.parse(""), CodeParseException.class).code())
                .isEqualTo("CD-1001");
        String huge = "Z".repeat(10_000);
        CodeParseException e = catchThrowableOfType(() -> daT22.parse(huge), CodeParseException.class);
        assertThat(e.code()).isEqualTo("CD-1002");
        assertThat(e.getMessage()).hasSizeLessThan(200);
    }

    @Test
    void templates_are_validated_when_built() {
        assertThatThrownBy(() -> CodeTemplate.builder("x").fonds(1, 8).build())
                .isInstanceOf(CodeException.class).hasMessageStartingWith("CD-1031");
        assertThatThrownBy(() -> CodeTemplate.builder("x").fonds(1, 8).item(4).build())
                .hasMessageStartingWith("CD-1031");
        assertThatThrownBy(() -> CodeTemplate.builder("Bad Name").fonds(1, 8).separator('-').item(4).build())
                .hasMessageStartingWith("CD-1031");
        assertThatThrownBy(() -> CodeTemplate.builder("x").fonds(1, 9).separator('-').item(4).build())
                .hasMessageStartingWith("CD-1031");
        assertThatThrownBy(() -> CodeTemplate.builder("x").fonds(1, 8).separator('A').item(4).build())
                .hasMessageStartingWith("CD-1031");
        assertThatThrownBy(() -> CodeTemplate.daT22Builder(CategoryRegistry.defaults())
                .periods(List.of(RetentionPeriod.afterEvent("固定资产报废清理", 5))).build())
                .hasMessageStartingWith("CD-1031");
        assertThatThrownBy(() -> CodeTemplate.daT22Builder(CategoryRegistry.defaults()).years(2000, 1999).build())
                .hasMessageStartingWith("CD-1031");
    }

    @Test
    void the_year_range_and_periods_are_configurable() {
        CodeTemplate t = CodeTemplate.daT22Builder(CategoryRegistry.defaults()).years(1949, 2100)
                .periods(List.of(RetentionPeriod.PERMANENT, RetentionPeriod.D30, RetentionPeriod.D10,
                        RetentionPeriod.years(15))).build();
        assertThat(t.parse("Z109-KU·01·1998-D15-0001").period()).contains(RetentionPeriod.years(15));
        assertThatThrownBy(() -> t.parse("Z109-WS·1948-Y-0001")).hasMessageStartingWith("CD-1007");
        assertThat(t.pattern()).isEqualTo("全宗号-门类代码·年度-保管期限[-机构（问题）代码]-件号");
    }

    @Test
    void categories_come_from_the_templates_registry() {
        CodeTemplate local = CodeTemplate.daT22(CategoryRegistry.defaults().with("KJ", "会计"));
        assertThat(local.parse("A001-KJ·2020-D30-0001").category()).contains(CategoryCode.parse("KJ"));
        CodeTemplate wsOnly = CodeTemplate.daT22(CategoryRegistry.builder().add("WS", "文书", "", "L").build());
        assertThatThrownBy(() -> wsOnly.parse("A182-ZP·2022-Y-0001")).hasMessageStartingWith("CD-1005");
    }

    @Test
    void format_refuses_a_code_of_another_template() {
        ArchivalCode c = legacy.parse("0134-001-0001-001");
        assertThatThrownBy(() -> daT22.format(c)).isInstanceOf(CodeException.class).hasMessageStartingWith("CD-1022");
    }

    // ---- properties ----

    @Provide
    Arbitrary<String> daT22Codes() {
        return Generators.daT22Codes();
    }

    @Provide
    Arbitrary<String> legacyCodes() {
        return Generators.legacyCodes();
    }

    @Property(tries = 400)
    void format_of_parse_is_the_identity_for_DA_T_22(@ForAll("daT22Codes") String code) {
        ArchivalCode c = daT22.parse(code);
        assertThat(daT22.format(c)).isEqualTo(code);
        assertThat(c.toString()).isEqualTo(code);
        ArchivalCode rebuilt = daT22.builder().fonds(c.fonds()).category(c.category().orElseThrow())
                .year(c.year().getAsInt()).period(c.period().orElseThrow()).org(c.org().orElse(null))
                .item(c.item()).build();
        assertThat(rebuilt).isEqualTo(c).hasToString(code);
    }

    @Property(tries = 200)
    void format_of_parse_is_the_identity_for_legacy_codes(@ForAll("legacyCodes") String code) {
        assertThat(legacy.format(legacy.parse(code))).isEqualTo(code);
    }

    @Provide
    Arbitrary<Generators.Corruption> corruptions() {
        return Generators.corruptions();
    }

    @Property(tries = 600)
    void corruptions_are_rejected_at_their_index(@ForAll("corruptions") Generators.Corruption c) {
        CodeParseException e = catchThrowableOfType(() -> daT22.parse(c.text()), CodeParseException.class);
        assertThat(e).as(c.toString()).isNotNull();
        assertThat(e.errorIndex()).as(c.toString()).isEqualTo(c.index());
    }

    @Property(tries = 300)
    void arbitrary_text_gives_a_code_or_a_CodeParseException(@ForAll String text) {
        try {
            ArchivalCode c = daT22.parse(text);
            assertThat(c.toString()).isEqualTo(text);
        } catch (CodeParseException e) {
            assertThat(e.errorIndex()).isBetween(0, Math.max(text.length(), CodeTemplate.MAX_INPUT_LENGTH));
        }
    }

    @Property(tries = 100)
    void templates_of_any_item_width_round_trip(@ForAll("widthsAndItems") int[] wn) {
        int width = wn[0];
        int item = wn[1];
        CodeTemplate t = CodeTemplate.builder("w" + width).fonds(1, 8).separator('/').item(width).build();
        String expected = "A1/" + "0".repeat(width - String.valueOf(item).length()) + item;
        ArchivalCode c = t.builder().fonds("A1").item(item).build();
        assertThat(c).hasToString(expected);
        assertThat(t.parse(expected)).isEqualTo(c);
        assertThat(t.maxItem()).isEqualTo(Integer.parseInt("9".repeat(width)));
    }

    @Provide
    Arbitrary<int[]> widthsAndItems() {
        return Arbitraries.integers().between(1, 6).flatMap(w -> Arbitraries.integers()
                .between(1, Integer.parseInt("9".repeat(w))).map(n -> new int[] {w, n}));
    }
}
