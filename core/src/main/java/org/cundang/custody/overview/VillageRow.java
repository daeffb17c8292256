package org.cundang.custody.overview;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One village's line of a township overview.
 *
 * @param village      the village, not null
 * @param listed       whether the village list names it (false: a fonds found only in the store)
 * @param figures      its figures ({@code villages} = 1), not null
 * @param lastTransfer when its last transfer of the year was accepted, or null when none
 * @param gaps         the 条目 ids of the collection checklist that have not arrived, not null
 */
public record VillageRow(Village village, boolean listed, Figures figures, @Nullable Instant lastTransfer,
                         List<String> gaps) {

    /**
     * Validates and copies the fields.
     *
     * @throws IllegalArgumentException when the figures are not one village's or disagree with the gaps
     */
    public VillageRow {
        requireNonNull(village, "village");
        requireNonNull(figures, "figures");
        gaps = List.copyOf(requireNonNull(gaps, "gaps"));
        if (figures.villages() != 1 || figures.checklistGaps() != gaps.size()) {
            throw new IllegalArgumentException("a row holds one village's figures and its gaps");
        }
    }

    /** Whether the village is under 村档乡管: the township keeps some of its items. */
    public boolean underTownshipCustody() {
        return figures.underCustody() == 1;
    }

    /** When its last transfer of the year was accepted, if any. */
    public Optional<Instant> lastTransferTime() {
        return Optional.ofNullable(lastTransfer);
    }
}
