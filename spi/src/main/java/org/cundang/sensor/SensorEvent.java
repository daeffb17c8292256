package org.cundang.sensor;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.cundang.LocalizedText;

/**
 * Something a source noticed that is not a reading: a fault (timeout, bad CRC, garbage, dropout, port reopened) or
 * a recovery. Sources send events to the {@link SensorContext#events()} listener so that every fault is observable
 * (issue 6) without failing the poll.
 *
 * @param time     when it happened (from the source's clock), not null
 * @param sourceId the source's id, not null
 * @param sensorId the sensor concerned, not null, empty when the event concerns the whole source
 * @param kind     what kind of event, not null
 * @param code     the CD code describing it (for faults) or empty, not null
 * @param text     the description in Chinese and English, not null
 */
public record SensorEvent(Instant time, String sourceId, String sensorId, Kind kind, String code, LocalizedText text) {

    /** The kind of event. */
    public enum Kind {
        /** A request failed (timeout, bad frame, exception response, I/O error); it may be retried. */
        FAULT,
        /** A sensor gave no reading in a round after its retries. */
        DROPOUT,
        /** The source closed and reopened its connection after repeated failures. */
        REOPENED,
        /** A sensor answers again after faults or dropouts. */
        RECOVERED
    }

    /** Validates the fields. */
    public SensorEvent {
        requireNonNull(time, "time");
        requireNonNull(sourceId, "sourceId");
        requireNonNull(sensorId, "sensorId");
        requireNonNull(kind, "kind");
        requireNonNull(code, "code");
        requireNonNull(text, "text");
    }
}
