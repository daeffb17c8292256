package org.cundang.internal.text;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Checks of the free-text fields people type into registers and handovers (names, purposes, notes): one line, not too
 * long, no control character, no lone surrogate. Each package supplies the exception it throws.
 */
public final class FieldText {

    /** Makes the exception for a value that cannot be used. */
    @FunctionalInterface
    public interface Failure {
        /**
         * @param field the field's name
         * @param shown the value as shown in messages ({@link #printable})
         * @param max   the longest allowed, as text
         * @return the exception to throw
         */
        RuntimeException of(String field, String shown, String max);
    }

    /** The longest name, id number, organisation, approver, clerk or code. */
    public static final int SHORT = 200;
    /** The longest purpose, note or remark. */
    public static final int LONG = 2000;

    private FieldText() {
    }

    /**
     * The required/optional checks of one package, throwing that package's exception.
     *
     * @param fail makes the exception
     * @return the checks
     */
    public static Fields fields(Failure fail) {
        return new Fields(requireNonNull(fail, "fail"));
    }

    /** {@link #required} and {@link #optional} bound to one {@link Failure}. */
    public static final class Fields {
        private final Failure fail;

        private Fields(Failure fail) {
            this.fail = fail;
        }

        /**
         * As {@link FieldText#required}.
         *
         * @param value the value
         * @param field its name, for the message
         * @param max   the longest allowed
         * @return the value, stripped
         */
        public String required(@Nullable String value, String field, int max) {
            return FieldText.required(value, field, max, fail);
        }

        /**
         * As {@link FieldText#optional}.
         *
         * @param value the value, or null
         * @param field its name, for the message
         * @param max   the longest allowed
         * @return the value, stripped, or null
         */
        public @Nullable String optional(@Nullable String value, String field, int max) {
            return FieldText.optional(value, field, max, fail);
        }
    }

    /**
     * A required one-line text: not blank, at most {@code max} characters, no control character, no lone surrogate.
     *
     * @param value the value
     * @param field its name, for the message
     * @param max   the longest allowed
     * @param fail  makes the exception
     * @return the value, stripped
     */
    public static String required(@Nullable String value, String field, int max, Failure fail) {
        requireNonNull(value, field);
        check(value, field, max, fail);
        if (value.isBlank()) {
            throw fail.of(field, printable(value), String.valueOf(max));
        }
        return value.strip();
    }

    /**
     * An optional text: null or blank becomes null, otherwise as {@link #required}.
     *
     * @param value the value, or null
     * @param field its name, for the message
     * @param max   the longest allowed
     * @param fail  makes the exception
     * @return the value, stripped, or null
     */
    public static @Nullable String optional(@Nullable String value, String field, int max, Failure fail) {
        if (value == null || value.isBlank()) {
            if (value != null) {
                check(value, field, max, fail);
            }
            return null;
        }
        return required(value, field, max, fail);
    }

    private static void check(String value, String field, int max, Failure fail) {
        if (value.length() > max || !clean(value)) {
            throw fail.of(field, printable(value), String.valueOf(max));
        }
    }

    /**
     * @param s the text
     * @return whether it has no control character and no lone surrogate
     */
    public static boolean clean(String s) {
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

    /**
     * @param s the text
     * @return the text shortened to 80 characters with control characters and surrogates shown as {@code \\uXXXX}
     */
    public static String printable(String s) {
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

    /**
     * Whether two names are the same person's: equal after stripping, NFKC, collapsing white space and case folding.
     *
     * @param a one name
     * @param b the other
     * @return true when the same
     */
    public static boolean samePerson(String a, String b) {
        return norm(a).equals(norm(b));
    }

    private static String norm(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).strip()
                .replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
