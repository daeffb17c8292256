package org.cundang.custody;

import static java.util.Objects.requireNonNull;

import org.cundang.retention.RetentionPeriod;

/**
 * What an appraisal (鉴定) decided for one item: keep it with a new period, or destroy it. A period is never
 * shortened (会计档案管理办法 第十五条: periods are minimums; 档案法实施条例 第二十四条: a kept item gets a new period).
 */
public sealed interface AppraisalDecision {

    /** The reason given by the appraisal group. */
    String reason();

    /**
     * Keep the item with a new period.
     *
     * @param newPeriod the new period, not null
     * @param reason    the reason, not null
     */
    record Keep(RetentionPeriod newPeriod, String reason) implements AppraisalDecision {
        /** Validates the fields. */
        public Keep {
            requireNonNull(newPeriod, "newPeriod");
            requireNonNull(reason, "reason");
        }
    }

    /**
     * Destroy the item's content (its record, the 销毁清册 and the certificate remain).
     *
     * @param reason the reason, not null
     */
    record Destroy(String reason) implements AppraisalDecision {
        /** Validates the fields. */
        public Destroy {
            requireNonNull(reason, "reason");
        }
    }
}
