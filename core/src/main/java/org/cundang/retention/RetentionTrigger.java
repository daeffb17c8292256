package org.cundang.retention;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What starts the count of a retention period (RODA's retention trigger, PRIOR-ART.md §2):
 * <ul>
 *   <li>{@link #formationYear()}: the year the record was formed. By default counting starts on 1 January of the
 *       following year (DOMAIN.md §2.3, practice, tagged R; configurable in {@link CountingRules});</li>
 *   <li>{@link #accountingYearEnd()}: the end of the accounting year; counting starts on the day after it ends
 *       (会计档案管理办法 令第79号 第十四条 "会计年度终了后的第一天", V);</li>
 *   <li>{@link #event(String, int)}: a named event (e.g. 合同终止) plus an offset in days; counting starts on the
 *       event date plus the offset. The item waits ({@link RetentionStatus#AWAITING_EVENT}) until the event is
 *       recorded.</li>
 * </ul>
 *
 * <p>A period counted from an event ({@link RetentionPeriod.Kind#AFTER_EVENT}, e.g. 固定资产报废清理后保管5年) also
 * waits for its event; the trigger then says how the event date is counted (see {@link RetentionEvaluator}).
 *
 * <p>Immutable and thread-safe. {@link #toString()} returns {@link #code()}, which {@link #parse(CharSequence)}
 * reads back: {@code formation-year}, {@code accounting-year-end}, {@code event:合同终止} or
 * {@code event:合同终止+30d}.
 */
public final class RetentionTrigger {

    /** The kinds of trigger. */
    public enum Kind {
        /** Counted from the formation year (or date, per {@link CountingRules}). */
        FORMATION_YEAR,
        /** Counted from the day after the accounting year ends. */
        ACCOUNTING_YEAR_END,
        /** Counted from a named event plus an offset in days. */
        EVENT
    }

    /** The largest offset accepted, in days (about 100 years). */
    public static final int MAX_OFFSET_DAYS = 36_600;

    private static final RetentionTrigger FORMATION = new RetentionTrigger(Kind.FORMATION_YEAR, null, 0);
    private static final RetentionTrigger ACCOUNTING = new RetentionTrigger(Kind.ACCOUNTING_YEAR_END, null, 0);
    private static final String EVENT_PREFIX = "event:";

    private final Kind kind;
    private final @Nullable String event;
    private final int offsetDays;

    private RetentionTrigger(Kind kind, @Nullable String event, int offsetDays) {
        this.kind = kind;
        this.event = event;
        this.offsetDays = offsetDays;
    }

    /** Counting from the formation year (the default trigger for 文书 and most other archives). */
    public static RetentionTrigger formationYear() {
        return FORMATION;
    }

    /** Counting from the day after the accounting year ends (会计档案, 令第79号 第十四条, V). */
    public static RetentionTrigger accountingYearEnd() {
        return ACCOUNTING;
    }

    /**
     * Counting from a named event plus an offset.
     *
     * @param event      the event's name, not null, not blank, at most 100 characters, no control characters,
     *                   no {@code :} or {@code +}
     * @param offsetDays days added to the event date to give the start of counting, 0 to {@value #MAX_OFFSET_DAYS}
     * @return the trigger
     * @throws RetentionException (CD-2035) if the name or offset is invalid
     */
    public static RetentionTrigger event(String event, int offsetDays) {
        requireNonNull(event, "event");
        String name = event.strip();
        if (!validEventName(name) || offsetDays < 0 || offsetDays > MAX_OFFSET_DAYS) {
            throw RetentionException.badEvent(event + (offsetDays == 0 ? "" : "+" + offsetDays + "d"));
        }
        return new RetentionTrigger(Kind.EVENT, name, offsetDays);
    }

    static boolean validEventName(String name) {
        if (name.isEmpty() || name.length() > 100) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || c == ':' || c == '+') {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a trigger from its code: {@code formation-year}, {@code accounting-year-end}, {@code event:NAME} or
     * {@code event:NAME+Nd}. Surrounding white space is ignored.
     *
     * @param text the code, not null
     * @return the trigger
     * @throws RetentionException (CD-2033) if the text is not a trigger, (CD-2035) if the event is invalid
     */
    public static RetentionTrigger parse(CharSequence text) {
        requireNonNull(text, "text");
        String s = text.toString().strip();
        return tryParse(s).orElseThrow(() -> RetentionException.badTrigger(text.toString()));
    }

    /**
     * Like {@link #parse(CharSequence)}, without throwing.
     *
     * @param text the code, not null
     * @return the trigger, or empty if the text is not one
     */
    public static Optional<RetentionTrigger> tryParse(CharSequence text) {
        requireNonNull(text, "text");
        String s = text.toString().strip();
        if (s.equals("formation-year")) {
            return Optional.of(FORMATION);
        }
        if (s.equals("accounting-year-end")) {
            return Optional.of(ACCOUNTING);
        }
        if (!s.startsWith(EVENT_PREFIX) || s.length() > 200) {
            return Optional.empty();
        }
        String rest = s.substring(EVENT_PREFIX.length());
        int plus = rest.lastIndexOf('+');
        int offset = 0;
        String name = rest;
        if (plus >= 0) {
            String digits = rest.substring(plus + 1);
            if (digits.length() < 2 || digits.length() > 6 || digits.charAt(digits.length() - 1) != 'd') {
                return Optional.empty();
            }
            for (int i = 0; i < digits.length() - 1; i++) {
                char c = digits.charAt(i);
                if (c < '0' || c > '9') {
                    return Optional.empty();
                }
                offset = offset * 10 + (c - '0');
            }
            name = rest.substring(0, plus);
        }
        name = name.strip();
        if (!validEventName(name) || offset > MAX_OFFSET_DAYS) {
            return Optional.empty();
        }
        return Optional.of(new RetentionTrigger(Kind.EVENT, name, offset));
    }

    /** The kind of trigger. */
    public Kind kind() {
        return kind;
    }

    /** The event's name, for {@link Kind#EVENT} triggers. */
    public Optional<String> event() {
        return Optional.ofNullable(event);
    }

    @Nullable String eventOrNull() {
        return event;
    }

    /** Days added to the event date (0 unless {@link Kind#EVENT}). */
    public int offsetDays() {
        return offsetDays;
    }

    /** The code: {@code formation-year}, {@code accounting-year-end}, {@code event:NAME} or {@code event:NAME+Nd}. */
    public String code() {
        switch (kind) {
            case FORMATION_YEAR:
                return "formation-year";
            case ACCOUNTING_YEAR_END:
                return "accounting-year-end";
            default:
                return EVENT_PREFIX + event + (offsetDays == 0 ? "" : "+" + offsetDays + "d");
        }
    }

    /** The Chinese label: 形成年度, 会计年度终了, or 事件"NAME"(+N日). */
    public String label() {
        switch (kind) {
            case FORMATION_YEAR:
                return "自形成年度起算";
            case ACCOUNTING_YEAR_END:
                return "自会计年度终了后第一天起算";
            default:
                return "自" + event + (offsetDays == 0 ? "" : "后" + offsetDays + "日") + "起算";
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RetentionTrigger)) {
            return false;
        }
        RetentionTrigger t = (RetentionTrigger) o;
        return kind == t.kind && offsetDays == t.offsetDays && Objects.equals(event, t.event);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, event, offsetDays);
    }

    /** Returns {@link #code()}. */
    @Override
    public String toString() {
        return code();
    }
}
