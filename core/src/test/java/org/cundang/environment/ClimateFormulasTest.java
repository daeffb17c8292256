package org.cundang.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The formulas against PRIOR-ART.md §4's worked values. Those are given to one decimal, so the tolerance is
 * ±0.05 (half the last digit), except the dew point (±0.06, see below).
 */
class ClimateFormulasTest {

    @ParameterizedTest(name = "{0} °C / {1} % → PI {2}, DP {3}, EMC {4}")
    @CsvSource({
        "14, 45, 100.6, 2.3, 8.6",
        "20, 50, 41.8, 9.3, 9.3",
        "24, 60, 21.1, 15.8, 10.9",
        "25, 70, 16.0, 19.2, 12.9"})
    void worked_values_from_prior_art(double t, double rh, double pi, double dp, double emc) {
        assertThat(ClimateFormulas.preservationIndex(t, rh)).isCloseTo(pi, within(0.05));
        // Magnus gives 2.247 and 19.148 °C at 14/45 and 25/70, which PRIOR-ART.md lists as 2.3 and 19.2 (rounded
        // up); the dew-point tolerance is therefore 0.06.
        assertThat(ClimateFormulas.dewPoint(t, rh)).isCloseTo(dp, within(0.06));
        assertThat(ClimateFormulas.equilibriumMoistureContent(t, rh)).isCloseTo(emc, within(0.05));
    }

    @Test
    void twpi_example_is_the_harmonic_mean_17_6_not_the_arithmetic_26_5() {
        double pi1 = ClimateFormulas.preservationIndex(20, 50);
        double pi2 = ClimateFormulas.preservationIndex(28, 70);
        double harmonic = 12 / (6 / pi1 + 6 / pi2);
        assertThat(harmonic).isCloseTo(17.6, within(0.05));
        assertThat((pi1 + pi2) / 2).isCloseTo(26.5, within(0.05));
    }

    @Test
    void dew_point_equals_temperature_at_saturation() {
        assertThat(ClimateFormulas.dewPoint(20, 100)).isCloseTo(20, within(1e-9));
    }

    @Test
    void mould_critical_humidity_is_80_percent_at_20_degrees_and_higher_when_cold() {
        // VTT: RHcrit(20 °C) = −0.00267·8000 + 0.16·400 − 62.6 + 100 = 80.04 (computed by hand).
        assertThat(ClimateFormulas.mouldCriticalHumidity(20)).isCloseTo(80.04, within(1e-9));
        assertThat(ClimateFormulas.mouldCriticalHumidity(5)).isGreaterThan(85);
        assertThat(ClimateFormulas.mouldCriticalHumidity(30)).isEqualTo(80);
        assertThat(ClimateFormulas.mouldCriticalHumidity(-5)).isEqualTo(100);
    }

    @Test
    void mould_never_grows_below_the_critical_humidity() {
        assertThat(ClimateFormulas.mouldFavourable(20, 79)).isFalse();
        assertThat(ClimateFormulas.daysToMouldGrowth(20, 79)).isInfinite();
        assertThat(ClimateFormulas.mouldStep(0, 20, 60, 24 * 365, 0)).isZero();
    }

    @Test
    void days_to_mould_growth_matches_a_step_by_step_integration() {
        double days = ClimateFormulas.daysToMouldGrowth(20, 90);
        double m = 0;
        double hours = 0;
        while (m < 1) {
            m = ClimateFormulas.mouldStep(m, 20, 90, 0.1, 0);
            hours += 0.1;
        }
        assertThat(hours / 24).isCloseTo(days, within(0.01 * days));
        // Order of magnitude from Hukka & Viitanen (1999): weeks at 90 % and 20 °C on pine sapwood.
        assertThat(days).isBetween(14.0, 60.0);
    }

    @Test
    void mould_index_declines_in_dry_conditions_after_the_first_six_hours_pause() {
        // 6 h at 0.032/day, 18 h at 0, then 0.016/day (Hukka & Viitanen 1999).
        double afterDay = ClimateFormulas.mouldStep(2, 20, 50, 24, 0);
        assertThat(afterDay).isCloseTo(2 - 6 * 0.032 / 24, within(1e-12));
        double afterTwoDays = ClimateFormulas.mouldStep(afterDay, 20, 50, 24, 24);
        assertThat(afterTwoDays).isCloseTo(afterDay - 24 * 0.016 / 24, within(1e-12));
    }

    @Property(tries = 200)
    void preservation_index_decreases_with_temperature(@ForAll @DoubleRange(min = -20, max = 60) double t,
                                                      @ForAll @DoubleRange(min = 1, max = 100) double rh) {
        assertThat(ClimateFormulas.preservationIndex(t + 1, rh)).isLessThan(ClimateFormulas.preservationIndex(t, rh));
    }

    @Property(tries = 200)
    void preservation_index_decreases_with_humidity(@ForAll @DoubleRange(min = -20, max = 60) double t,
                                                   @ForAll @DoubleRange(min = 1, max = 99) double rh) {
        assertThat(ClimateFormulas.preservationIndex(t, rh + 1)).isLessThan(ClimateFormulas.preservationIndex(t, rh));
    }

    @Property(tries = 200)
    void dew_point_never_exceeds_the_temperature(@ForAll @DoubleRange(min = -40, max = 80) double t,
                                                 @ForAll @DoubleRange(min = 0.5, max = 100) double rh) {
        assertThat(ClimateFormulas.dewPoint(t, rh)).isLessThanOrEqualTo(t + 1e-9);
    }

    @Property(tries = 200)
    void emc_increases_with_humidity(@ForAll @DoubleRange(min = 0, max = 40) double t,
                                     @ForAll @DoubleRange(min = 1, max = 94) double rh) {
        assertThat(ClimateFormulas.equilibriumMoistureContent(t, rh + 5))
                .isGreaterThan(ClimateFormulas.equilibriumMoistureContent(t, rh));
    }
}
