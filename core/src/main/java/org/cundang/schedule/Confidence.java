package org.cundang.schedule;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How sure the project is of a fact a schedule entry encodes, with the tags of DOMAIN.md: V (verified against a
 * source that reproduces the regulation text), S (secondary or practice source), R (recalled, not verified).
 * Entries tagged S or R should be confirmed against the official text before relying on them.
 */
public enum Confidence {
    /** V: verified against a source that reproduces the regulation or standard text. */
    VERIFIED("V"),
    /** S: from a secondary or practice source; probably right, confirm before relying on it. */
    SECONDARY("S"),
    /** R: recalled, not verified. */
    RECALLED("R");

    private final String tag;

    Confidence(String tag) {
        this.tag = tag;
    }

    /** The one-letter tag: {@code V}, {@code S} or {@code R}. */
    public String tag() {
        return tag;
    }

    /**
     * Reads a tag.
     *
     * @param tag {@code V}, {@code S} or {@code R} (surrounding white space ignored), not null
     * @return the confidence, or empty if the text is no tag
     */
    public static Optional<Confidence> fromTag(CharSequence tag) {
        requireNonNull(tag, "tag");
        String s = tag.toString().strip();
        for (Confidence c : values()) {
            if (c.tag.equals(s)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
