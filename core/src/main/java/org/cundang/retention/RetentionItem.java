package org.cundang.retention;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * What retention evaluation needs to know about one archive item (件 or 卷): when it was formed (a formation date,
 * an accounting year, or both), the rule that applies (a schedule entry's {@link RetentionRule} or an explicit
 * period), the events that have occurred (name → date) and the holds placed on it.
 *
 * <p>Build one with {@link #builder()} or the shortcuts {@link #formed(LocalDate, RetentionPeriod)} and
 * {@link #accountingYear(int, RetentionPeriod)}. Without an explicit trigger, an item with an accounting year is
 * counted from the accounting year end and any other from its formation year. Immutable and thread-safe.
 */
public final class RetentionItem {

    /** The earliest year accepted for formation dates, accounting years and events. */
    public static final int MIN_YEAR = 1000;
    /** The latest year accepted for formation dates, accounting years and events. */
    public static final int MAX_YEAR = 9999;

    private final @Nullable String id;
    private final @Nullable LocalDate formed;
    private final int accountingYear; // 0 when absent
    private final RetentionRule rule;
    private final Map<String, LocalDate> events;
    private final List<RetentionHold> holds;
    // Pre-computed for the evaluator's hot path.
    final RetentionPeriod.Kind kind;
    final int years;
    final @Nullable String awaitedEvent;
    final RetentionHold[] holdArray; // never exposed; avoids interface calls on the hot path

    private RetentionItem(Builder b, RetentionRule rule) {
        this.id = b.id;
        this.formed = b.formed;
        this.accountingYear = b.accountingYear;
        this.rule = rule;
        this.events = Map.copyOf(b.events);
        this.holds = List.copyOf(b.holds);
        this.kind = rule.period().kind();
        this.years = rule.period().isPermanent() ? 0 : rule.period().years().getAsInt();
        this.awaitedEvent = rule.awaitedEventOrNull();
        this.holdArray = holds.toArray(new RetentionHold[0]);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An item formed on a date with an explicit period, counted from its formation year.
     *
     * @param formed the formation date, not null
     * @param period the period, not null
     * @return the item
     * @throws RetentionException (CD-2031) if the year is out of range
     */
    public static RetentionItem formed(LocalDate formed, RetentionPeriod period) {
        return builder().formed(formed).period(period).build();
    }

    /**
     * An accounting item of an accounting year with an explicit period, counted from the day after that
     * accounting year ends.
     *
     * @param accountingYear the accounting year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
     * @param period         the period, not null
     * @return the item
     * @throws RetentionException (CD-2031) if the year is out of range
     */
    public static RetentionItem accountingYear(int accountingYear, RetentionPeriod period) {
        return builder().accountingYear(accountingYear).period(period).build();
    }

    /** A caller's label for the item (a 档号, a database key), if given. */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** The formation date, if given. */
    public Optional<LocalDate> formationDate() {
        return Optional.ofNullable(formed);
    }

    /** The accounting year, if given. */
    public OptionalInt accountingYear() {
        return accountingYear == 0 ? OptionalInt.empty() : OptionalInt.of(accountingYear);
    }

    int accountingYearOrZero() {
        return accountingYear;
    }

    @Nullable LocalDate formedOrNull() {
        return formed;
    }

    /** The rule: period, trigger and schedule entry id. */
    public RetentionRule rule() {
        return rule;
    }

    /** The period that applies. */
    public RetentionPeriod period() {
        return rule.period();
    }

    /** The events that have occurred, by name; unmodifiable. */
    public Map<String, LocalDate> events() {
        return events;
    }

    @Nullable LocalDate eventOrNull(String name) {
        return events.get(name);
    }

    /** The holds placed on the item, in the order given; unmodifiable. */
    public List<RetentionHold> holds() {
        return holds;
    }

    @Override
    public String toString() {
        return "RetentionItem[" + (id == null ? "" : id + ", ") + "formed=" + formed
                + (accountingYear == 0 ? "" : ", accountingYear=" + accountingYear)
                + ", rule=" + rule.period() + "/" + rule.trigger() + (rule.entryId() == null ? "" : "/" + rule.entryId())
                + (events.isEmpty() ? "" : ", events=" + events) + (holds.isEmpty() ? "" : ", holds=" + holds) + "]";
    }

    /** Builds a {@link RetentionItem}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable LocalDate formed;
        private int accountingYear;
        private @Nullable RetentionPeriod period;
        private @Nullable RetentionTrigger trigger;
        private @Nullable String entryId;
        private final Map<String, LocalDate> events = new LinkedHashMap<>();
        private final List<RetentionHold> holds = new ArrayList<>();

        private Builder() {
        }

        /**
         * A label for the item (reported back, not interpreted).
         *
         * @param id the label, not null
         * @return this builder
         */
        public Builder id(String id) {
            this.id = requireNonNull(id, "id");
            return this;
        }

        /**
         * The formation date (文件形成日期).
         *
         * @param date the date, not null, year {@value #MIN_YEAR} to {@value #MAX_YEAR}
         * @return this builder
         * @throws RetentionException (CD-2031) if the year is out of range
         */
        public Builder formed(LocalDate date) {
            requireNonNull(date, "date");
            checkYear("formed", date.getYear());
            this.formed = date;
            return this;
        }

        /**
         * The accounting year (会计年度) of an accounting item.
         *
         * @param year {@value #MIN_YEAR} to {@value #MAX_YEAR}
         * @return this builder
         * @throws RetentionException (CD-2031) if the year is out of range
         */
        public Builder accountingYear(int year) {
            checkYear("accountingYear", year);
            this.accountingYear = year;
            return this;
        }

        /**
         * An explicit period; the trigger is derived unless {@link #trigger(RetentionTrigger)} is given.
         *
         * @param period the period, not null
         * @return this builder
         */
        public Builder period(RetentionPeriod period) {
            this.period = requireNonNull(period, "period");
            this.entryId = null;
            return this;
        }

        /**
         * An explicit trigger.
         *
         * @param trigger the trigger, not null
         * @return this builder
         */
        public Builder trigger(RetentionTrigger trigger) {
            this.trigger = requireNonNull(trigger, "trigger");
            return this;
        }

        /**
         * The rule of a schedule entry ({@code ScheduleEntry.rule()}): period, trigger and entry id.
         *
         * @param rule the rule, not null
         * @return this builder
         */
        public Builder rule(RetentionRule rule) {
            requireNonNull(rule, "rule");
            this.period = rule.period();
            this.trigger = rule.trigger();
            this.entryId = rule.entryId();
            return this;
        }

        /**
         * Records that an event occurred (e.g. {@code 固定资产报废清理} on a date).
         *
         * @param name the event's name, not null, as named in the period or trigger
         * @param date the date it occurred, not null, year {@value #MIN_YEAR} to {@value #MAX_YEAR}
         * @return this builder
         * @throws RetentionException (CD-2035) if the name is invalid, (CD-2031) if the year is out of range
         */
        public Builder event(String name, LocalDate date) {
            requireNonNull(name, "name");
            requireNonNull(date, "date");
            String n = name.strip();
            if (n.isEmpty() || n.length() > 100) {
                throw RetentionException.badEvent(name);
            }
            checkYear("event", date.getYear());
            events.put(n, date);
            return this;
        }

        /**
         * Places a hold.
         *
         * @param hold the hold, not null
         * @return this builder
         */
        public Builder hold(RetentionHold hold) {
            holds.add(requireNonNull(hold, "hold"));
            return this;
        }

        /**
         * Builds the item.
         *
         * @return the item
         * @throws RetentionException (CD-2030) if neither a formation date nor an accounting year was given, or no
         *                            period; (CD-2034) if an explicit trigger's event differs from the period's
         */
        public RetentionItem build() {
            if (formed == null && accountingYear == 0) {
                throw RetentionException.noDate();
            }
            RetentionPeriod p = period;
            if (p == null) {
                throw RetentionException.of("CD-2036");
            }
            RetentionTrigger t = trigger;
            if (t == null) {
                t = accountingYear != 0 ? RetentionTrigger.accountingYearEnd() : RetentionTrigger.formationYear();
            }
            return new RetentionItem(this, new RetentionRule(p, t, entryId));
        }

        private static void checkYear(String what, int year) {
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw RetentionException.yearOutOfRange(what, year);
            }
        }
    }
}
