package org.cundang.transfer;

/**
 * The outcome of one check on one subject. {@link #NOT_RUN} always carries its reason and is never counted as a
 * pass (Archivematica #875: "not performed" must not look like "passed").
 */
public enum Outcome {
    /** The check ran and the subject meets the rule. */
    PASS,
    /** The check ran and the subject breaks the rule. */
    FAIL,
    /** The check ran and found something to look at (a SHOULD rule, or a tolerated departure). */
    WARN,
    /** The check could not run; the reason says why. */
    NOT_RUN
}
