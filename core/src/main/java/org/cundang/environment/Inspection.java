package org.cundang.environment;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One inspection of a storage room's protection (库房安全检查): who, when, and the result per item id.
 *
 * @param inspector who inspected, not blank, at most 100 characters, no control characters
 * @param date      when, not null
 * @param results   the result per item id, not null; copied and unmodifiable
 */
public record Inspection(String inspector, LocalDate date, Map<String, InspectionResult> results) {

    /**
     * Validates and copies the fields.
     *
     * @throws EnvironmentException CD-6008 if the inspector is blank, too long or has control characters, or a key
     *                              or value of the results is null
     */
    public Inspection {
        requireNonNull(inspector, "inspector");
        requireNonNull(date, "date");
        requireNonNull(results, "results");
        if (inspector.isBlank() || inspector.length() > 100 || inspector.chars().anyMatch(Character::isISOControl)) {
            throw EnvironmentException.of("CD-6008", "inspector", EnvironmentException.shown(inspector));
        }
        Map<String, InspectionResult> copy = new LinkedHashMap<>();
        for (Map.Entry<String, InspectionResult> e : results.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw EnvironmentException.of("CD-6008", "results", "null");
            }
            copy.put(e.getKey(), e.getValue());
        }
        results = Collections.unmodifiableMap(copy);
    }
}
