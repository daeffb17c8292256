package org.cundang.custody.overview;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The inspection score of one village: one {@link ItemScore} per sheet item, in sheet order.
 *
 * @param township the township the village was inspected in, not null
 * @param village  the village, not null
 * @param items    the item scores, not null
 */
public record VillageScore(String township, Village village, List<ItemScore> items) {

    /** Validates and copies the fields. */
    public VillageScore {
        requireNonNull(township, "township");
        requireNonNull(village, "village");
        items = List.copyOf(requireNonNull(items, "items"));
    }

    /** The total: the sum of the items' points. */
    public double total() {
        return items.stream().mapToDouble(ItemScore::points).sum();
    }

    /** Whether every item scored by the inspector was entered. */
    public boolean complete() {
        return items.stream().noneMatch(i -> i.basis() == ItemScore.Basis.NOT_ENTERED);
    }
}
