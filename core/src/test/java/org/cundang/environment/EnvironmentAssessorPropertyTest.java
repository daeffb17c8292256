package org.cundang.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Rules of the assessment that hold for every series. */
class EnvironmentAssessorPropertyTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final RoomProfile PAPER = RoomProfiles.defaults().get("paper");

    private static List<Reading> readings(List<double[]> values, int stepMinutes) {
        List<Reading> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(Reading.of("p", T0.plus(Duration.ofMinutes((long) i * stepMinutes)), values.get(i)[0],
                    values.get(i)[1]));
        }
        return out;
    }

    @Provide
    Arbitrary<List<double[]>> inBand() {
        return Arbitraries.doubles().between(14, 24).ofScale(1)
                .flatMap(t -> Arbitraries.doubles().between(45, 60).ofScale(1).map(h -> new double[] {t, h}))
                .list().ofMinSize(2).ofMaxSize(150);
    }

    @Provide
    Arbitrary<List<double[]>> anywhere() {
        return Arbitraries.doubles().between(8, 32).ofScale(1)
                .flatMap(t -> Arbitraries.doubles().between(30, 80).ofScale(1).map(h -> new double[] {t, h}))
                .list().ofMinSize(2).ofMaxSize(150);
    }

    @Property(tries = 60)
    void readings_inside_the_band_give_no_excursion_and_full_time_in_band(
            @ForAll("inBand") List<double[]> values, @ForAll @IntRange(min = 1, max = 30) int step) {
        EnvironmentAssessment a = EnvironmentAssessor.of(PAPER).assess(readings(values, step));
        SensorCompliance c = a.compliance().get(0);
        assertThat(c.excursions()).isEmpty();
        assertThat(c.fractionInBand()).hasValue(1.0);
    }

    @Property(tries = 60)
    void shifting_every_reading_above_the_band_gives_one_excursion_covering_all(
            @ForAll("inBand") List<double[]> values, @ForAll @IntRange(min = 1, max = 30) int step,
            @ForAll @DoubleRange(min = 10.1, max = 30) double shift) {
        List<double[]> hot = values.stream().map(v -> new double[] {v[0] + shift, v[1]}).toList();
        EnvironmentAssessment a = EnvironmentAssessor.of(PAPER).assess(readings(hot, step));
        SensorCompliance c = a.compliance().get(0);
        assertThat(c.excursions()).singleElement().satisfies(e -> {
            assertThat(e.bound()).isEqualTo(Excursion.Bound.HIGH);
            assertThat(e.readings()).isEqualTo(values.size());
            assertThat(e.start()).isEqualTo(c.first());
            assertThat(e.duration()).isEqualTo(c.observed());
        });
        assertThat(c.fractionInBand()).hasValue(0.0);
    }

    @Property(tries = 60)
    void twpi_lies_between_the_lowest_and_highest_pi(@ForAll("anywhere") List<double[]> values,
                                                    @ForAll @IntRange(min = 1, max = 90) int step) {
        SensorRisk r = EnvironmentAssessor.of(PAPER).assess(readings(values, step)).risk().get(0);
        assertThat(r.twpi()).isBetween(r.minPreservationIndex() * (1 - 1e-12), r.maxPreservationIndex() * (1 + 1e-12));
        assertThat(r.maxDewPoint()).isLessThanOrEqualTo(values.stream().mapToDouble(v -> v[0]).max().orElseThrow());
    }

    @Property(tries = 60)
    void narrowing_a_profile_never_finds_less(@ForAll("anywhere") List<double[]> values,
                                              @ForAll @DoubleRange(min = 0, max = 4) double cutLow,
                                              @ForAll @DoubleRange(min = 0, max = 4) double cutHigh) {
        RoomProfile narrow = PAPER.withTemperature(Band.of(14 + cutLow, 24 - cutHigh))
                .withHumidity(Band.of(45 + cutLow, 60 - cutHigh)).withSwing(new SwingLimit(1, 2.5));
        List<Reading> r = readings(values, 10);
        SensorCompliance wide = EnvironmentAssessor.of(PAPER).assess(r).compliance().get(0);
        SensorCompliance tight = EnvironmentAssessor.of(narrow).assess(r).compliance().get(0);
        assertThat(tight.outOfBand()).isGreaterThanOrEqualTo(wide.outOfBand());
        assertThat(tight.temperatureInBand()).isLessThanOrEqualTo(wide.temperatureInBand());
        assertThat(tight.humidityInBand()).isLessThanOrEqualTo(wide.humidityInBand());
        // Every excursion under the wide profile lies inside one under the narrow profile (runs may merge, so the
        // number of excursions can drop while the time covered cannot).
        for (Excursion e : wide.excursions()) {
            assertThat(tight.excursions()).anySatisfy(n -> {
                assertThat(n.quantity()).isEqualTo(e.quantity());
                assertThat(n.start()).isBeforeOrEqualTo(e.start());
                assertThat(n.end()).isAfterOrEqualTo(e.end());
            });
        }
        for (Swing s : wide.swings()) {
            assertThat(tight.swings()).anySatisfy(n -> {
                assertThat(n.quantity()).isEqualTo(s.quantity());
                assertThat(n.end()).isAfterOrEqualTo(s.end());
            });
        }
    }

    @Property(tries = 40)
    void order_of_input_does_not_change_the_result(@ForAll("anywhere") List<double[]> values) {
        List<Reading> r = readings(values, 5);
        List<Reading> reversed = new ArrayList<>(r);
        java.util.Collections.reverse(reversed);
        SensorCompliance a = EnvironmentAssessor.of(PAPER).assess(r).compliance().get(0);
        SensorCompliance b = EnvironmentAssessor.of(PAPER).assess(reversed).compliance().get(0);
        assertThat(b.excursions()).isEqualTo(a.excursions());
        assertThat(b.observed()).isEqualTo(a.observed());
        assertThat(b.inBand()).isEqualTo(a.inBand());
    }
}
