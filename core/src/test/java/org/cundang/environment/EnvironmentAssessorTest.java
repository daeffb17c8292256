package org.cundang.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.cundang.Finding;
import org.cundang.Severity;
import org.junit.jupiter.api.Test;

class EnvironmentAssessorTest {

    static final Instant T0 = Instant.parse("2024-07-01T00:00:00Z");
    static final RoomProfile PAPER = RoomProfiles.defaults().get("paper");
    static final EnvironmentAssessor ASSESSOR = EnvironmentAssessor.of(PAPER);

    static Reading at(int minute, double t, double rh) {
        return Reading.of("s1", T0.plus(Duration.ofMinutes(minute)), t, rh);
    }

    /** Readings every {@code step} minutes with the given values. */
    static List<Reading> series(int step, double[] t, double[] rh) {
        List<Reading> out = new ArrayList<>();
        for (int i = 0; i < t.length; i++) {
            out.add(at(i * step, t[i], rh[i]));
        }
        return out;
    }

    static double[] repeat(double v, int n) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    static List<String> codes(EnvironmentAssessment a) {
        return a.alerts().stream().map(Alert::rule).toList();
    }

    /** The alerts of the compliance view: 20 °C / 50 % rates RISK by PI (41.8 &lt; 45), so risk alerts are left out. */
    static List<Alert> complianceAlerts(EnvironmentAssessment a) {
        return a.alerts().stream().filter(al -> !al.rule().startsWith("CD-604")).toList();
    }

    static List<String> complianceCodes(EnvironmentAssessment a) {
        return complianceAlerts(a).stream().map(Alert::rule).toList();
    }

    @Test
    void steady_room_in_band_complies_fully() {
        double[] t = new double[120];
        double[] h = new double[120];
        for (int i = 0; i < t.length; i++) {
            t[i] = 18 + (i % 3) * 0.1;
            h[i] = 50 + (i % 2) * 0.2;
        }
        EnvironmentAssessment a = ASSESSOR.assess(series(1, t, h));
        SensorCompliance c = a.complianceOf("s1").orElseThrow();
        assertThat(c.readings()).isEqualTo(120);
        assertThat(c.observed()).isEqualTo(Duration.ofMinutes(120));
        assertThat(c.fractionInBand()).hasValue(1.0);
        assertThat(c.excursions()).isEmpty();
        assertThat(complianceAlerts(a)).isEmpty();
        assertThat(a.passesCompliance()).isTrue();
    }

    @Test
    void excursion_has_start_end_peak_and_bound() {
        // 10 readings at 20 °C, then 5 at 25, 26, 27, 26, 25 (above 24), then 10 at 20 °C; one per minute.
        double[] t = new double[25];
        Arrays.fill(t, 20);
        double[] hot = {25, 26, 27, 26, 25};
        System.arraycopy(hot, 0, t, 10, 5);
        EnvironmentAssessment a = ASSESSOR.assess(series(1, t, repeat(50, 25)));
        assertThat(a.excursions()).singleElement().satisfies(e -> {
            assertThat(e.quantity()).isEqualTo(Quantity.TEMPERATURE);
            assertThat(e.bound()).isEqualTo(Excursion.Bound.HIGH);
            assertThat(e.start()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
            assertThat(e.end()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
            assertThat(e.peak()).isEqualTo(27);
            assertThat(e.limit()).isEqualTo(24);
            assertThat(e.duration()).isEqualTo(Duration.ofMinutes(5));
            assertThat(e.readings()).isEqualTo(5);
        });
        SensorCompliance c = a.compliance().get(0);
        assertThat(c.fractionTemperatureInBand().getAsDouble()).isCloseTo(20.0 / 25, within(1e-12));
        assertThat(c.fractionHumidityInBand()).hasValue(1.0);
        assertThat(a.passesCompliance()).isFalse();
        Alert alert = a.alerts().get(0);
        assertThat(alert.rule()).isEqualTo("CD-6020");
        assertThat(alert.severity()).isEqualTo(Severity.ERROR);
        assertThat(alert.message().en()).contains("above 24.0 °C", "peak 27.0 °C");
        assertThat(alert.message().zh()).contains("温度高于 24.0 °C");
        assertThat(alert.message().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo(alert.message().zh());
    }

    @Test
    void low_humidity_excursion_is_its_own_run_and_direction_changes_split_runs() {
        double[] h = {50, 40, 38, 50, 70, 65, 50};
        EnvironmentAssessment a = ASSESSOR.assess(series(1, repeat(20, 7), h));
        assertThat(a.excursions()).extracting(Excursion::bound, Excursion::peak)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Excursion.Bound.LOW, 38.0),
                        org.assertj.core.groups.Tuple.tuple(Excursion.Bound.HIGH, 70.0));
        assertThat(complianceCodes(a)).containsExactly("CD-6021", "CD-6021", "CD-6025");
    }

    @Test
    void a_value_flapping_around_a_bound_gives_one_excursion_until_it_stays_back_for_the_merge_time() {
        // 24.1, 23.9, 24.1, 23.9 … every minute for 30 minutes, then 90 minutes at 20 °C, then 25 °C again.
        List<Reading> r = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            r.add(at(i, i % 2 == 0 ? 24.1 : 23.9, 50));
        }
        for (int i = 30; i < 120; i++) {
            r.add(at(i, 20, 50));
        }
        r.add(at(120, 25, 50));
        r.add(at(121, 20, 50));
        EnvironmentAssessment a = ASSESSOR.assess(r);
        assertThat(a.excursions()).hasSize(2);
        Excursion first = a.excursions().get(0);
        assertThat(first.readings()).isEqualTo(15);
        assertThat(first.duration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(first.end()).isEqualTo(T0.plus(Duration.ofMinutes(29)));
        EnvironmentAssessment unmerged = EnvironmentAssessor.of(PAPER,
                AssessmentSettings.defaults().withMergeWithin(Duration.ZERO)).assess(r);
        assertThat(unmerged.excursions()).hasSize(16);
    }

    @Test
    void edge_24_60_passes_jgj_compliance_but_rates_risk_by_pi() {
        EnvironmentAssessment a = ASSESSOR.assess(series(10, repeat(24, 100), repeat(60, 100)));
        assertThat(a.passesCompliance()).isTrue();
        assertThat(a.excursions()).isEmpty();
        SensorRisk r = a.riskOf("s1").orElseThrow();
        assertThat(r.twpi()).isCloseTo(21.1, within(0.05));
        assertThat(r.ageing()).isEqualTo(Rating.RISK);
        assertThat(codes(a)).contains("CD-6040").doesNotContain("CD-6020", "CD-6021");
        assertThat(a.alerts()).allMatch(al -> al.severity() == Severity.WARNING);
    }

    @Test
    void twpi_of_six_hours_at_20_50_and_six_at_28_70_is_17_6() {
        double[] t = new double[12];
        double[] h = new double[12];
        for (int i = 0; i < 12; i++) {
            t[i] = i < 6 ? 20 : 28;
            h[i] = i < 6 ? 50 : 70;
        }
        SensorRisk r = ASSESSOR.assess(series(60, t, h)).risk().get(0);
        assertThat(r.twpi()).isCloseTo(17.6, within(0.05));
        assertThat(r.minPreservationIndex()).isLessThan(r.twpi());
        assertThat(r.maxPreservationIndex()).isCloseTo(41.8, within(0.05));
    }

    @Test
    void time_weighting_caps_an_interval_at_the_gap_threshold() {
        // 20/50 for a minute, then a 10-hour silence, then 28/70: the second reading must not dominate... and the
        // first holds for at most 1 hour (default maxGap).
        List<Reading> r = List.of(at(0, 20, 50), at(600, 28, 70), at(601, 28, 70));
        EnvironmentAssessment a = ASSESSOR.assess(r);
        SensorCompliance c = a.compliance().get(0);
        assertThat(c.observed()).isEqualTo(Duration.ofMinutes(60 + 1 + 1));
        assertThat(c.issues()).extracting(DataIssue::kind).containsExactly(DataIssue.Kind.GAP);
        assertThat(c.issues().get(0).from()).isEqualTo(T0);
        assertThat(c.issues().get(0).to()).isEqualTo(T0.plus(Duration.ofMinutes(600)));
        assertThat(codes(a)).contains("CD-6026");
    }

    @Test
    void temperature_swing_over_four_degrees_in_24_hours_is_reported() {
        // Hourly: 16 °C for 12 h, then 21 °C for 12 h: in band, but a 5 °C range within 24 h (> 2 × 2 °C).
        double[] t = new double[24];
        for (int i = 0; i < 24; i++) {
            t[i] = i < 12 ? 16 : 21;
        }
        EnvironmentAssessment a = ASSESSOR.assess(series(60, t, repeat(50, 24)));
        assertThat(a.excursions()).isEmpty();
        assertThat(a.compliance().get(0).swings()).singleElement().satisfies(s -> {
            assertThat(s.quantity()).isEqualTo(Quantity.TEMPERATURE);
            assertThat(s.range()).isEqualTo(5);
            assertThat(s.limit()).isEqualTo(4);
            assertThat(s.start()).isEqualTo(T0.plus(Duration.ofHours(11)));
            assertThat(s.end()).isEqualTo(T0.plus(Duration.ofHours(23)));
        });
        assertThat(complianceCodes(a)).containsExactly("CD-6024");
        assertThat(a.passesCompliance()).isFalse();
    }

    @Test
    void a_range_of_exactly_four_degrees_or_a_change_spread_over_more_than_24_hours_is_no_swing() {
        double[] t = new double[24];
        for (int i = 0; i < 24; i++) {
            t[i] = i < 12 ? 16.1 : 20.1; // 4.000000000000002 in floating point
        }
        assertThat(ASSESSOR.assess(series(60, t, repeat(50, 24))).compliance().get(0).swings()).isEmpty();
        // 16 °C, then 21 °C exactly 24 hours later: outside any window that is shorter than 24 hours.
        List<Reading> slow = List.of(at(0, 16, 50), at(60 * 24, 21, 50));
        EnvironmentAssessment a = EnvironmentAssessor.of(PAPER, AssessmentSettings.defaults()
                .withMaxGap(Duration.ofDays(2))).assess(slow);
        assertThat(a.compliance().get(0).swings()).isEmpty();
    }

    @Test
    void humidity_swing_and_a_stricter_reading_of_the_rule() {
        double[] h = {46, 50, 54, 58, 52};
        EnvironmentAssessment a = ASSESSOR.assess(series(60, repeat(20, 5), h));
        assertThat(a.compliance().get(0).swings()).singleElement()
                .satisfies(s -> assertThat(s.quantity()).isEqualTo(Quantity.RELATIVE_HUMIDITY))
                .satisfies(s -> assertThat(s.range()).isEqualTo(12));
        // A county that reads ±2 °C as a range of 2 °C sets the amplitude to 1.
        double[] t = {18, 19, 20.5};
        EnvironmentAssessment strict = EnvironmentAssessor.of(PAPER.withSwing(new SwingLimit(1, 5)))
                .assess(series(60, t, repeat(50, 3)));
        assertThat(strict.compliance().get(0).swings()).hasSize(1);
        assertThat(ASSESSOR.assess(series(60, t, repeat(50, 3))).compliance().get(0).swings()).isEmpty();
    }

    @Test
    void stuck_sensor_is_reported_after_the_stuck_duration() {
        EnvironmentAssessment a = ASSESSOR.assess(series(60, repeat(20, 14), repeat(50, 14)));
        assertThat(a.compliance().get(0).issues()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DataIssue.Kind.STUCK);
            assertThat(d.readings()).isEqualTo(14);
            assertThat(d.to()).isEqualTo(T0.plus(Duration.ofHours(13)));
        });
        assertThat(complianceCodes(a)).containsExactly("CD-6027");
        assertThat(complianceAlerts(ASSESSOR.assess(series(60, repeat(20, 12), repeat(50, 12))))).isEmpty();
    }

    @Test
    void implausible_values_are_reported_and_left_out() {
        List<Reading> r = List.of(at(0, 20, 50), at(1, 300, 50), at(2, 20, -5), at(3, 20, 50), at(4, 20.1, 50));
        EnvironmentAssessment a = ASSESSOR.assess(r);
        SensorCompliance c = a.compliance().get(0);
        assertThat(c.issues()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DataIssue.Kind.IMPLAUSIBLE);
            assertThat(d.readings()).isEqualTo(2);
        });
        assertThat(c.excursions()).isEmpty();
        assertThat(c.observed()).isEqualTo(Duration.ofMinutes(3));
        assertThat(complianceCodes(a)).containsExactly("CD-6028");
        assertThat(a.passesCompliance()).isTrue();
    }

    @Test
    void swapped_temperature_and_humidity_is_an_error() {
        EnvironmentAssessment a = ASSESSOR.assess(series(5, repeat(50, 10), repeat(20, 10)));
        assertThat(a.compliance().get(0).issues()).extracting(DataIssue::kind).contains(DataIssue.Kind.SWAPPED);
        assertThat(a.alerts()).filteredOn(al -> al.rule().equals("CD-6029")).singleElement()
                .satisfies(al -> assertThat(al.severity()).isEqualTo(Severity.ERROR));
        // A hot, humid room is out of band but not swapped.
        EnvironmentAssessment hot = ASSESSOR.assess(series(5, repeat(35, 10), repeat(75, 10)));
        assertThat(hot.compliance().get(0).issues()).extracting(DataIssue::kind)
                .doesNotContain(DataIssue.Kind.SWAPPED);
    }

    @Test
    void unsorted_readings_are_sorted_and_reported_duplicates_dropped() {
        List<Reading> r = new ArrayList<>(series(1, new double[] {20, 21, 22, 23, 24}, repeat(50, 5)));
        Collections.reverse(r);
        r.add(at(2, 99, 99));
        EnvironmentAssessment a = ASSESSOR.assess(r);
        SensorCompliance c = a.compliance().get(0);
        assertThat(c.readings()).isEqualTo(5);
        assertThat(c.first()).isEqualTo(T0);
        assertThat(c.issues()).extracting(DataIssue::kind)
                .containsExactly(DataIssue.Kind.UNSORTED, DataIssue.Kind.DUPLICATE_TIME);
        assertThat(complianceAlerts(a)).extracting(Alert::severity).containsExactly(Severity.INFO, Severity.WARNING);
        assertThat(a.excursions()).isEmpty(); // the later 99/99 duplicate was dropped, the first 22/50 kept
    }

    @Test
    void sensors_are_assessed_separately_in_order_of_appearance() {
        List<Reading> r = List.of(Reading.of("b", T0, 20, 50), Reading.of("a", T0, 30, 50),
                Reading.of("b", T0.plusSeconds(60), 20, 50), Reading.of("a", T0.plusSeconds(60), 30, 50));
        EnvironmentAssessment a = ASSESSOR.assess(r);
        assertThat(a.compliance()).extracting(SensorCompliance::sensorId).containsExactly("b", "a");
        assertThat(a.excursions()).extracting(Excursion::sensorId).containsExactly("a");
    }

    @Test
    void ultraviolet_over_the_limit_is_an_excursion() {
        List<Reading> r = List.of(new Reading("s1", T0, 20, 50, 100.0, 10.0),
                new Reading("s1", T0.plusSeconds(60), 20, 50, 100.0, 90.0),
                new Reading("s1", T0.plusSeconds(120), 20, 50, null, null),
                new Reading("s1", T0.plusSeconds(180), 20, 50, 100.0, 10.0));
        EnvironmentAssessment a = ASSESSOR.assess(r);
        assertThat(a.excursions()).singleElement().satisfies(e -> {
            assertThat(e.quantity()).isEqualTo(Quantity.ULTRAVIOLET);
            assertThat(e.peak()).isEqualTo(90);
            assertThat(e.limit()).isEqualTo(75);
        });
        assertThat(complianceCodes(a)).containsExactly("CD-6022");
        // Illuminance is not checked by default; with a limit it is.
        EnvironmentAssessment lux = EnvironmentAssessor.of(PAPER.withIlluminanceLimit(50)).assess(r);
        assertThat(lux.excursions()).extracting(Excursion::quantity)
                .contains(Quantity.ILLUMINANCE, Quantity.ULTRAVIOLET);
    }

    @Test
    void damp_room_raises_mould_and_mechanical_risk() {
        // 30 days of 25 °C / 90 %, hourly.
        int n = 24 * 30;
        EnvironmentAssessment a = ASSESSOR.assess(series(60, repeat(25, n), repeat(90, n)));
        SensorRisk r = a.risk().get(0);
        assertThat(r.maxMouldIndex()).isGreaterThanOrEqualTo(1);
        assertThat(r.mould()).isEqualTo(Rating.RISK);
        assertThat(r.mechanical()).isEqualTo(Rating.RISK);
        assertThat(codes(a)).contains("CD-6043", "CD-6041", "CD-6042", "CD-6044", "CD-6021");
    }

    @Test
    void empty_input_is_an_error_finding() {
        EnvironmentAssessment a = ASSESSOR.assess(List.of());
        assertThat(a.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("CD-6032");
            assertThat(f.isError()).isTrue();
        });
        assertThat(a.passesCompliance()).isFalse();
    }

    @Test
    void a_single_reading_has_no_observed_time_but_still_risk_figures() {
        EnvironmentAssessment a = ASSESSOR.assess(List.of(at(0, 20, 50)));
        assertThat(a.compliance().get(0).fractionInBand()).isEmpty();
        assertThat(a.risk().get(0).twpi()).isCloseTo(41.8, within(0.05));
    }

    @Test
    void null_elements_and_absurd_times_are_cd_6006() {
        List<Reading> withNull = new ArrayList<>();
        withNull.add(at(0, 20, 50));
        withNull.add(null);
        assertThatThrownBy(() -> ASSESSOR.assess(withNull)).isInstanceOf(EnvironmentException.class)
                .hasMessageStartingWith("CD-6006");
        assertThatThrownBy(() -> ASSESSOR.assess(List.of(Reading.of("s", Instant.MAX, 20, 50))))
                .isInstanceOf(EnvironmentException.class).hasMessageStartingWith("CD-6006");
    }

    @Test
    void alerts_become_findings_with_the_sensor_and_time_span() {
        EnvironmentAssessment a = ASSESSOR.assess(series(1, new double[] {20, 30, 20}, repeat(50, 3)));
        Finding f = a.findings().get(0);
        assertThat(f.code()).isEqualTo("CD-6020");
        assertThat(f.subject()).isEqualTo("s1");
        assertThat(f.details()).containsEntry("from", T0.plusSeconds(60).toString());
    }

    @Test
    void invalid_settings_are_cd_6005() {
        AssessmentSettings d = AssessmentSettings.defaults();
        assertThatThrownBy(() -> d.withMaxGap(Duration.ZERO)).hasMessageStartingWith("CD-6005");
        assertThatThrownBy(() -> d.withStuckAfter(Duration.ofMinutes(-1))).hasMessageStartingWith("CD-6005");
        assertThatThrownBy(() -> d.withSwapCheck(10, 15, 0)).hasMessageStartingWith("CD-6005");
        assertThatThrownBy(() -> d.withSwapCheck(Double.NaN, 15, 0.5)).hasMessageStartingWith("CD-6005");
    }
}
