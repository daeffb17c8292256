package org.cundang.schedule;

import static java.util.Objects.requireNonNull;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cundang.internal.json.ScheduleEntryJson;
import org.cundang.internal.json.ScheduleFileJson;
import org.cundang.internal.json.ScheduleJsonProblem;
import org.cundang.internal.json.ScheduleJsonReader;
import org.cundang.retention.PeriodParseException;
import org.cundang.retention.RetentionPeriod;
import org.cundang.retention.RetentionTrigger;
import org.cundang.retention.RetentionException;
import org.jspecify.annotations.Nullable;

/**
 * Reads retention schedule layers from JSON (format: {@code docs/retention.md}, schema version
 * {@value #SCHEMA_VERSION}) and gives the {@linkplain #bundled() bundled tables}.
 *
 * <p>Everything is validated: malformed data is refused with a {@link ScheduleException} that names the file
 * (with line and column for bad JSON), the entry and the reason: malformed JSON (CD-2004), missing field
 * (CD-2005), wrong type or invalid value (CD-2006), unknown period (CD-2007), duplicate id (CD-2008), unknown
 * trigger (CD-2009), newer schema version (CD-2010), unknown field (CD-2015), unreadable input (CD-2016). Overlay
 * rules (unknown base, shortening) are checked when layers are resolved into a {@link RetentionSchedule}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Schedules {

    /** The schema version this library reads; files declaring a newer one are refused (CD-2010). */
    public static final int SCHEMA_VERSION = ScheduleJsonReader.SCHEMA_VERSION;

    private Schedules() {
    }

    /**
     * Reads a layer from UTF-8 JSON (a leading byte-order mark is ignored).
     *
     * @param in         the bytes, not null; not closed
     * @param sourceName the file name used in error messages, not null
     * @return the layer
     * @throws ScheduleException (CD-2004 to CD-2010, CD-2015, CD-2016) if the data is malformed
     */
    public static ScheduleLayer read(InputStream in, String sourceName) {
        requireNonNull(in, "in");
        requireNonNull(sourceName, "sourceName");
        return read(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), sourceName);
    }

    /**
     * Reads a layer from JSON text.
     *
     * @param in         the text, not null; not closed
     * @param sourceName the file name used in error messages, not null
     * @return the layer
     * @throws ScheduleException (CD-2004 to CD-2010, CD-2015, CD-2016) if the data is malformed
     */
    public static ScheduleLayer read(Reader in, String sourceName) {
        requireNonNull(in, "in");
        requireNonNull(sourceName, "sourceName");
        String source = ScheduleException.abbreviate(sourceName);
        ScheduleFileJson file;
        try {
            PushbackReader r = new PushbackReader(in, 1);
            int first = r.read();
            if (first >= 0 && first != '\uFEFF') {
                r.unread(first);
            }
            file = new ScheduleJsonReader().read(r);
        } catch (ScheduleJsonProblem p) {
            throw ScheduleException.data(p.code(), source, p.entry(), p.line(), p.column(), p.getCause(), p.args());
        } catch (IOException e) {
            throw ScheduleException.data("CD-2016", source, null, -1, -1, e, String.valueOf(e.getMessage()));
        }
        return toLayer(file, source);
    }

    /**
     * Reads a layer from a file.
     *
     * @param fileName the file's name, not null
     * @return the layer
     * @throws ScheduleException (CD-2016) if the file cannot be read, or as {@link #read(InputStream, String)}
     */
    public static ScheduleLayer readFile(String fileName) {
        requireNonNull(fileName, "fileName");
        try (InputStream in = new FileInputStream(fileName)) {
            return read(in, fileName);
        } catch (IOException e) {
            throw ScheduleException.data("CD-2016", ScheduleException.abbreviate(fileName), null, -1, -1, e,
                    String.valueOf(e.getMessage()));
        }
    }

    /** The tables shipped with Cundang (see {@link BundledSchedules}). */
    public static BundledSchedules bundled() {
        return BundledSchedules.instance();
    }

    // ---- conversion from the JSON view to the domain, with file, entry and reason in every error ----

    private static ScheduleLayer toLayer(ScheduleFileJson f, String source) {
        String id = required(f.id(), "id", source, null, -1);
        String levelName = required(f.level(), "level", source, null, -1);
        ScheduleLevel level;
        try {
            level = ScheduleLevel.valueOf(levelName.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ScheduleException.data("CD-2006", source, null, -1, -1, null, "level",
                    ScheduleException.abbreviate(levelName), "NATIONAL|PROVINCE|COUNTY|TOWNSHIP|UNIT");
        }
        ScheduleLayer.Builder b = guard(source, null, -1, "id", id, () -> ScheduleLayer.builder(id, level));
        String title = required(f.title(), "title", source, null, -1);
        String version = required(f.version(), "version", source, null, -1);
        String issuer = required(f.issuer(), "issuer", source, null, -1);
        String src = required(f.source(), "source", source, null, -1);
        guard(source, null, -1, "title", title, () -> b.title(title));
        guard(source, null, -1, "version", version, () -> b.version(version));
        guard(source, null, -1, "issuer", issuer, () -> b.issuer(issuer));
        guard(source, null, -1, "source", src, () -> b.source(src));
        b.provisional(Boolean.TRUE.equals(f.provisional()));
        b.example(Boolean.TRUE.equals(f.example()));
        String base = f.base();
        if (base != null) {
            guard(source, null, -1, "base", base, () -> b.base(base));
        }
        ScheduleEntryJson d = f.defaults();
        for (ScheduleEntryJson e : f.entries()) {
            ScheduleEntry entry = toEntry(e, d, source);
            try {
                b.entry(entry);
            } catch (ScheduleException ex) {
                throw ScheduleException.data("CD-2008", source, entry.id(), e.line(), -1, null, id);
            }
        }
        for (ScheduleEntryJson a : f.amendments()) {
            if (base == null) {
                throw ScheduleException.data("CD-2005", source, a.label(), a.line(), -1, null, "base");
            }
            b.amendment(toAmendment(a, source));
        }
        return b.build();
    }

    private static ScheduleEntry toEntry(ScheduleEntryJson e, ScheduleEntryJson d, String source) {
        String label = e.label();
        int line = e.line();
        String id = required(e.id(), "id", source, label, line);
        String title = required(e.title(), "title", source, label, line);
        RetentionPeriod period = period(required(e.period(), "period", source, label, line), source, label, line);
        String category = required(or(e.category(), d.category()), "category", source, label, line);
        String triggerText = required(or(e.trigger(), d.trigger()), "trigger", source, label, line);
        String mandate = required(or(e.mandate(), d.mandate()), "mandate", source, label, line);
        String confidenceText = required(or(e.confidence(), d.confidence()), "confidence", source, label, line);
        RetentionTrigger trigger = trigger(triggerText, source, label, line);
        Confidence confidence = confidence(confidenceText, source, label, line);
        ScheduleEntry.Builder b = guard(source, label, line, "id", id, () -> ScheduleEntry.builder(id, title, period));
        guard(source, label, line, "category", category, () -> b.category(category));
        guard(source, label, line, "mandate", mandate, () -> b.mandate(mandate));
        String note = e.note();
        if (note != null) {
            guard(source, label, line, "note", note, () -> b.note(note));
        }
        b.trigger(trigger).confidence(confidence)
                .townshipCustody(Boolean.TRUE.equals(e.townshipCustody()))
                .digitisationRequired(Boolean.TRUE.equals(e.digitisationRequired()))
                .filedEveryYear(Boolean.TRUE.equals(e.filedEveryYear()))
                .controlled(Boolean.TRUE.equals(e.controlled()));
        return guard(source, label, line, "trigger", triggerText + " / " + period, b::build);
    }

    private static ScheduleAmendment toAmendment(ScheduleEntryJson a, String source) {
        String label = a.label();
        int line = a.line();
        String entryId = required(a.id(), "entry", source, label, line);
        ScheduleAmendment m = guard(source, label, line, "entry", entryId, () -> ScheduleAmendment.of(entryId));
        if (a.period() != null) {
            m = m.withPeriod(period(a.period(), source, label, line));
        }
        if (a.townshipCustody() != null) {
            m = m.withTownshipCustody(a.townshipCustody());
        }
        if (a.digitisationRequired() != null) {
            m = m.withDigitisationRequired(a.digitisationRequired());
        }
        if (a.filedEveryYear() != null) {
            m = m.withFiledEveryYear(a.filedEveryYear());
        }
        if (a.controlled() != null) {
            m = m.withControlled(a.controlled());
        }
        if (a.confidence() != null) {
            m = m.withConfidence(confidence(a.confidence(), source, label, line));
        }
        String mandate = a.mandate();
        if (mandate != null) {
            ScheduleAmendment cur = m;
            m = guard(source, label, line, "mandate", mandate, () -> cur.withMandate(mandate));
        }
        String note = a.note();
        if (note != null) {
            ScheduleAmendment cur = m;
            m = guard(source, label, line, "note", note, () -> cur.withNote(note));
        }
        return m;
    }

    private static RetentionPeriod period(String text, String source, String label, int line) {
        try {
            return RetentionPeriod.parse(text);
        } catch (PeriodParseException e) {
            throw ScheduleException.data("CD-2007", source, label, line, -1, e, ScheduleException.abbreviate(text));
        }
    }

    private static RetentionTrigger trigger(String text, String source, String label, int line) {
        try {
            return RetentionTrigger.parse(text);
        } catch (RetentionException e) {
            throw ScheduleException.data("CD-2009", source, label, line, -1, e, ScheduleException.abbreviate(text));
        }
    }

    private static Confidence confidence(String text, String source, String label, int line) {
        return Confidence.fromTag(text).orElseThrow(() -> ScheduleException.data("CD-2006", source, label, line, -1,
                null, "confidence", ScheduleException.abbreviate(text), "V|S|R"));
    }

    private static @Nullable String or(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }

    private static String required(@Nullable String value, String field, String source, @Nullable String label,
                                   int line) {
        if (value == null) {
            throw ScheduleException.data("CD-2005", source, label, line, -1, null, field);
        }
        return value;
    }

    private static <T> T guard(String source, @Nullable String label, int line, String field, String value,
                               java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (ScheduleException e) {
            throw ScheduleException.data("CD-2006", source, label, line, -1, e, field,
                    ScheduleException.abbreviate(value), "see docs/retention.md");
        }
    }
}
