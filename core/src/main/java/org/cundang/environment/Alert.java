package org.cundang.environment;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.time.Instant;
import org.cundang.Finding;
import org.cundang.LocalizedText;
import org.cundang.Severity;

/**
 * Something a room's keeper should know, from an {@link EnvironmentAssessment}: severity, the rule (its permanent
 * {@code CD-60xx} code), the sensor and the time span, in Chinese and English.
 *
 * @param severity how much it matters, not null
 * @param rule     the permanent code of the rule, e.g. {@code CD-6020}, not null
 * @param sensorId the sensor, not null, may be empty
 * @param from     the start of the time span, not null
 * @param to       the end of the time span, not null
 * @param message  the message, not null
 */
public record Alert(Severity severity, String rule, String sensorId, Instant from, Instant to,
                    LocalizedText message) {

    /** Validates the fields. */
    public Alert {
        requireNonNull(severity, "severity");
        requireNonNull(rule, "rule");
        requireNonNull(sensorId, "sensorId");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(message, "message");
    }

    /** The alert as a {@link Finding}: subject is the sensor, details hold {@code from} and {@code to} (ISO-8601). */
    public Finding toFinding() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from.toString());
        details.put("to", to.toString());
        return new Finding(rule, severity, sensorId, message, details);
    }
}
