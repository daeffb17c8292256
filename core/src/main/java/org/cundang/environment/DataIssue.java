package org.cundang.environment;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Something wrong with the data rather than with the room: a gap, a stuck or implausible sensor, swapped temperature
 * and humidity, readings out of order or with the same time.
 *
 * @param kind     what is wrong, not null
 * @param sensorId the sensor, not null
 * @param from     the first reading concerned (for a gap: the last reading before it), not null
 * @param to       the last reading concerned (for a gap: the first reading after it), not null
 * @param readings how many readings are concerned (0 for a gap)
 */
public record DataIssue(Kind kind, String sensorId, Instant from, Instant to, int readings) {

    /** Validates the fields. */
    public DataIssue {
        requireNonNull(kind, "kind");
        requireNonNull(sensorId, "sensorId");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
    }

    /** The kinds of data issue, each with its permanent code. */
    public enum Kind {
        /** No reading for longer than the gap threshold (CD-6026). */
        GAP("CD-6026"),
        /** Identical readings for longer than the stuck threshold (CD-6027). */
        STUCK("CD-6027"),
        /** Values a probe cannot really measure; left out of all figures (CD-6028). */
        IMPLAUSIBLE("CD-6028"),
        /** Temperature and humidity look swapped (CD-6029). */
        SWAPPED("CD-6029"),
        /** Readings were not in time order; they were sorted (CD-6030). */
        UNSORTED("CD-6030"),
        /** Several readings with the same time; the first was kept (CD-6031). */
        DUPLICATE_TIME("CD-6031");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The permanent code. */
        public String code() {
            return code;
        }
    }
}
