package org.cundang.custody.overview;

import org.jspecify.annotations.Nullable;

/** Checks on the names and codes that appear in lists, sheets and reports. */
final class Texts {

    private Texts() {
    }

    static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
    }

    /**
     * The reason a value cannot be a one-line name or code, or null when it can.
     *
     * @param value the value (stripped by the caller)
     * @param max   the longest allowed
     * @param empty whether empty is allowed
     * @return the reason ("en / zh"), or null
     */
    static @Nullable String problem(String value, int max, boolean empty) {
        if (value.isEmpty() && !empty) {
            return "empty / 为空";
        }
        if (value.length() > max) {
            return "longer than " + max + " characters / 超过 " + max + " 个字符";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            if (isUnsafe(c) || Character.isSurrogate(c)) {
                return "control or unpaired character at index " + i + " / 第 " + i + " 位有控制字符";
            }
        }
        return null;
    }

    /**
     * A checked one-line value.
     *
     * @param field what it is ("township / 乡镇"), for the message
     * @param value the value, not null
     * @param max   the longest allowed
     * @param empty whether empty is allowed
     * @return the value, stripped
     * @throws OverviewException CD-8115 when it cannot be used
     */
    static String checked(String field, String value, int max, boolean empty) {
        String v = value.strip();
        String p = problem(v, max, empty);
        if (p != null) {
            throw OverviewException.of("CD-8115", field, OverviewException.shown(v) + " (" + p + ")");
        }
        return v;
    }
}
