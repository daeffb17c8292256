package org.cundang.environment;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * A run of consecutive readings of one sensor outside the allowed band on the same side (JGJ 25-2010 5.2.1/5.2.2
 * for temperature and humidity; the profile's light limits for illuminance and UV).
 *
 * @param sensorId the sensor, not null
 * @param quantity what left the band, not null
 * @param bound    which bound was crossed, not null
 * @param start    the time of the first reading outside, not null
 * @param end      when the excursion ended: the last reading outside plus the time it holds (at most the gap
 *                 threshold), normally the time of the next reading, not null
 * @param peak     the farthest value from the band (the highest for HIGH, the lowest for LOW)
 * @param limit    the bound that was crossed
 * @param duration the time-weighted length (interval-capped), not null
 * @param readings how many readings it spans
 */
public record Excursion(String sensorId, Quantity quantity, Bound bound, Instant start, Instant end, double peak,
                        double limit, Duration duration, int readings) {

    /** Validates the fields. */
    public Excursion {
        requireNonNull(sensorId, "sensorId");
        requireNonNull(quantity, "quantity");
        requireNonNull(bound, "bound");
        requireNonNull(start, "start");
        requireNonNull(end, "end");
        requireNonNull(duration, "duration");
    }

    /** Which side of the band an excursion lies on. */
    public enum Bound {
        /** Below the lower bound. */
        LOW,
        /** Above the upper bound. */
        HIGH
    }
}
