package org.cundang.schedule;

import java.util.Optional;
import java.util.OptionalInt;
import org.cundang.ArchiveException;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;
import org.jspecify.annotations.Nullable;

/**
 * Schedule data that cannot be used: malformed JSON (CD-2004), a missing field (CD-2005), an invalid value
 * (CD-2006), an unknown period (CD-2007), a duplicate entry id (CD-2008), an unknown trigger (CD-2009), an
 * unsupported schema version (CD-2010), an overlay for an unknown base (CD-2011), an overlay that shortens a
 * period (CD-2012) or changes what a period counts from (CD-2013), an amendment of an unknown entry (CD-2014), an
 * unknown field (CD-2015), an unreadable file (CD-2016), an unknown bundled table (CD-2017), an invalid value
 * given to the API (CD-2018), an unknown entry id (CD-2019), a misordered layer stack (CD-2020 to CD-2022), or an
 * empty search keyword (CD-2023).
 *
 * <p>Errors about data name the file (or layer), the entry and the reason; see {@link #source()},
 * {@link #entry()}, {@link #line()} and {@link #column()}. Codes are permanent and listed in {@code docs/errors.md}.
 */
public final class ScheduleException extends ArchiveException {

    private static final long serialVersionUID = 1L;
    static final MessageCatalog MESSAGES = MessageCatalog.load(ScheduleException.class, "schedule");

    private final @Nullable String source;
    private final @Nullable String entry;
    private final int line;
    private final int column;

    private ScheduleException(String code, LocalizedText text, @Nullable String source, @Nullable String entry,
                              int line, int column, @Nullable Throwable cause) {
        super(code, text, cause);
        this.source = source;
        this.entry = entry;
        this.line = line;
        this.column = column;
    }

    /**
     * Creates an exception about schedule data. Used by the JSON reader; not for applications.
     *
     * @param code   the code, CD-2004 to CD-2023, not null
     * @param source the file or layer, or null
     * @param entry  the entry (id, or a JSON path when the id is unknown), or null
     * @param line   the 1-based line, or -1
     * @param column the 1-based column, or -1
     * @param cause  the cause, or null
     * @param args   the message arguments after the two implicit ones ({0} = file or layer with line and
     *               column, {1} = entry)
     * @return the exception
     */
    static ScheduleException data(String code, @Nullable String source, @Nullable String entry, int line, int column,
                                  @Nullable Throwable cause, Object... args) {
        Object[] all = new Object[args.length + 2];
        String where = source == null ? "-" : source;
        if (line > 0) {
            where += ":" + line + (column > 0 ? ":" + column : "");
        }
        all[0] = where;
        all[1] = entry == null ? "-" : entry;
        System.arraycopy(args, 0, all, 2, args.length);
        return new ScheduleException(code, MESSAGES.text(code, all), source, entry, line, column, cause);
    }

    static ScheduleException of(String code, @Nullable String source, @Nullable String entry, Object... args) {
        return data(code, source, entry, -1, -1, null, args);
    }

    static ScheduleException invalid(String field, String value) {
        return of("CD-2018", null, null, field, abbreviate(value));
    }

    static String abbreviate(String s) {
        String t = s.length() <= 60 ? s : s.substring(0, 60) + "…";
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            b.append(Character.isISOControl(c) ? '\uFFFD' : c);
        }
        return b.toString();
    }

    /** The file or layer the error is about, if known. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** The entry the error is about (its id, or a JSON path such as {@code entries[3]}), if any. */
    public Optional<String> entry() {
        return Optional.ofNullable(entry);
    }

    /** The 1-based line in the file, for malformed JSON. */
    public OptionalInt line() {
        return line < 1 ? OptionalInt.empty() : OptionalInt.of(line);
    }

    /** The 1-based column in the file, for malformed JSON. */
    public OptionalInt column() {
        return column < 1 ? OptionalInt.empty() : OptionalInt.of(column);
    }
}
