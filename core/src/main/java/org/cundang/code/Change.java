package org.cundang.code;

import static java.util.Objects.requireNonNull;

import org.cundang.LocalizedText;

/**
 * One repair a {@link CodeNormalizer} made, so callers can report it.
 *
 * @param kind  what was repaired, not null
 * @param index where, as the 0-based index into the original input of the first character concerned
 * @param from  the original text (empty never; the removed white space for {@link Kind#WHITESPACE}), not null
 * @param to    the text written instead (empty for a removal), not null
 */
public record Change(Kind kind, int index, String from, String to) {

    /** The kinds of repair. */
    public enum Kind {
        /** Surrounding or inner white space removed (including U+3000 ideographic space). */
        WHITESPACE,
        /** A full-width letter, digit or sign (U+FF01 to U+FF5E) written as its ASCII form. */
        FULL_WIDTH,
        /** A lowercase letter written in capitals. */
        LOWER_CASE,
        /** A dash variant (—, –, ‐, −, ﹣) written as {@code -}. */
        DASH,
        /** A separator written as the one the template has there ({@code -} or {@code ·}). */
        SEPARATOR,
        /** A short 件号 (or 顺序号) padded with zeros, e.g. {@code 1} to {@code 0001}. */
        ZERO_PADDED
    }

    /** Validates the fields. */
    public Change {
        requireNonNull(kind, "kind");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
    }

    /** What was changed, in Chinese and English, e.g. 第 5 个字符处全角“－”改为“-”. */
    public LocalizedText describe() {
        return CodeException.MESSAGES.text("change." + kind.name(), CodeException.shown(from), to,
                String.valueOf(index + 1));
    }
}
