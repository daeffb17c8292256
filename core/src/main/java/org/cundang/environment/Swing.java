package org.cundang.environment;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A period in which the range {@code max − min} of one quantity within a rolling 24-hour window was larger than the
 * profile allows (JGJ 25-2010 5.2.3, read as described in {@link SwingLimit}). Consecutive over-limit windows are
 * merged into one swing.
 *
 * @param sensorId the sensor, not null
 * @param quantity temperature or relative humidity, not null
 * @param start    the earliest extreme reading of the first over-limit window, not null
 * @param end      the last reading that closed an over-limit window, not null
 * @param range    the largest 24-hour range seen, in the quantity's unit
 * @param limit    the largest allowed range
 */
public record Swing(String sensorId, Quantity quantity, Instant start, Instant end, double range, double limit) {

    /** Validates the fields. */
    public Swing {
        requireNonNull(sensorId, "sensorId");
        requireNonNull(quantity, "quantity");
        requireNonNull(start, "start");
        requireNonNull(end, "end");
    }
}
