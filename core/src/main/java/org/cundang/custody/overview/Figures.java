package org.cundang.custody.overview;

import java.util.OptionalDouble;

/**
 * The counted figures of one village, or the sum over villages (a township's or a city's totals). Every count is
 * 0 or more; the shares are derived, never stored, so a total's share is the share of its sums.
 *
 * @param villages                   how many villages (1 for a village's row)
 * @param underCustody               how many of them are under 村档乡管 (have items in township custody)
 * @param items                      items held (not destroyed)
 * @param pages                      their pages (页数 of the 目录 entries)
 * @param digitised                  items held that have content (scans or born-digital files)
 * @param digitisationRequired       items held whose schedule entry or period requires digitisation
 * @param digitisationRequiredDone   of those, the ones that have content
 * @param transfers                  transfers accepted in the report's year
 * @param checklistExpected          entries expected by the yearly collection checklist
 * @param checklistGaps              of those, the ones that have not arrived
 * @param dueNotAppraised            items due for appraisal on the report date and not yet appraised
 * @param fixityFindings             problems {@code verify()} found with the village's items (0 when not asked)
 */
public record Figures(long villages, long underCustody, long items, long pages, long digitised,
                     long digitisationRequired, long digitisationRequiredDone, long transfers,
                     long checklistExpected, long checklistGaps, long dueNotAppraised, long fixityFindings) {

    /** Nothing counted. */
    public static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException when a count is negative or a part exceeds its whole
     */
    public Figures {
        long[] all = {villages, underCustody, items, pages, digitised, digitisationRequired,
            digitisationRequiredDone, transfers, checklistExpected, checklistGaps, dueNotAppraised, fixityFindings};
        for (long v : all) {
            if (v < 0) {
                throw new IllegalArgumentException("negative count");
            }
        }
        if (underCustody > villages || digitised > items || digitisationRequired > items
                || digitisationRequiredDone > digitisationRequired || checklistGaps > checklistExpected
                || dueNotAppraised > items) {
            throw new IllegalArgumentException("a part exceeds its whole");
        }
    }

    /**
     * The sum of two sets of figures.
     *
     * @param o the other figures, not null
     * @return the sum
     */
    public Figures plus(Figures o) {
        return new Figures(villages + o.villages, underCustody + o.underCustody, items + o.items, pages + o.pages,
                digitised + o.digitised, digitisationRequired + o.digitisationRequired,
                digitisationRequiredDone + o.digitisationRequiredDone, transfers + o.transfers,
                checklistExpected + o.checklistExpected, checklistGaps + o.checklistGaps,
                dueNotAppraised + o.dueNotAppraised, fixityFindings + o.fixityFindings);
    }

    /** The share of items held that have content (0..1), empty when nothing is held. */
    public OptionalDouble digitisedShare() {
        return share(digitised, items);
    }

    /** The share of items that must be digitised and have content (0..1), empty when none must be. */
    public OptionalDouble requiredDigitisedShare() {
        return share(digitisationRequiredDone, digitisationRequired);
    }

    /** The share of the checklist's expected entries that have arrived (0..1), empty when nothing is expected. */
    public OptionalDouble checklistCompleteness() {
        return checklistExpected == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) (checklistExpected - checklistGaps) / checklistExpected);
    }

    /** Open findings: checklist gaps, items due and not appraised, and fixity problems. */
    public long openFindings() {
        return checklistGaps + dueNotAppraised + fixityFindings;
    }

    private static OptionalDouble share(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }
}
