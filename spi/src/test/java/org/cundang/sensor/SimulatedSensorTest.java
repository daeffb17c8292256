package org.cundang.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cundang.environment.Reading;
import org.cundang.tck.MutableClock;
import org.junit.jupiter.api.Test;

class SimulatedSensorTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));

    private List<Reading> run(SimulatedSensor.Builder b, int polls) {
        List<Reading> all = new ArrayList<>();
        try (SimulatedSensor s = b.open(SensorContext.of(clock))) {
            for (int i = 0; i < polls; i++) {
                all.addAll(s.poll());
                clock.advance(Duration.ofMinutes(1));
            }
        }
        return all;
    }

    @Test
    void the_same_seed_gives_the_same_series() {
        MutableClock c1 = new MutableClock(Instant.EPOCH);
        MutableClock c2 = new MutableClock(Instant.EPOCH);
        SimulatedSensor a = SimulatedSensor.builder("r").seed(7).dropout(0.3).sensors(2).open(SensorContext.of(c1));
        SimulatedSensor b = SimulatedSensor.builder("r").seed(7).dropout(0.3).sensors(2).open(SensorContext.of(c2));
        for (int i = 0; i < 20; i++) {
            assertThat(a.poll()).isEqualTo(b.poll());
        }
        SimulatedSensor other = SimulatedSensor.builder("r").seed(8).sensors(2).open(SensorContext.of(c1));
        assertThat(other.poll()).isNotEqualTo(a.poll());
    }

    @Test
    void without_noise_the_temperature_drifts_linearly_with_clock_time() {
        try (SimulatedSensor s = SimulatedSensor.builder("r").base(20, 50).drift(0.5, -2).noise(0, 0)
                .open(SensorContext.of(clock))) {
            assertThat(s.poll().get(0).temperature()).isEqualTo(20.0);
            clock.advance(Duration.ofHours(4));
            Reading r = s.poll().get(0);
            assertThat(r.temperature()).isCloseTo(22.0, within(1e-9));
            assertThat(r.relativeHumidity()).isCloseTo(42.0, within(1e-9));
            assertThat(r.time()).isEqualTo(clock.instant());
        }
    }

    @Test
    void noise_has_about_the_configured_spread() {
        List<Reading> all = run(SimulatedSensor.builder("r").base(20, 50).noise(0.5, 0).seed(3), 2000);
        double mean = all.stream().mapToDouble(Reading::temperature).average().orElseThrow();
        double var = all.stream().mapToDouble(r -> (r.temperature() - mean) * (r.temperature() - mean)).sum() / all.size();
        assertThat(mean).isCloseTo(20.0, within(0.05));
        assertThat(Math.sqrt(var)).isCloseTo(0.5, within(0.05));
    }

    @Test
    void dropouts_leave_sensors_out_and_send_events() {
        List<SensorEvent> events = new ArrayList<>();
        int readings = 0;
        try (SimulatedSensor s = SimulatedSensor.builder("r").dropout(0.25).seed(5)
                .open(SensorContext.of(clock).withEvents(events::add))) {
            for (int i = 0; i < 1000; i++) {
                readings += s.poll().size();
            }
        }
        assertThat(readings + events.size()).isEqualTo(1000);
        assertThat(events.size()).isBetween(200, 300);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(SensorEvent.Kind.DROPOUT);
            assertThat(e.sensorId()).isEqualTo("r-1");
            assertThat(e.sourceId()).isEqualTo("sim:r");
        });
    }

    @Test
    void humidity_is_clamped_to_0_100() {
        assertThat(run(SimulatedSensor.builder("r").base(20, 99).noise(0, 20), 200))
                .allSatisfy(r -> assertThat(r.relativeHumidity()).isBetween(0.0, 100.0));
    }

    @Test
    void bad_settings_are_refused() {
        assertThatThrownBy(() -> SimulatedSensor.builder(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatedSensor.builder("r").dropout(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatedSensor.builder("r").base(Double.NaN, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatedSensor.builder("r").sensors(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
