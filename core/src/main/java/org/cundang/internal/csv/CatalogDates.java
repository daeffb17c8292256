package org.cundang.internal.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Catalogue dates: {@code YYYYMMDD} (DA/T 22-2015 目录 practice, R) or {@code YYYY-MM-DD}, strictly (no 20230230).
 */
public final class CatalogDates {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private CatalogDates() {
    }

    /**
     * Parses a catalogue date.
     *
     * @param text the cell (surrounding spaces ignored)
     * @return the date, or empty when the text is not a valid date in either form
     */
    public static Optional<LocalDate> parse(String text) {
        String s = text.strip();
        try {
            if (s.length() == 8 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.of(LocalDate.parse(s, BASIC));
            }
            if (s.length() == 10 && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(s, ISO));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
