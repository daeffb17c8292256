package org.cundang.environment;

/**
 * How well a fact in the data files is sourced (DOMAIN.md): verified against the regulation or standard text,
 * secondary, or recalled.
 */
public enum Confidence {
    /** Verified against a source that reproduces the regulation or standard text. */
    V,
    /** From a secondary or practice source: probably right, confirm before relying on it. */
    S,
    /** Recalled, not verified: keep it configurable. */
    R
}
