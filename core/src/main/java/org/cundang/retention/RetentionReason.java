package org.cundang.retention;

/**
 * Why an assessment came out the way it did: how the count started, or why it has not. The text for users is
 * {@link RetentionAssessment#reasonText()}.
 */
public enum RetentionReason {
    /** The period is 永久. */
    PERMANENT_PERIOD,
    /** Counted from 1 January of the year after the formation year (practice, R; {@link CountingRules}). */
    COUNTED_FROM_NEXT_YEAR,
    /** Counted from the formation date ({@link CountingRules.DocumentStart#FORMATION_DATE}). */
    COUNTED_FROM_FORMATION_DATE,
    /** Counted from the day after the accounting year ended (令第79号 第十四条, V). */
    COUNTED_FROM_ACCOUNTING_YEAR_END,
    /** Counted from a recorded event (plus the trigger's offset). */
    COUNTED_FROM_EVENT,
    /** The event that starts the count has not been recorded (or is dated after the as-of date). */
    EVENT_NOT_RECORDED
}
