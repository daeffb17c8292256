package org.cundang.retention;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A hold that keeps an item from appraisal and disposal while a matter is open: an unsettled debt (未结清债权债务,
 * 会计档案管理办法 第十八条 practice, DOMAIN.md §2.4 S), a dispute, an audit. A hold is active from {@code since}
 * through {@code until} inclusive (open-ended when {@code until} is null).
 *
 * @param reason what the hold is for, not null, not blank, at most 200 characters, no control characters
 * @param since  the first day of the hold, not null
 * @param until  the last day of the hold, or null while it lasts; not before {@code since}
 */
public record RetentionHold(String reason, LocalDate since, @Nullable LocalDate until) {

    /**
     * Validates the fields.
     *
     * @throws RetentionException (CD-2032) if the reason is blank, too long or has control characters, or
     *                            {@code until} is before {@code since}
     */
    public RetentionHold {
        requireNonNull(reason, "reason");
        requireNonNull(since, "since");
        reason = reason.strip();
        boolean bad = reason.isEmpty() || reason.length() > 200 || (until != null && until.isBefore(since));
        for (int i = 0; !bad && i < reason.length(); i++) {
            bad = Character.isISOControl(reason.charAt(i));
        }
        if (bad) {
            throw RetentionException.badHold(reason + " " + since + ".." + (until == null ? "" : until));
        }
    }

    /**
     * An open-ended hold.
     *
     * @param reason what the hold is for, not null
     * @param since  the first day, not null
     * @return the hold
     * @throws RetentionException (CD-2032) if the reason is invalid
     */
    public static RetentionHold of(String reason, LocalDate since) {
        return new RetentionHold(reason, since, null);
    }

    /** The last day of the hold, empty while it lasts. */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(until);
    }

    /**
     * Whether the hold is in force on a date.
     *
     * @param date the date, not null
     * @return true if {@code since <= date <= until}
     */
    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(since) && (until == null || !date.isAfter(until));
    }
}
