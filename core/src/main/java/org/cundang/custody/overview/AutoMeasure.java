package org.cundang.custody.overview;

import java.util.OptionalDouble;

/**
 * A figure of the overview that scores an inspection item automatically: a fraction from 0 to 1 that multiplies the
 * item's weight. When the figure has no denominator (nothing held, nothing expected, no room readings) there is no
 * data, and the item scores 0 and is marked so: an inspection gives no points for what cannot be seen.
 */
public enum AutoMeasure {
    /** The share of the collection checklist's expected entries that have arrived (应收尽收). */
    CHECKLIST_COMPLETENESS,
    /** The share of items held that have content. */
    DIGITISED_SHARE,
    /** The share of items that must be digitised (entry or period) that have content. */
    REQUIRED_DIGITISED_SHARE,
    /** 1 when the village is under 村档乡管 (the township keeps some of its items), else 0. */
    TOWNSHIP_CUSTODY,
    /** The share of the township's rooms whose readings stayed in band (the same for each village). */
    ROOMS_IN_BAND,
    /** 1 minus the share of items due for appraisal and not appraised. */
    APPRAISAL_CURRENT;

    /**
     * The fraction for one village.
     *
     * @param row      the village's row, not null
     * @param township the township's report (for the rooms), not null
     * @return the fraction in 0..1, or empty when there is no data
     */
    public OptionalDouble fraction(VillageRow row, TownshipReport township) {
        Figures f = row.figures();
        return switch (this) {
            case CHECKLIST_COMPLETENESS -> f.checklistCompleteness();
            case DIGITISED_SHARE -> f.digitisedShare();
            case REQUIRED_DIGITISED_SHARE -> f.requiredDigitisedShare();
            case TOWNSHIP_CUSTODY -> OptionalDouble.of(row.underTownshipCustody() ? 1 : 0);
            case ROOMS_IN_BAND -> township.rooms().isEmpty() ? OptionalDouble.empty()
                    : OptionalDouble.of((double) (township.rooms().size() - township.roomsOutOfBand())
                    / township.rooms().size());
            case APPRAISAL_CURRENT -> f.items() == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(1 - (double) f.dueNotAppraised() / f.items());
        };
    }
}
