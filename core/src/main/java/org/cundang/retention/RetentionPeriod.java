package org.cundang.retention;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A 保管期限 (retention period) as the current rules write it: 永久 ({@code Y}), 定期 n 年 ({@code D30}, {@code D10},
 * and other year counts such as the 1998 accounting table's 15 or 25 years), or a period counted from an event
 * ("固定资产报废清理后保管5年", 会计档案管理办法 附表1 第6项).
 *
 * <p>Sources: 国家档案局令第8号 第六条 (永久、定期; 定期 30年、10年), DA/T 22-2015 5.4.3 c) (codes Y, D30, D10),
 * 会计档案管理办法 (令第79号) 第十四条 and 附表1. The legacy 永久/长期/短期 terms are {@link LegacyPeriod}s, turned
 * into current periods by a {@link LegacyPeriodMapping}.
 *
 * <p>Periods are ordered by length (their minimum number of years, 永久 longest); an event-based period of n
 * years sorts just after the fixed period of n years, because it lasts at least as long. Immutable and
 * thread-safe; {@link #toString()} returns {@link #code()}, which {@link #parse(CharSequence)} reads back.
 */
public final class RetentionPeriod implements Comparable<RetentionPeriod>, Serializable {

    private static final long serialVersionUID = 1L;

    /** The kinds of period. */
    public enum Kind {
        /** 永久: kept for ever. */
        PERMANENT,
        /** 定期: a number of years from the start of counting. */
        FIXED,
        /** A number of years after a named event (the event starts the count). */
        AFTER_EVENT
    }

    /** The longest fixed or event period accepted, in years. */
    public static final int MAX_YEARS = 999;

    /** 永久, code {@code Y}. */
    public static final RetentionPeriod PERMANENT = new RetentionPeriod(Kind.PERMANENT, 0, null);
    /** 定期30年, code {@code D30}. */
    public static final RetentionPeriod D30 = new RetentionPeriod(Kind.FIXED, 30, null);
    /** 定期10年, code {@code D10}. */
    public static final RetentionPeriod D10 = new RetentionPeriod(Kind.FIXED, 10, null);

    private static final Comparator<RetentionPeriod> ORDER = Comparator
            .comparingInt(RetentionPeriod::orderYears)
            .thenComparing(RetentionPeriod::kind)
            .thenComparing(p -> p.event == null ? "" : p.event);

    private static final Pattern FIXED_CODE = Pattern.compile("D(\\d{1,3})");
    private static final Pattern FIXED_LABEL = Pattern.compile("(?:定期)?(\\d{1,3})年");
    private static final Pattern EVENT_CODE = Pattern.compile("E(\\d{1,3}):(.+)");
    private static final Pattern EVENT_LABEL = Pattern.compile("(.+?)后(?:保管|保存)?(\\d{1,3})年");

    private final Kind kind;
    private final int years;
    private final @Nullable String event;

    private RetentionPeriod(Kind kind, int years, @Nullable String event) {
        this.kind = kind;
        this.years = years;
        this.event = event;
    }

    /**
     * A fixed period of {@code years} years ({@code D30} and {@code D10} are the current ones; others appear in
     * older tables).
     *
     * @param years 1 to {@value #MAX_YEARS}
     * @return the period
     * @throws PeriodParseException (CD-2001) if {@code years} is out of range
     */
    public static RetentionPeriod years(int years) {
        if (years < 1 || years > MAX_YEARS) {
            throw PeriodParseException.badYears(String.valueOf(years));
        }
        if (years == 30) {
            return D30;
        }
        if (years == 10) {
            return D10;
        }
        return new RetentionPeriod(Kind.FIXED, years, null);
    }

    /**
     * A period of {@code years} years counted from a named event, e.g. {@code afterEvent("固定资产报废清理", 5)}.
     *
     * @param event the event's name, not null, not blank, at most 100 characters, without {@code :} or control
     *              characters
     * @param years 1 to {@value #MAX_YEARS}
     * @return the period
     * @throws PeriodParseException (CD-2001) if an argument is out of range
     */
    public static RetentionPeriod afterEvent(String event, int years) {
        requireNonNull(event, "event");
        String name = event.strip();
        if (!validEvent(name)) {
            throw PeriodParseException.badEvent(event);
        }
        if (years < 1 || years > MAX_YEARS) {
            throw PeriodParseException.badYears(String.valueOf(years));
        }
        return new RetentionPeriod(Kind.AFTER_EVENT, years, name);
    }

    /**
     * Reads a current period from its code or its Chinese label: {@code Y}, {@code 永久}, {@code D30},
     * {@code 定期30年}, {@code 30年}, {@code E5:固定资产报废清理}, {@code 固定资产报废清理后保管5年}. Surrounding white space
     * is ignored; the legacy terms 长期/短期 and the codes C, D, 1, 2, 3 are refused with a pointer to
     * {@link LegacyPeriodMapping}.
     *
     * @param text the text, not null
     * @return the period
     * @throws PeriodParseException (CD-2001, or CD-2002 for a legacy term) if the text is not a period
     */
    public static RetentionPeriod parse(CharSequence text) {
        requireNonNull(text, "text");
        return tryParse(text).orElseThrow(() -> {
            String s = text.toString().strip();
            return LegacyPeriod.tryParse(s).isPresent()
                    ? PeriodParseException.legacy(s)
                    : PeriodParseException.unknown(text.toString());
        });
    }

    /**
     * Like {@link #parse(CharSequence)}, without throwing.
     *
     * @param text the text, not null
     * @return the period, or empty if the text is not a current period
     */
    public static Optional<RetentionPeriod> tryParse(CharSequence text) {
        requireNonNull(text, "text");
        String s = text.toString().strip();
        if (s.length() > 120) {
            return Optional.empty();
        }
        switch (s) {
            case "Y":
            case "永久":
                return Optional.of(PERMANENT);
            case "D30":
                return Optional.of(D30);
            case "D10":
                return Optional.of(D10);
            default:
                break;
        }
        Matcher m = FIXED_CODE.matcher(s);
        if (m.matches() || (m = FIXED_LABEL.matcher(s)).matches()) {
            return yearsOrEmpty(m.group(1)).map(RetentionPeriod::years);
        }
        m = EVENT_CODE.matcher(s);
        if (m.matches()) {
            String event = m.group(2);
            return yearsOrEmpty(m.group(1)).filter(y -> validEvent(event)).map(y -> afterEvent(event, y));
        }
        m = EVENT_LABEL.matcher(s);
        if (m.matches()) {
            String event = m.group(1);
            return yearsOrEmpty(m.group(2)).filter(y -> validEvent(event)).map(y -> afterEvent(event, y));
        }
        return Optional.empty();
    }

    private static boolean validEvent(String event) {
        String e = event.strip();
        if (e.isEmpty() || e.length() > 100 || e.indexOf(':') >= 0) {
            return false;
        }
        for (int i = 0; i < e.length(); i++) {
            if (Character.isISOControl(e.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Integer> yearsOrEmpty(String digits) {
        int y = Integer.parseInt(digits); // at most three ASCII digits by the patterns
        return y >= 1 && y <= MAX_YEARS ? Optional.of(y) : Optional.empty();
    }

    /** The kind of period. */
    public Kind kind() {
        return kind;
    }

    /** Whether this is 永久. */
    public boolean isPermanent() {
        return kind == Kind.PERMANENT;
    }

    /** The number of years, empty for 永久. */
    public OptionalInt years() {
        return kind == Kind.PERMANENT ? OptionalInt.empty() : OptionalInt.of(years);
    }

    /** The event that starts the count, for {@link Kind#AFTER_EVENT} periods. */
    public Optional<String> event() {
        return Optional.ofNullable(event);
    }

    /**
     * The code: {@code Y}, {@code D30}, {@code D10}, {@code D15}, or {@code E5:固定资产报废清理} for an event-based
     * period. Only Y, D30 and D10 appear in a DA/T 22-2015 档号.
     */
    public String code() {
        switch (kind) {
            case PERMANENT:
                return "Y";
            case FIXED:
                return "D" + years;
            default:
                return "E" + years + ":" + event;
        }
    }

    /** The Chinese label: 永久, 定期30年, or 固定资产报废清理后保管5年. */
    public String label() {
        switch (kind) {
            case PERMANENT:
                return "永久";
            case FIXED:
                return "定期" + years + "年";
            default:
                return event + "后保管" + years + "年";
        }
    }

    /** The English label: permanent, 30 years, or 5 years after 固定资产报废清理. */
    public String labelEn() {
        switch (kind) {
            case PERMANENT:
                return "permanent";
            case FIXED:
                return years + " years";
            default:
                return years + " years after " + event;
        }
    }

    /** Whether this period is strictly shorter than {@code other} in the order of {@link #compareTo}. */
    public boolean isShorterThan(RetentionPeriod other) {
        return compareTo(requireNonNull(other, "other")) < 0;
    }

    private int orderYears() {
        return kind == Kind.PERMANENT ? Integer.MAX_VALUE : years;
    }

    @Override
    public int compareTo(RetentionPeriod other) {
        return ORDER.compare(this, requireNonNull(other, "other"));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RetentionPeriod)) {
            return false;
        }
        RetentionPeriod p = (RetentionPeriod) o;
        return kind == p.kind && years == p.years && java.util.Objects.equals(event, p.event);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, years, event);
    }

    /** Returns {@link #code()}. */
    @Override
    public String toString() {
        return code();
    }

    private Object readResolve() {
        return kind == Kind.PERMANENT ? PERMANENT : this;
    }
}
