package org.cundang.schedule;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.cundang.retention.RetentionPeriod;
import org.cundang.retention.RetentionRule;
import org.cundang.retention.RetentionTrigger;
import org.jspecify.annotations.Nullable;

/**
 * One row of a 归档范围和保管期限表: what is filed (its Chinese title), under which category (门类代码, a plain string
 * such as {@code KU}, {@code WS} or {@code KJ·JJ}), for how long ({@link RetentionPeriod}), counted from what
 * ({@link RetentionTrigger}), on what legal basis (mandate), and how sure we are of it ({@link Confidence}).
 *
 * <p>Flags: {@linkplain #townshipCustody() township custody} (涉民 records the township keeps for the village under
 * 村档乡管, DOMAIN.md §1.3), {@linkplain #digitisationRequired() digitisation required},
 * {@linkplain #filedEveryYear() filed every year} (for 应收尽收 completeness checks) and
 * {@linkplain #controlled() controlled} (access needs approval). Immutable and thread-safe; build with
 * {@link #builder(String, String, RetentionPeriod)}.
 */
public final class ScheduleEntry {

    /** The longest entry id accepted. */
    public static final int MAX_ID_LENGTH = 64;

    private final String id;
    private final String title;
    private final String category;
    private final RetentionPeriod period;
    private final RetentionTrigger trigger;
    private final String mandate;
    private final Confidence confidence;
    private final boolean townshipCustody;
    private final boolean digitisationRequired;
    private final boolean filedEveryYear;
    private final boolean controlled;
    private final @Nullable String note;
    private final RetentionRule rule;

    private ScheduleEntry(Builder b) {
        this.id = b.id;
        this.title = b.title;
        this.category = b.category;
        this.period = b.period;
        this.trigger = b.trigger;
        this.mandate = b.mandate;
        this.confidence = b.confidence;
        this.townshipCustody = b.townshipCustody;
        this.digitisationRequired = b.digitisationRequired;
        this.filedEveryYear = b.filedEveryYear;
        this.controlled = b.controlled;
        this.note = b.note;
        try {
            this.rule = new RetentionRule(period, trigger, id);
        } catch (RuntimeException e) {
            throw ScheduleException.invalid("trigger", trigger + " / " + period);
        }
    }

    /**
     * A builder with the required fields. Defaults: category {@code ""} (none), trigger
     * {@link RetentionTrigger#formationYear()}, mandate {@code ""}, confidence {@link Confidence#RECALLED}, every flag
     * false.
     *
     * @param id     the entry id: 1 to {@value #MAX_ID_LENGTH} ASCII letters, digits, {@code . - _}, not null
     * @param title  the Chinese title, not blank, at most 500 characters, not null
     * @param period the period, not null
     * @return the builder
     * @throws ScheduleException (CD-2018) if the id or title is invalid
     */
    public static Builder builder(String id, String title, RetentionPeriod period) {
        return new Builder(id, title, period);
    }

    /** A builder holding this entry's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(id, title, period);
        b.category = category;
        b.trigger = trigger;
        b.mandate = mandate;
        b.confidence = confidence;
        b.townshipCustody = townshipCustody;
        b.digitisationRequired = digitisationRequired;
        b.filedEveryYear = filedEveryYear;
        b.controlled = controlled;
        b.note = note;
        return b;
    }

    /** The entry id, unique in a resolved schedule (e.g. {@code A1-02}). */
    public String id() {
        return id;
    }

    /** The Chinese title (e.g. 记账凭证). */
    public String title() {
        return title;
    }

    /** The category code (门类代码) as written in the table, e.g. {@code KU} or {@code KJ·JJ}; empty when none. */
    public String category() {
        return category;
    }

    /** The retention period. */
    public RetentionPeriod period() {
        return period;
    }

    /** What starts the count. */
    public RetentionTrigger trigger() {
        return trigger;
    }

    /** The rule for retention evaluation: period, trigger and this entry's id. */
    public RetentionRule rule() {
        return rule;
    }

    /** The legal basis (mandate), e.g. {@code 财政部 国家档案局令第79号 第十四条 附表1}; may be empty. */
    public String mandate() {
        return mandate;
    }

    /** How sure the project is of this entry (DOMAIN.md tags V/S/R). */
    public Confidence confidence() {
        return confidence;
    }

    /** Whether the township keeps this record for the village (涉民, 村档乡管). */
    public boolean townshipCustody() {
        return townshipCustody;
    }

    /** Whether the record must be digitised. */
    public boolean digitisationRequired() {
        return digitisationRequired;
    }

    /** Whether the record is expected every year (completeness checks, 应收尽收). */
    public boolean filedEveryYear() {
        return filedEveryYear;
    }

    /** Whether access needs approval (查阅须经批准). */
    public boolean controlled() {
        return controlled;
    }

    /** A note (scope, source detail), if any. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ScheduleEntry)) {
            return false;
        }
        ScheduleEntry e = (ScheduleEntry) o;
        return id.equals(e.id) && title.equals(e.title) && category.equals(e.category) && period.equals(e.period)
                && trigger.equals(e.trigger) && mandate.equals(e.mandate) && confidence == e.confidence
                && townshipCustody == e.townshipCustody && digitisationRequired == e.digitisationRequired
                && filedEveryYear == e.filedEveryYear && controlled == e.controlled && Objects.equals(note, e.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, category, period, trigger, mandate, confidence, townshipCustody,
                digitisationRequired, filedEveryYear, controlled, note);
    }

    @Override
    public String toString() {
        return id + " " + title + " " + period + (category.isEmpty() ? "" : " [" + category + "]");
    }

    static boolean validId(String id) {
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static String text(String field, String value, int max, boolean allowEmpty) {
        String s = value.strip();
        boolean bad = (!allowEmpty && s.isEmpty()) || s.length() > max;
        for (int i = 0; !bad && i < s.length(); i++) {
            bad = Character.isISOControl(s.charAt(i));
        }
        if (bad) {
            throw ScheduleException.invalid(field, value);
        }
        return s;
    }

    /** Builds a {@link ScheduleEntry}. Not thread-safe. */
    public static final class Builder {
        private String id;
        private String title;
        private RetentionPeriod period;
        private String category = "";
        private RetentionTrigger trigger = RetentionTrigger.formationYear();
        private String mandate = "";
        private Confidence confidence = Confidence.RECALLED;
        private boolean townshipCustody;
        private boolean digitisationRequired;
        private boolean filedEveryYear;
        private boolean controlled;
        private @Nullable String note;

        private Builder(String id, String title, RetentionPeriod period) {
            requireNonNull(id, "id");
            requireNonNull(title, "title");
            this.period = requireNonNull(period, "period");
            String i = id.strip();
            if (!validId(i)) {
                throw ScheduleException.invalid("id", id);
            }
            this.id = i;
            this.title = text("title", title, 500, false);
        }

        /**
         * The period.
         *
         * @param period the period, not null
         * @return this builder
         */
        public Builder period(RetentionPeriod period) {
            this.period = requireNonNull(period, "period");
            return this;
        }

        /**
         * The category code (门类代码), e.g. {@code KU}, {@code WS}, {@code KJ·JJ}.
         *
         * @param category at most 20 characters, no control characters, not null; empty for none
         * @return this builder
         * @throws ScheduleException (CD-2018) if invalid
         */
        public Builder category(String category) {
            this.category = text("category", requireNonNull(category, "category"), 20, true);
            return this;
        }

        /**
         * The trigger.
         *
         * @param trigger the trigger, not null
         * @return this builder
         */
        public Builder trigger(RetentionTrigger trigger) {
            this.trigger = requireNonNull(trigger, "trigger");
            return this;
        }

        /**
         * The legal basis.
         *
         * @param mandate at most 500 characters, no control characters, not null
         * @return this builder
         * @throws ScheduleException (CD-2018) if invalid
         */
        public Builder mandate(String mandate) {
            this.mandate = text("mandate", requireNonNull(mandate, "mandate"), 500, true);
            return this;
        }

        /**
         * The confidence tag.
         *
         * @param confidence not null
         * @return this builder
         */
        public Builder confidence(Confidence confidence) {
            this.confidence = requireNonNull(confidence, "confidence");
            return this;
        }

        /**
         * Whether the township keeps the record (涉民).
         *
         * @param value the flag
         * @return this builder
         */
        public Builder townshipCustody(boolean value) {
            this.townshipCustody = value;
            return this;
        }

        /**
         * Whether the record must be digitised.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder digitisationRequired(boolean value) {
            this.digitisationRequired = value;
            return this;
        }

        /**
         * Whether the record is expected every year.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder filedEveryYear(boolean value) {
            this.filedEveryYear = value;
            return this;
        }

        /**
         * Whether access needs approval.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder controlled(boolean value) {
            this.controlled = value;
            return this;
        }

        /**
         * A note.
         *
         * @param note at most 1000 characters, no control characters, or null for none
         * @return this builder
         * @throws ScheduleException (CD-2018) if invalid
         */
        public Builder note(@Nullable String note) {
            this.note = note == null ? null : text("note", note, 1000, true);
            return this;
        }

        /**
         * Builds the entry.
         *
         * @return the entry
         * @throws ScheduleException (CD-2018) if the trigger's event differs from the period's event
         */
        public ScheduleEntry build() {
            return new ScheduleEntry(this);
        }
    }
}
