package org.cundang.custody.access;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/** Checks of the free-text fields of the register (CD-8040). */
final class Texts {

    /** The longest name, id number, organisation, approver or clerk. */
    static final int SHORT = 200;
    /** The longest purpose or note. */
    static final int LONG = 2000;

    private Texts() {
    }

    /**
     * A required one-line text: not blank, at most {@code max} characters, no control character, no lone surrogate.
     */
    static String required(@Nullable String value, String field, int max) {
        requireNonNull(value, field);
        check(value, field, max);
        if (value.isBlank()) {
            throw AccessException.of("CD-8040", field, printable(value), String.valueOf(max));
        }
        return value.strip();
    }

    /** An optional text: null or blank becomes null, otherwise as {@link #required}. */
    static @Nullable String optional(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank()) {
            if (value != null) {
                check(value, field, max);
            }
            return null;
        }
        return required(value, field, max);
    }

    private static void check(String value, String field, int max) {
        if (value.length() > max || !clean(value)) {
            throw AccessException.of("CD-8040", field, printable(value), String.valueOf(max));
        }
    }

    static boolean clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The value shortened to 80 characters with control characters shown as {@code \\uXXXX}, for messages. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        int n = Math.min(s.length(), 80);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return s.length() > n ? b + "…" : b.toString();
    }

    /** Whether two people's names are the same person's: equal after stripping, NFKC and case folding. */
    static boolean samePerson(String a, String b) {
        return norm(a).equals(norm(b));
    }

    private static String norm(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).strip()
                .replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
