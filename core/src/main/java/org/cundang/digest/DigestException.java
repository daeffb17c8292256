package org.cundang.digest;

import org.cundang.ArchiveException;
import org.cundang.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A digest could not be parsed or computed (codes CD-4001 to CD-4004, see {@code docs/errors.md}).
 *
 * <p>For parse errors {@link #input()} is the text given and {@link #errorIndex()} the index of the first bad
 * character (or -1 when the whole text is wrong).
 */
public final class DigestException extends ArchiveException {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final int errorIndex;

    DigestException(String code, LocalizedText text, String input, int errorIndex, @Nullable Throwable cause) {
        super(code, text, cause);
        this.input = input;
        this.errorIndex = errorIndex;
    }

    /** The text that could not be parsed (empty when not a parse error). */
    public String input() {
        return input;
    }

    /** The index of the first bad character in {@link #input()}, or -1. */
    public int errorIndex() {
        return errorIndex;
    }
}
