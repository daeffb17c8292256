package org.cundang;

/** How much a {@link Finding} matters. Ordered from least to most severe. */
public enum Severity {
    /** Worth knowing; nothing to do. */
    INFO,
    /** Should be looked at; the data can still be used. */
    WARNING,
    /** Breaks a rule; a check that finds one fails. */
    ERROR
}
