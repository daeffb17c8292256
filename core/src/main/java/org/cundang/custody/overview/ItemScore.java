package org.cundang.custody.overview;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The score of one item for one village.
 *
 * @param item     the item id, not null
 * @param points   the points given, 0 to {@code max}
 * @param max      the item's weight
 * @param basis    how the points were found, not null
 * @param fraction the automatic measure's fraction (0..1), or null when not automatic or no data
 * @param note     the inspector's note, not null (may be empty)
 */
public record ItemScore(String item, double points, double max, Basis basis, @Nullable Double fraction, String note) {

    /** How an item's points were found. */
    public enum Basis {
        /** From the overview figures. */
        AUTO,
        /** Entered by the inspector. */
        MANUAL,
        /** Automatic, but the figure had no data (nothing held, nothing expected, no room readings): 0 points. */
        NO_DATA,
        /** To be entered by the inspector, and not entered: 0 points. */
        NOT_ENTERED
    }

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException when the points are outside 0..max
     */
    public ItemScore {
        requireNonNull(item, "item");
        requireNonNull(basis, "basis");
        requireNonNull(note, "note");
        if (!(points >= 0) || points > max + 1e-9) {
            throw new IllegalArgumentException("points outside 0..max");
        }
    }

    /** The automatic fraction, if any. */
    public OptionalDouble measured() {
        return fraction == null ? OptionalDouble.empty() : OptionalDouble.of(fraction);
    }
}
