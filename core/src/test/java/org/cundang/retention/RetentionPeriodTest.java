package org.cundang.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetentionPeriodTest {

    @ParameterizedTest
    @CsvSource({"Y,Y", "永久,Y", "D30,D30", "定期30年,D30", "30年,D30", "D10,D10", "定期10年,D10", "10年,D10",
            "D15,D15", "' D30 ',D30", "E5:固定资产报废清理,E5:固定资产报废清理",
            "固定资产报废清理后保管5年,E5:固定资产报废清理", "合同终止后保存3年,E3:合同终止"})
    void parses_codes_and_labels(String text, String code) {
        assertThat(RetentionPeriod.parse(text).code()).isEqualTo(code);
    }

    @Test
    void current_periods_have_their_codes_and_labels() {
        assertThat(RetentionPeriod.PERMANENT.code()).isEqualTo("Y");
        assertThat(RetentionPeriod.PERMANENT.label()).isEqualTo("永久");
        assertThat(RetentionPeriod.PERMANENT.years()).isEmpty();
        assertThat(RetentionPeriod.D30.label()).isEqualTo("定期30年");
        assertThat(RetentionPeriod.D10.labelEn()).isEqualTo("10 years");
        assertThat(RetentionPeriod.years(30)).isSameAs(RetentionPeriod.D30);
        assertThat(RetentionPeriod.afterEvent("固定资产报废清理", 5).label()).isEqualTo("固定资产报废清理后保管5年");
        assertThat(RetentionPeriod.afterEvent("固定资产报废清理", 5).event()).contains("固定资产报废清理");
    }

    @ParameterizedTest
    @ValueSource(strings = {"长期", "短期", "C", "D", "1", "2", "3"})
    void legacy_terms_are_refused_with_CD_2002(String text) {
        assertThatThrownBy(() -> RetentionPeriod.parse(text))
                .isInstanceOfSatisfying(PeriodParseException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-2002");
                    assertThat(e.input()).isEqualTo(text);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "D0", "D1000", "X", "Ｄ３０", "D-1", "E0:x", "E5:", "E5:a:b", "后保管5年",
            "\u0000", "D30\n1", "定期0年"})
    void garbage_is_refused_with_CD_2001(String text) {
        assertThatThrownBy(() -> RetentionPeriod.parse(text))
                .isInstanceOfSatisfying(PeriodParseException.class, e -> assertThat(e.code()).isEqualTo("CD-2001"));
    }

    @Test
    void huge_input_is_refused_not_crashed() {
        String huge = "D".repeat(1_000_000);
        assertThatThrownBy(() -> RetentionPeriod.parse(huge))
                .isInstanceOfSatisfying(PeriodParseException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-2001");
                    assertThat(e.getMessage()).hasSizeLessThan(300);
                });
    }

    @Test
    void out_of_range_years_are_refused() {
        assertThatThrownBy(() -> RetentionPeriod.years(0)).hasMessageStartingWith("CD-2001");
        assertThatThrownBy(() -> RetentionPeriod.years(1000)).hasMessageStartingWith("CD-2001");
        assertThatThrownBy(() -> RetentionPeriod.afterEvent(" ", 5)).hasMessageStartingWith("CD-2001");
        assertThatThrownBy(() -> RetentionPeriod.afterEvent("a:b", 5)).hasMessageStartingWith("CD-2001");
        assertThatThrownBy(() -> RetentionPeriod.afterEvent("x", 0)).hasMessageStartingWith("CD-2001");
    }

    @Test
    void orders_by_length_with_permanent_longest() {
        List<RetentionPeriod> list = new ArrayList<>(List.of(RetentionPeriod.PERMANENT, RetentionPeriod.D30,
                RetentionPeriod.afterEvent("固定资产报废清理", 5), RetentionPeriod.D10, RetentionPeriod.years(5),
                RetentionPeriod.years(2)));
        Collections.shuffle(list);
        Collections.sort(list);
        assertThat(list).extracting(RetentionPeriod::code)
                .containsExactly("D2", "D5", "E5:固定资产报废清理", "D10", "D30", "Y");
        assertThat(RetentionPeriod.D10.isShorterThan(RetentionPeriod.D30)).isTrue();
        assertThat(RetentionPeriod.PERMANENT.isShorterThan(RetentionPeriod.D30)).isFalse();
    }

    @Test
    void equality_follows_the_code() {
        assertThat(RetentionPeriod.parse("D15")).isEqualTo(RetentionPeriod.years(15))
                .hasSameHashCodeAs(RetentionPeriod.years(15));
        assertThat(RetentionPeriod.parse("E5:x")).isNotEqualTo(RetentionPeriod.parse("E5:y"));
        assertThat(RetentionPeriod.D30.toString()).isEqualTo("D30");
    }

    @Property(tries = 300)
    void parse_of_code_is_identity(@ForAll("periods") RetentionPeriod p) {
        assertThat(RetentionPeriod.parse(p.code())).isEqualTo(p);
        assertThat(RetentionPeriod.parse(p.toString())).isEqualTo(p);
    }

    @Property(tries = 300)
    void parse_of_label_is_identity(@ForAll("periods") RetentionPeriod p) {
        assertThat(RetentionPeriod.parse(p.label())).isEqualTo(p);
    }

    @Property(tries = 200)
    void order_agrees_with_year_counts(@ForAll("periods") RetentionPeriod a, @ForAll("periods") RetentionPeriod b) {
        int ya = a.isPermanent() ? Integer.MAX_VALUE : a.years().getAsInt();
        int yb = b.isPermanent() ? Integer.MAX_VALUE : b.years().getAsInt();
        if (ya < yb) {
            assertThat(a).isLessThan(b);
        }
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    }

    @Provide
    static Arbitrary<RetentionPeriod> periods() {
        Arbitrary<RetentionPeriod> fixed = Arbitraries.integers().between(1, RetentionPeriod.MAX_YEARS)
                .map(RetentionPeriod::years);
        Arbitrary<String> names = Arbitraries.strings().withChars("固定资产报废清理合同终止离职abc").ofMinLength(1).ofMaxLength(12);
        Arbitrary<RetentionPeriod> event = Combinators.combine(names, Arbitraries.integers().between(1, 999))
                .as(RetentionPeriod::afterEvent);
        return Arbitraries.oneOf(fixed, event, Arbitraries.just(RetentionPeriod.PERMANENT));
    }
}
