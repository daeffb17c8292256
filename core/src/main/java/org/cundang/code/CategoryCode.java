package org.cundang.code;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A 门类代码 (archive category code) with its sub-levels joined by {@code ·}: {@code WS}, {@code KJ·JJ},
 * {@code SW·JB}, {@code KU·01}. DA/T 13-2022 joins codes of the same level with "·" (DOMAIN.md §3.2, S);
 * DA/T 22-2015 5.4.3 b) gives {@code WS} for 文书 (S).
 *
 * <p>Form: 1 to {@value #MAX_LEVELS} levels, each 1 to {@value #MAX_LEVEL_LENGTH} capital ASCII letters or digits.
 * Whether a code is known, and what it means, is up to a {@link CategoryRegistry}. Immutable; ordered by its text.
 */
public final class CategoryCode implements Comparable<CategoryCode>, Serializable {

    private static final long serialVersionUID = 1L;

    /** The separator between levels: U+00B7 MIDDLE DOT. */
    public static final char LEVEL_SEPARATOR = '·';
    /** The most levels a code may have. */
    public static final int MAX_LEVELS = 3;
    /** The longest level. */
    public static final int MAX_LEVEL_LENGTH = 4;

    private final String text;
    private final int depth;

    private CategoryCode(String text, int depth) {
        this.text = text;
        this.depth = depth;
    }

    /**
     * Reads a code such as {@code KJ·JJ}. Strict: capital letters, digits and U+00B7 only.
     *
     * @param text the code, not null
     * @return the code
     * @throws CodeException (CD-1004) if the text is not of the form above
     */
    public static CategoryCode parse(CharSequence text) {
        requireNonNull(text, "text");
        String s = text.toString();
        int depth = check(s);
        if (depth < 0) {
            throw CodeException.keyed("CD-1004", "CD-1004.value", CodeException.shown(s));
        }
        return new CategoryCode(s, depth);
    }

    /**
     * A code from its levels, e.g. {@code of("KJ", "JJ")}.
     *
     * @param first     the first level, not null
     * @param subLevels further levels, not null
     * @return the code
     * @throws CodeException (CD-1004) if a level is malformed or there are too many
     */
    public static CategoryCode of(String first, String... subLevels) {
        requireNonNull(first, "first");
        StringBuilder b = new StringBuilder(first);
        for (String s : requireNonNull(subLevels, "subLevels")) {
            b.append(LEVEL_SEPARATOR).append(requireNonNull(s, "subLevels[]"));
        }
        return parse(b);
    }

    /** Returns the depth (1 to 3) if {@code s} is well-formed, else -1. */
    static int check(CharSequence s) {
        return check(s, 0, s.length());
    }

    static int check(CharSequence s, int from, int to) {
        if (to <= from) {
            return -1;
        }
        int depth = 1;
        int run = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == LEVEL_SEPARATOR) {
                if (run == 0 || ++depth > MAX_LEVELS) {
                    return -1;
                }
                run = 0;
            } else if (isCodeChar(c)) {
                if (++run > MAX_LEVEL_LENGTH) {
                    return -1;
                }
            } else {
                return -1;
            }
        }
        return run == 0 ? -1 : depth;
    }

    static boolean isCodeChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** The levels, e.g. {@code [KJ, JJ]}. */
    public List<String> levels() {
        List<String> out = new ArrayList<>(depth);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == LEVEL_SEPARATOR) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return List.copyOf(out);
    }

    /** The number of levels: 1 for {@code WS}, 2 for {@code KJ·JJ}. */
    public int depth() {
        return depth;
    }

    /** The code one level up ({@code KJ} for {@code KJ·JJ}), empty for a top-level code. */
    public Optional<CategoryCode> parent() {
        int i = text.lastIndexOf(LEVEL_SEPARATOR);
        return i < 0 ? Optional.empty() : Optional.of(new CategoryCode(text.substring(0, i), depth - 1));
    }

    /** The top-level code ({@code KJ} for {@code KJ·JJ}); this code itself when it has one level. */
    public CategoryCode top() {
        int i = text.indexOf(LEVEL_SEPARATOR);
        return i < 0 ? this : new CategoryCode(text.substring(0, i), 1);
    }

    /**
     * Whether this code is {@code other} or lies below it ({@code KJ·JJ} is within {@code KJ}).
     *
     * @param other the code above, not null
     * @return true if this code starts with {@code other}'s levels
     */
    public boolean isWithin(CategoryCode other) {
        requireNonNull(other, "other");
        return text.equals(other.text)
                || (text.startsWith(other.text) && text.charAt(other.text.length()) == LEVEL_SEPARATOR);
    }

    @Override
    public int compareTo(CategoryCode o) {
        return text.compareTo(o.text);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CategoryCode && ((CategoryCode) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The code as written in a 档号, e.g. {@code KJ·JJ}; {@link #parse(CharSequence)} reads it back. */
    @Override
    public String toString() {
        return text;
    }
}
