package org.cundang.environment;

import static java.util.Objects.requireNonNull;

/**
 * The result of inspecting one protection item.
 *
 * @param passed whether the item was in order
 * @param note   what the inspector wrote, not null, may be empty
 */
public record InspectionResult(boolean passed, String note) {

    /** Validates the fields. */
    public InspectionResult {
        requireNonNull(note, "note");
    }

    /** A pass without a note. */
    public static InspectionResult pass() {
        return new InspectionResult(true, "");
    }

    /**
     * A failure.
     *
     * @param note what was wrong, not null
     * @return the result
     */
    public static InspectionResult fail(String note) {
        return new InspectionResult(false, note);
    }
}
