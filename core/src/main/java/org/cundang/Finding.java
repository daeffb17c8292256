package org.cundang;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing a rule found: rules return findings instead of logging or throwing, and collect all of them rather
 * than stopping at the first (STYLE.md 11).
 *
 * @param code    the permanent code of the kind of finding ({@code CD-nnnn}, listed in {@code docs/errors.md}), not null
 * @param severity how much it matters, not null
 * @param subject what the finding is about (a 档号, a scope, a file, an entry id), not null, may be empty
 * @param message the message in Chinese and English, not null
 * @param details machine-readable details (for JSON output), not null; copied and unmodifiable
 */
public record Finding(String code, Severity severity, String subject, LocalizedText message,
                      Map<String, Object> details) {

    /** Validates and copies the fields. */
    public Finding {
        requireNonNull(code, "code");
        requireNonNull(severity, "severity");
        requireNonNull(subject, "subject");
        requireNonNull(message, "message");
        requireNonNull(details, "details");
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /**
     * A finding without details.
     *
     * @param code     the permanent code, not null
     * @param severity the severity, not null
     * @param subject  what it is about, not null
     * @param message  the message, not null
     * @return the finding
     */
    public static Finding of(String code, Severity severity, String subject, LocalizedText message) {
        return new Finding(code, severity, subject, message, Map.of());
    }

    /** Whether this finding is an {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
