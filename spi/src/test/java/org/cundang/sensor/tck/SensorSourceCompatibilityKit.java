package org.cundang.sensor.tck;

import org.cundang.tck.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cundang.environment.Reading;
import org.cundang.sensor.SensorContext;
import org.cundang.sensor.SensorEvent;
import org.cundang.sensor.SensorException;
import org.cundang.sensor.SensorSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for {@link SensorSource}s (issue 6; STYLE.md 9, after Micrometer's
 * {@code MeterRegistryCompatibilityKit}). An adapter's test extends it in a few lines:
 *
 * <pre>{@code
 * class SimulatedSensorCompatibilityTest extends SensorSourceCompatibilityKit {
 *     @Override
 *     protected SensorSource createSource(SensorContext context) {
 *         return SimulatedSensor.builder("kit").sensors(2).open(context);
 *     }
 * }
 * }</pre>
 *
 * The source is created before each test with a {@link MutableClock} and an event recorder, and closed after it.
 * It must be healthy (every sensor answers): the kit checks the contract, not fault handling.
 */
public abstract class SensorSourceCompatibilityKit {

    /** The clock handed to the source; tests move it. */
    protected final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    /** The events the source reported. */
    protected final List<SensorEvent> events = new CopyOnWriteArrayList<>();
    private SensorSource source;

    /**
     * Creates a fresh, healthy source.
     *
     * @param context the clock and event listener the source must use, not null
     * @return the source (the kit closes it)
     */
    protected abstract SensorSource createSource(SensorContext context);

    @BeforeEach
    void openSource() {
        source = createSource(new SensorContext(clock, events::add));
    }

    @AfterEach
    void closeSource() {
        source.close();
    }

    /** The source under test. */
    protected SensorSource source() {
        return source;
    }

    @Nested
    @DisplayName("Identity")
    class Identity {

        @Test
        @DisplayName("the id is not blank and does not change")
        void id_is_stable() {
            String id = source.id();
            assertThat(id).isNotBlank();
            source.poll();
            assertThat(source.id()).isEqualTo(id);
        }
    }

    @Nested
    @DisplayName("Polling")
    class Polling {

        @Test
        @DisplayName("a healthy source gives at least one reading per poll")
        void gives_readings() {
            for (int i = 0; i < 3; i++) {
                assertThat(source.poll()).isNotEmpty();
            }
        }

        @Test
        @DisplayName("reading times come from the context clock, not the system clock")
        void times_from_the_context_clock() {
            Instant later = clock.advance(Duration.ofDays(400));
            assertThat(source.poll()).isNotEmpty().allSatisfy(r -> assertThat(r.time()).isEqualTo(later));
        }

        @Test
        @DisplayName("readings carry a sensor id and plausible room values")
        void readings_are_well_formed() {
            assertThat(source.poll()).allSatisfy(r -> {
                assertThat(r.sensorId()).isNotBlank();
                assertThat(r.temperature()).isBetween(-60.0, 100.0);
                assertThat(r.relativeHumidity()).isBetween(0.0, 100.0);
            });
        }

        @Test
        @DisplayName("sensor ids are the same from one poll to the next and unique within a poll")
        void sensor_ids_are_stable() {
            List<String> first = source.poll().stream().map(Reading::sensorId).toList();
            List<String> second = source.poll().stream().map(Reading::sensorId).toList();
            assertThat(first).doesNotHaveDuplicates().isEqualTo(second);
        }

        @Test
        @DisplayName("the list returned is unmodifiable")
        void list_is_unmodifiable() {
            List<Reading> round = source.poll();
            assertThatThrownBy(() -> round.add(round.get(0))).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        @DisplayName("polls from several threads are served one at a time and all succeed")
        void concurrent_polls() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<List<Reading>>> rounds = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    rounds.add(pool.submit(source::poll));
                }
                for (Future<List<Reading>> f : rounds) {
                    assertThat(f.get(30, TimeUnit.SECONDS)).isNotEmpty();
                }
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        @DisplayName("a healthy source reports no fault")
        void no_faults() {
            source.poll();
            assertThat(events).noneMatch(e -> e.kind() == SensorEvent.Kind.FAULT || e.kind() == SensorEvent.Kind.DROPOUT);
        }
    }

    @Nested
    @DisplayName("Lifecycle")
    class Lifecycle {

        @Test
        @DisplayName("close is idempotent")
        void close_twice() {
            source.close();
            source.close();
        }

        @Test
        @DisplayName("a poll after close is CD-6104")
        void poll_after_close() {
            source.close();
            assertThatThrownBy(source::poll)
                    .isInstanceOfSatisfying(SensorException.class, e -> assertThat(e.code()).isEqualTo("CD-6104"));
        }
    }
}
