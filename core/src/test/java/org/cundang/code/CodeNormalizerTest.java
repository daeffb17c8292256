package org.cundang.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeNormalizerTest {

    private final CodeNormalizer normalizer = CodeNormalizer.of(CodeTemplate.daT22());

    @Test
    void a_valid_code_is_returned_unchanged() {
        Normalization n = normalizer.normalize("Z109-WS·2011-Y-BGS-0001");
        assertThat(n.isValid()).isTrue();
        assertThat(n.isChanged()).isFalse();
        assertThat(n.orElseThrow()).hasToString("Z109-WS·2011-Y-BGS-0001");
    }

    @Test
    void repairs_full_width_text_and_reports_it() {
        Normalization n = normalizer.normalize("Ｚ１０９－ＷＳ·２０１１－Ｙ－ＢＧＳ－０００１");
        assertThat(n.orElseThrow()).hasToString("Z109-WS·2011-Y-BGS-0001");
        assertThat(n.changes()).extracting(Change::kind, Change::index, Change::from, Change::to)
                .containsExactly(tuple(Change.Kind.FULL_WIDTH, 0, "Ｚ１０９－ＷＳ", "Z109-WS"),
                        tuple(Change.Kind.FULL_WIDTH, 8, "２０１１－Ｙ－ＢＧＳ－０００１", "2011-Y-BGS-0001"));
        assertThat(n.changes().get(0).describe().zh()).isEqualTo("第 1 个字符处全角“Ｚ１０９－ＷＳ”改为“Z109-WS”");
    }

    @Test
    void repairs_separators_case_spaces_and_padding() {
        Normalization n = normalizer.normalize("  z109-ws-2011-y-bgs-1 ");
        assertThat(n.orElseThrow()).hasToString("Z109-WS·2011-Y-BGS-0001");
        assertThat(n.changes()).extracting(Change::kind, Change::index, Change::from, Change::to)
                .containsExactly(
                        tuple(Change.Kind.WHITESPACE, 0, "  ", ""),
                        tuple(Change.Kind.LOWER_CASE, 2, "z", "Z"),
                        tuple(Change.Kind.LOWER_CASE, 7, "ws", "WS"),
                        tuple(Change.Kind.SEPARATOR, 9, "-", "·"),
                        tuple(Change.Kind.LOWER_CASE, 15, "y", "Y"),
                        tuple(Change.Kind.LOWER_CASE, 17, "bgs", "BGS"),
                        tuple(Change.Kind.ZERO_PADDED, 21, "1", "0001"),
                        tuple(Change.Kind.WHITESPACE, 22, " ", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A182-SW.JB.2022-Y-0001", "A182-SW•JB•2022-Y-0001", "A182-SW・JB・2022-Y-0001",
            "A182-SW･JB･2022-Y-0001", "A182-SW-JB-2022-Y-0001", "A182 - SW · JB · 2022 - Y - 1",
            "A182—SW·JB·2022–Y－0001", "A182.SW.JB.2022.Y.0001"})
    void dot_and_dash_variants_become_the_templates_separators(String text) {
        assertThat(normalizer.normalize(text).orElseThrow()).hasToString("A182-SW·JB·2022-Y-0001");
    }

    @Test
    void pads_the_legacy_sequence_number() {
        Normalization n = CodeNormalizer.of(CodeTemplate.legacyVolume()).normalize("0134-001-0001-1");
        assertThat(n.orElseThrow()).hasToString("0134-001-0001-001");
    }

    @Test
    void never_pads_the_fonds_number() {
        Normalization n = CodeNormalizer.of(CodeTemplate.legacyVolume()).normalize("134-001-0001-001");
        assertThat(n.isValid()).isFalse();
        assertThat(n.changes()).isEmpty();
        assertThat(n.error().orElseThrow().code()).isEqualTo("CD-1003");
    }

    @Test
    void refuses_to_choose_between_two_readings() {
        CodeTemplate t = CodeTemplate.builder("ambiguous").fonds(1, 8).separator('-').category()
                .separator('-').org(2, 6).separator('-').item(4)
                .categories(CategoryRegistry.builder().add("CD", "甲", "", "L").add("CD·EF", "乙", "", "L").build())
                .build();
        assertThat(t.parse("A1-CD-EF-0001").org()).contains("EF");
        assertThat(t.parse("A1-CD·EF-0001").org()).isEmpty();
        Normalization n = CodeNormalizer.of(t).normalize("A1-CD.EF-0001");
        assertThat(n.isValid()).isFalse();
        assertThat(n.changes()).isEmpty();
        CodeParseException e = n.error().orElseThrow();
        assertThat(e.code()).isEqualTo("CD-1040");
        assertThat(e.errorIndex()).isEqualTo(5);
        assertThat(e.text().en()).contains("A1-CD-EF-0001").contains("A1-CD·EF-0001");
    }

    @Test
    void failures_point_into_the_original_input() {
        Normalization n = normalizer.normalize(" Z109-WS·20X1-Y-0001");
        CodeParseException e = n.error().orElseThrow();
        assertThat(e.code()).isEqualTo("CD-1006");
        assertThat(e.input()).isEqualTo(" Z109-WS·20X1-Y-0001");
        assertThat(e.errorIndex()).isEqualTo(11);
    }

    @Test
    void hostile_input_never_throws() {
        assertThat(normalizer.normalize(null).error().orElseThrow().code()).isEqualTo("CD-1001");
        assertThat(normalizer.normalize("   ").error().orElseThrow().code()).isEqualTo("CD-1001");
        assertThat(normalizer.normalize("x".repeat(10_000)).error().orElseThrow().code()).isEqualTo("CD-1002");
        assertThat(normalizer.normalize("-".repeat(300)).isValid()).isFalse();
        assertThat(normalizer.normalize("\uD83D\uDE00\u0000").isValid()).isFalse();
    }

    // ---- properties ----

    @Provide
    Arbitrary<String[]> variants() {
        return Combinators.combine(Generators.daT22Codes(), Arbitraries.integers().between(0, 1 << 10),
                Arbitraries.longs()).as((code, mask, seed) -> new String[] {code, vary(code, mask, seed)});
    }

    /** Applies repairable variations chosen by the bits of {@code mask}. */
    static String vary(String code, int mask, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        String base = code;
        if ((mask & 32) != 0) {
            int dash = code.lastIndexOf('-');
            base = code.substring(0, dash + 1) + Integer.parseInt(code.substring(dash + 1));
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            boolean pick = r.nextInt(3) == 0;
            if ((mask & 1) != 0 && pick && (Character.isLetterOrDigit(c) || c == '-')) {
                b.append((char) (c + 0xFEE0));
            } else if ((mask & 2) != 0 && pick && c >= 'A' && c <= 'Z') {
                b.append((char) (c + 32));
            } else if ((mask & 4) != 0 && c == '·') {
                b.append(".-•・･".charAt(r.nextInt(5)));
            } else if ((mask & 8) != 0 && pick && c == '-') {
                b.append("—–−".charAt(r.nextInt(3)));
            } else {
                b.append(c);
            }
            if ((mask & 16) != 0 && r.nextInt(6) == 0) {
                b.append(r.nextBoolean() ? ' ' : '\u3000');
            }
        }
        return (mask & 64) != 0 ? "  " + b + "\t" : b.toString();
    }

    @Property(tries = 400)
    void variants_normalise_back_and_changes_are_reported_iff_the_input_differed(
            @ForAll("variants") String[] pair) {
        String code = pair[0];
        String variant = pair[1];
        Normalization n = normalizer.normalize(variant);
        assertThat(n.isValid()).as(variant).isTrue();
        assertThat(n.orElseThrow()).hasToString(code);
        assertThat(CodeTemplate.daT22().parse(n.orElseThrow().toString())).isEqualTo(n.orElseThrow());
        assertThat(n.isChanged()).as(variant).isEqualTo(!variant.equals(code));
    }

    @Property(tries = 300)
    void arbitrary_text_never_throws(@ForAll String text) {
        Normalization n = normalizer.normalize(text);
        if (n.isValid()) {
            assertThat(CodeTemplate.daT22().isValid(n.orElseThrow().toString())).isTrue();
            assertThat(n.isChanged()).isEqualTo(!text.equals(n.orElseThrow().toString()));
        } else {
            assertThat(n.error().orElseThrow().errorIndex()).isBetween(0, Math.max(text.length(), 1024));
        }
    }
}
