package org.cundang.environment;

/** A risk rating in the style of IPI's dpcalc.org and preservationeval (PRIOR-ART.md §4): good, ok, at risk. */
public enum Rating {
    /** Good for the collection. */
    GOOD,
    /** Acceptable. */
    OK,
    /** A risk: act on it. */
    RISK
}
