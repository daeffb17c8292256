package org.cundang.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClimateMetricsTest {

    @Test
    void twenty_degrees_fifty_percent_as_the_cli_shows_it() {
        ClimateMetrics m = ClimateMetrics.of(20, 50);
        assertThat(m.dewPoint()).isCloseTo(9.3, within(0.05));
        assertThat(m.preservationIndex()).isCloseTo(41.8, within(0.05));
        assertThat(m.equilibriumMoistureContent()).isCloseTo(9.3, within(0.05));
        // PI 41.8 < 45: RISK by the dpcalc thresholds (the formula reads a little below IPI's table, about 44).
        assertThat(m.ageing()).isEqualTo(Rating.RISK);
        assertThat(m.mechanical()).isEqualTo(Rating.OK);
        assertThat(m.corrosion()).isEqualTo(Rating.OK);
        assertThat(m.mould()).isEqualTo(Rating.GOOD);
        assertThat(m.daysToMouldGrowth()).isNull();
        assertThat(m.condensation()).isEqualTo(Rating.GOOD);
    }

    @Test
    void cold_dry_room_rates_good_for_ageing_and_corrosion() {
        ClimateMetrics m = ClimateMetrics.of(14, 45);
        assertThat(m.ageing()).isEqualTo(Rating.GOOD);
        assertThat(m.corrosion()).isEqualTo(Rating.OK); // EMC 8.6 is between 7.0 and 10.5
    }

    @Test
    void edge_24_60_passes_jgj_but_rates_risk_by_pi() {
        RoomProfile paper = RoomProfiles.defaults().get("paper");
        assertThat(paper.temperature().contains(24)).isTrue();
        assertThat(paper.humidity().contains(60)).isTrue();
        ClimateMetrics m = ClimateMetrics.of(24, 60);
        assertThat(m.preservationIndex()).isCloseTo(21.1, within(0.05));
        assertThat(m.ageing()).isEqualTo(Rating.RISK);
        assertThat(m.corrosion()).isEqualTo(Rating.RISK); // EMC 10.9 ≥ 10.5
    }

    @Test
    void damp_warm_room_rates_mechanical_and_mould_risk() {
        ClimateMetrics m = ClimateMetrics.of(25, 85);
        assertThat(m.mechanical()).isEqualTo(Rating.RISK);
        assertThat(m.mould()).isEqualTo(Rating.RISK);
        assertThat(m.daysToMouldGrowth()).isNotNull().isPositive();
        assertThat(m.condensation()).isEqualTo(Rating.RISK); // spread about 2.5 °C
    }

    @Test
    void thresholds_are_configurable() {
        RiskThresholds lenient = new RiskThresholds(40, 20, 5, 12.5, 7, 10.5, 1, 5, 3);
        assertThat(ClimateMetrics.of(20, 50, lenient).ageing()).isEqualTo(Rating.GOOD);
    }

    @Test
    void out_of_range_input_is_cd_6007() {
        for (double[] bad : new double[][] {{20, 0}, {20, 100.1}, {-41, 50}, {81, 50}, {Double.NaN, 50},
            {20, Double.POSITIVE_INFINITY}}) {
            assertThatThrownBy(() -> ClimateMetrics.of(bad[0], bad[1]))
                    .isInstanceOf(EnvironmentException.class)
                    .extracting(e -> ((EnvironmentException) e).code()).isEqualTo("CD-6007");
        }
    }

    @Test
    void thresholds_out_of_order_are_cd_6005() {
        assertThatThrownBy(() -> new RiskThresholds(40, 50, 5, 12.5, 7, 10.5, 1, 5, 3))
                .isInstanceOf(EnvironmentException.class).hasMessageStartingWith("CD-6005");
    }
}
