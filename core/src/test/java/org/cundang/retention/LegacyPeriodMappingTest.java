package org.cundang.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyPeriodMappingTest {

    private final LegacyPeriodMapping defaults = LegacyPeriodMapping.defaults();

    @Test
    void default_mapping_is_Y_D30_D10_with_cut_over_2007() {
        assertThat(defaults.map(LegacyPeriod.PERMANENT)).isEqualTo(RetentionPeriod.PERMANENT);
        assertThat(defaults.map(LegacyPeriod.LONG)).isEqualTo(RetentionPeriod.D30);
        assertThat(defaults.map(LegacyPeriod.SHORT)).isEqualTo(RetentionPeriod.D10);
        assertThat(defaults.cutOverYear()).isEqualTo(Year.of(2007));
    }

    @ParameterizedTest
    @CsvSource({"Y,Y,false", "1,Y,true", "永久,Y,true", "C,D30,true", "2,D30,true", "长期,D30,true", "D,D10,true",
            "3,D10,true", "短期,D10,true", "D30,D30,false", "定期10年,D10,false"})
    void resolves_every_legacy_code_and_label(String text, String period, boolean legacy) {
        LegacyPeriodMapping.Resolution r = defaults.resolve(text, Year.of(1995)).orElseThrow();
        assertThat(r.period().code()).isEqualTo(period);
        assertThat(r.wasLegacy()).isEqualTo(legacy);
        assertThat(r.unsure()).isFalse();
    }

    @Test
    void a_bare_D_after_the_cut_over_is_unsure() {
        assertThat(defaults.resolve("D", Year.of(2010)).orElseThrow().unsure()).isTrue();
        assertThat(defaults.resolve("D", Year.of(2006)).orElseThrow().unsure()).isFalse();
        assertThat(defaults.resolve("D", null).orElseThrow().unsure()).isFalse();
        assertThat(defaults.withCutOverYear(Year.of(2012)).resolve("D", Year.of(2010)).orElseThrow().unsure())
                .isFalse();
    }

    @Test
    void text_that_is_no_period_resolves_to_nothing() {
        assertThat(defaults.resolve("X9", null)).isEmpty();
    }

    @Test
    void a_mapping_can_lengthen() {
        LegacyPeriodMapping m = defaults.with(LegacyPeriod.LONG, RetentionPeriod.PERMANENT)
                .with(LegacyPeriod.SHORT, RetentionPeriod.years(15));
        assertThat(m.map(LegacyPeriod.LONG)).isEqualTo(RetentionPeriod.PERMANENT);
        assertThat(m.map(LegacyPeriod.SHORT)).isEqualTo(RetentionPeriod.years(15));
        assertThat(defaults.map(LegacyPeriod.LONG)).isEqualTo(RetentionPeriod.D30);
    }

    @Test
    void a_mapping_that_shortens_is_refused_with_CD_2003() {
        assertThatThrownBy(() -> defaults.with(LegacyPeriod.PERMANENT, RetentionPeriod.D30))
                .hasMessageStartingWith("CD-2003");
        assertThatThrownBy(() -> defaults.with(LegacyPeriod.LONG, RetentionPeriod.D10))
                .hasMessageStartingWith("CD-2003");
        assertThatThrownBy(() -> defaults.with(LegacyPeriod.SHORT, RetentionPeriod.afterEvent("x", 5)))
                .hasMessageStartingWith("CD-2003");
    }

    @Property(tries = 50)
    void every_legacy_code_maps_to_a_period_no_shorter_than_the_term(@ForAll LegacyPeriod legacy) {
        for (String code : legacy.codes()) {
            LegacyPeriodMapping.Resolution r = defaults.resolve(code, Year.of(1990)).orElseThrow();
            assertThat(r.period()).isEqualTo(defaults.map(legacy));
            if (legacy == LegacyPeriod.PERMANENT) {
                assertThat(r.period().isPermanent()).isTrue();
            }
            if (legacy == LegacyPeriod.LONG) {
                assertThat(r.period().years().orElse(Integer.MAX_VALUE)).isGreaterThanOrEqualTo(16);
            }
        }
        assertThat(defaults.resolve(legacy.label(), null).orElseThrow().period()).isEqualTo(defaults.map(legacy));
    }
}
