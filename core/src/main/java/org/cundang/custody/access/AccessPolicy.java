package org.cundang.custody.access;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The unit's access policy: how many years after formation records open to the public, and whether loans are
 * allowed at all. Immutable.
 *
 * <p>Defaults:
 * <ul>
 *   <li>{@link #openingYears()} = {@value #DEFAULT_OPENING_YEARS}: 档案法 (2020 revision) 第二十七条, records open to the
 *       public 25 years after their formation (DOMAIN.md §6, S; the article number was not verified).</li>
 *   <li>{@link #loansAllowed()} = false: village practice is no lending by default; borrowing needs the village
 *       head's approval and an entry in the 登记簿 (DOMAIN.md §6, S). A unit that lends turns it on.</li>
 * </ul>
 *
 * @param openingYears years after formation an item opens to the public, 1 to {@value #MAX_OPENING_YEARS}
 * @param loansAllowed whether items may be lent out ({@link AccessKind#LOAN})
 */
public record AccessPolicy(int openingYears, boolean loansAllowed) {

    /** The default opening age in years (档案法 2020 第二十七条, S). */
    public static final int DEFAULT_OPENING_YEARS = 25;
    /** The largest opening age accepted. */
    public static final int MAX_OPENING_YEARS = 100;

    /**
     * Validates the opening age.
     *
     * @throws AccessException CD-8052 when the opening age is outside 1..{@value #MAX_OPENING_YEARS}
     */
    public AccessPolicy {
        if (openingYears < 1 || openingYears > MAX_OPENING_YEARS) {
            throw AccessException.of("CD-8052", String.valueOf(openingYears), String.valueOf(MAX_OPENING_YEARS));
        }
    }

    /** @return the default policy: 25 years, no loans */
    public static AccessPolicy defaults() {
        return new AccessPolicy(DEFAULT_OPENING_YEARS, false);
    }

    /**
     * @param value the opening age in years
     * @return a policy with that opening age
     * @throws AccessException CD-8052 when out of range
     */
    public AccessPolicy withOpeningYears(int value) {
        return new AccessPolicy(value, loansAllowed);
    }

    /**
     * @param value whether loans are allowed
     * @return a policy with that choice
     */
    public AccessPolicy withLoansAllowed(boolean value) {
        return new AccessPolicy(openingYears, value);
    }

    /**
     * The day an item formed on a date opens to the public: the formation date plus {@link #openingYears()} years
     * ("自形成之日起满…年"); 29 February falls back to 28 February.
     *
     * @param formed the formation date, or null when unknown
     * @return the opening day, or empty when the formation date is unknown (such an item is treated as not open)
     */
    public Optional<LocalDate> openingDate(@Nullable LocalDate formed) {
        return formed == null ? Optional.empty() : Optional.of(formed.plusYears(openingYears));
    }

    /**
     * Whether an item formed on a date is open to the public on a day.
     *
     * @param formed the formation date, or null when unknown (never open)
     * @param day    the day, not null
     * @return true when open
     */
    public boolean isOpen(@Nullable LocalDate formed, LocalDate day) {
        java.util.Objects.requireNonNull(day, "day");
        return openingDate(formed).map(d -> !day.isBefore(d)).orElse(false);
    }
}
