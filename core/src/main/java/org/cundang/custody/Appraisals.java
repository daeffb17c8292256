package org.cundang.custody;

import static java.util.Objects.requireNonNull;

import org.cundang.retention.RetentionPeriod;

/** The period rule of appraisal: a kept item's new period may lengthen the old one, never shorten it. */
public final class Appraisals {

    private Appraisals() {
    }

    /**
     * The period an item has after a decision to keep it.
     *
     * @param current  the current period, not null
     * @param decision the decision, not null
     * @return the new period
     * @throws CustodyException CD-8001 if the new period is shorter than the current one; CD-8002 if the decision
     *                          is not to keep the item
     */
    public static RetentionPeriod periodAfter(RetentionPeriod current, AppraisalDecision decision) {
        requireNonNull(current, "current");
        requireNonNull(decision, "decision");
        if (!(decision instanceof AppraisalDecision.Keep keep)) {
            throw CustodyException.of("CD-8002");
        }
        if (keep.newPeriod().isShorterThan(current)) {
            throw CustodyException.of("CD-8001", current.code(), keep.newPeriod().code());
        }
        return keep.newPeriod();
    }
}
