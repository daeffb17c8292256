package org.cundang.storage;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.cundang.code.ArchivalCode;
import org.cundang.custody.HoldScope;
import org.cundang.retention.RetentionHold;

/**
 * A hold placed on a scope (a 全宗, a 门类 or a year of it) rather than on one item: while it is active nothing under
 * the scope can be appraised for destruction or destroyed, including items accepted after the hold was placed.
 *
 * @param scope    the scope, not null
 * @param hold     the reason and the days it lasts, not null
 * @param recordId the custody record that placed it, not null
 */
public record ScopeHold(HoldScope scope, RetentionHold hold, String recordId) {

    /** Validates the parts. */
    public ScopeHold {
        requireNonNull(scope, "scope");
        requireNonNull(hold, "hold");
        requireNonNull(recordId, "recordId");
    }

    /**
     * Whether this hold blocks an item on a day.
     *
     * @param code the item, not null
     * @param day  the day, not null
     * @return true when the scope covers the item and the hold is active that day
     */
    public boolean blocks(ArchivalCode code, LocalDate day) {
        return hold.isActiveOn(day) && scope.covers(code);
    }
}
