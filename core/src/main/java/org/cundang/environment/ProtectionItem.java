package org.cundang.environment;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.cundang.LocalizedText;

/**
 * One item of a protection checklist (防…), such as 防火, with how often it must be inspected.
 *
 * @param id           the stable id, e.g. {@code fire}: 1–40 characters {@code a-z 0-9 -}
 * @param name         the item in both languages, e.g. 防火 / fire, not null
 * @param intervalDays the longest time between two inspections, days, 1–3660 (default 30, R: docs/environment.md)
 */
public record ProtectionItem(String id, LocalizedText name, int intervalDays) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /**
     * Validates the item.
     *
     * @throws EnvironmentException CD-6008 if the id is malformed or the interval out of range
     */
    public ProtectionItem {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        if (!ID.matcher(id).matches()) {
            throw EnvironmentException.of("CD-6008", "item", EnvironmentException.shown(id));
        }
        if (intervalDays < 1 || intervalDays > 3660) {
            throw EnvironmentException.of("CD-6008", "intervalDays", Integer.toString(intervalDays));
        }
    }

    /**
     * A copy with another inspection interval.
     *
     * @param days the interval, days, 1–3660
     * @return the copy
     */
    public ProtectionItem withIntervalDays(int days) {
        return new ProtectionItem(id, name, days);
    }
}
