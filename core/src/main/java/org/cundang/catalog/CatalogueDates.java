package org.cundang.catalog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Dates as catalogues write them: {@code YYYYMMDD} (the 8-digit form of DA/T 22-2015 practice, R) or ISO
 * {@code YYYY-MM-DD}. Surrounding white space is ignored; anything else (two-digit years, slashes, impossible dates
 * such as 20230230) is refused.
 */
public final class CatalogueDates {

    private CatalogueDates() {
    }

    /**
     * Reads a date.
     *
     * @param text the text, not null
     * @return the date, or empty when the text is not a valid date in either form
     */
    public static Optional<LocalDate> parse(CharSequence text) {
        java.util.Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        int y;
        int m;
        int d;
        if (s.length() == 8 && allDigits(s, 0, 8)) {
            y = num(s, 0, 4);
            m = num(s, 4, 6);
            d = num(s, 6, 8);
        } else if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-'
                && allDigits(s, 0, 4) && allDigits(s, 5, 7) && allDigits(s, 8, 10)) {
            y = num(s, 0, 4);
            m = num(s, 5, 7);
            d = num(s, 8, 10);
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes a date the way catalogues do: {@code YYYYMMDD}.
     *
     * @param date the date, not null
     * @return eight digits
     */
    public static String format(LocalDate date) {
        java.util.Objects.requireNonNull(date, "date");
        return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
