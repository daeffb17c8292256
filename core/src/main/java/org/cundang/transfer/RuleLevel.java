package org.cundang.transfer;

/** How binding a rule is: a failed MUST rule rejects the transfer; a failed SHOULD rule is a warning. */
public enum RuleLevel {
    /** Required. */
    MUST,
    /** Recommended. */
    SHOULD
}
