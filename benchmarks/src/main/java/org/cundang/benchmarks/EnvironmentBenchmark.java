package org.cundang.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cundang.environment.EnvironmentAssessment;
import org.cundang.environment.EnvironmentAssessor;
import org.cundang.environment.Reading;
import org.cundang.environment.RoomProfiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 6: assessing one year of one-minute readings (525,600) for one room; goal under one second.
 *
 * <p>The series is a paper store with a daily cycle, a seasonal drift that crosses the band in summer, sensor
 * noise, a few dropouts and an afternoon of stuck values, so every branch of the assessment runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EnvironmentBenchmark {

    private static final int MINUTES_PER_YEAR = 525_600;

    private List<Reading> year;
    private EnvironmentAssessor assessor;

    /** Builds the readings and the assessor. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        year = new ArrayList<>(MINUTES_PER_YEAR);
        for (int m = 0; m < MINUTES_PER_YEAR; m++) {
            if (m % 100_000 == 50_000) {
                m += 180; // a three-hour dropout
            }
            double day = m / 1440.0;
            double season = Math.sin(2 * Math.PI * (day - 100) / 365);
            double daily = Math.sin(2 * Math.PI * day);
            double t = 19 + 6 * season + 1.5 * daily + random.nextGaussian() * 0.1;
            double rh = 55 + 12 * season - 3 * daily + random.nextGaussian() * 0.5;
            if (m >= 200_000 && m < 200_900) {
                t = 21.3;
                rh = 57.1;
            }
            year.add(Reading.of("probe-1", start.plusSeconds(60L * m), round(t), round(rh)));
        }
        assessor = EnvironmentAssessor.of(RoomProfiles.defaults().get("paper"));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /**
     * One assessment of the whole year.
     *
     * @return the assessment (returned so that JMH keeps it alive)
     */
    @Benchmark
    public EnvironmentAssessment assessOneYearOfMinutes() {
        return assessor.assess(year);
    }
}
