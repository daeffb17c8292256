package org.cundang.storage;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.ArchivalCode;
import org.cundang.retention.RetentionAssessment;
import org.cundang.retention.RetentionEvaluator;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionItem;
import org.cundang.retention.RetentionPeriod;
import org.jspecify.annotations.Nullable;

/**
 * One item (件) of a transfer: its 目录 entry as written, its parsed 档号, the retention schedule entry and period it
 * was filed under, the expiry date of its period (when it has one), holds, whether the township keeps it (村档乡管:
 * records that touch villagers' interests are kept by the township, DOMAIN.md §1.3), and its files.
 *
 * <p>Immutable; build one with {@link #builder(CatalogueEntry, ArchivalCode)}. Text values are limited as the
 * catalogue limits them ({@link CatalogueEntry#MAX_TITLE} and so on); a longer value, or one with an unpaired
 * surrogate, is refused with CD-5024 so that every store keeps exactly what it accepted.
 */
public final class ItemSubmission {

    private final CatalogueEntry entry;
    private final ArchivalCode code;
    private final @Nullable String scheduleEntry;
    private final RetentionPeriod period;
    private final @Nullable LocalDate expiry;
    private final List<RetentionHold> holds;
    private final boolean townshipCustody;
    private final List<ContentSubmission> content;

    private ItemSubmission(Builder b) {
        this.entry = b.entry;
        this.code = b.code;
        this.scheduleEntry = b.scheduleEntry;
        this.period = b.period != null ? b.period : b.code.period().orElse(RetentionPeriod.PERMANENT);
        this.expiry = this.period.isPermanent() ? null : b.expiry;
        this.holds = List.copyOf(b.holds);
        this.townshipCustody = b.townshipCustody;
        this.content = List.copyOf(b.content);
        checkEntry(entry);
        Limits.check("scheduleEntry", scheduleEntry, CatalogueEntry.MAX_SHORT, false);
    }

    static void checkEntry(CatalogueEntry e) {
        Limits.check("code", e.code(), CatalogueEntry.MAX_SHORT, true);
        Limits.check("documentNumber", e.documentNumber(), CatalogueEntry.MAX_SHORT, true);
        Limits.check("responsible", e.responsible(), CatalogueEntry.MAX_SHORT, true);
        Limits.check("title", e.title(), CatalogueEntry.MAX_TITLE, true);
        Limits.check("date", e.date(), CatalogueEntry.MAX_SHORT, true);
        Limits.check("classification", e.classification(), CatalogueEntry.MAX_SHORT, true);
        Limits.check("period", e.period(), CatalogueEntry.MAX_SHORT, true);
        Limits.check("remarks", e.remarks(), CatalogueEntry.MAX_REMARKS, true);
        Limits.check("scheduleEntry", e.scheduleEntry(), CatalogueEntry.MAX_SHORT, true);
    }

    /**
     * Starts an item.
     *
     * @param entry the 目录 entry as written, not null
     * @param code  its 档号, parsed (for example with {@link CatalogueEntry#archivalCode}), not null
     * @return a builder with the period taken from the code (永久 when the code has none), no expiry, no hold, not
     *         in township custody, no files
     */
    public static Builder builder(CatalogueEntry entry, ArchivalCode code) {
        return new Builder(requireNonNull(entry, "entry"), requireNonNull(code, "code"));
    }

    /** The 目录 entry as written. */
    public CatalogueEntry entry() {
        return entry;
    }

    /** The 档号. */
    public ArchivalCode code() {
        return code;
    }

    /** The retention schedule entry id (条目), if any. */
    public Optional<String> scheduleEntry() {
        return Optional.ofNullable(scheduleEntry);
    }

    /** The 保管期限. */
    public RetentionPeriod period() {
        return period;
    }

    /** The last day of the period; empty for 永久 or while the period waits for an event. */
    public Optional<LocalDate> expiry() {
        return Optional.ofNullable(expiry);
    }

    /** The holds. */
    public List<RetentionHold> holds() {
        return holds;
    }

    /** Whether the township keeps the item (村档乡管). */
    public boolean townshipCustody() {
        return townshipCustody;
    }

    /** The files. */
    public List<ContentSubmission> content() {
        return content;
    }

    /** Builds an {@link ItemSubmission}. Not thread-safe. */
    public static final class Builder {
        private final CatalogueEntry entry;
        private final ArchivalCode code;
        private @Nullable String scheduleEntry;
        private @Nullable RetentionPeriod period;
        private @Nullable LocalDate expiry;
        private final List<RetentionHold> holds = new ArrayList<>();
        private boolean townshipCustody;
        private final List<ContentSubmission> content = new ArrayList<>();

        private Builder(CatalogueEntry entry, ArchivalCode code) {
            this.entry = entry;
            this.code = code;
            this.scheduleEntry = entry.scheduleEntry();
        }

        /**
         * The retention schedule entry id.
         *
         * @param id the id, or null for none
         * @return this builder
         */
        public Builder scheduleEntry(@Nullable String id) {
            this.scheduleEntry = id;
            return this;
        }

        /**
         * The period.
         *
         * @param value the period, not null
         * @return this builder
         */
        public Builder period(RetentionPeriod value) {
            this.period = requireNonNull(value, "value");
            return this;
        }

        /**
         * The last day of the period (stored; queries by expiry and status read it).
         *
         * @param value the date, or null when the period has no fixed end yet
         * @return this builder
         */
        public Builder expiry(@Nullable LocalDate value) {
            this.expiry = value;
            return this;
        }

        /**
         * Period, expiry and holds from a retention evaluation (DOMAIN.md decisions 2 and 3).
         *
         * @param item      the retention facts of the item, not null
         * @param evaluator the evaluator (its counting rules), not null
         * @return this builder
         */
        public Builder retention(RetentionItem item, RetentionEvaluator evaluator) {
            requireNonNull(item, "item");
            requireNonNull(evaluator, "evaluator");
            RetentionAssessment a = evaluator.evaluate(item);
            this.period = item.period();
            this.expiry = a.expiry().orElse(null);
            item.rule().entry().ifPresent(id -> this.scheduleEntry = id);
            this.holds.addAll(item.holds());
            return this;
        }

        /**
         * Adds a hold.
         *
         * @param hold the hold, not null
         * @return this builder
         */
        public Builder hold(RetentionHold hold) {
            holds.add(requireNonNull(hold, "hold"));
            return this;
        }

        /**
         * Marks the item as kept by the township.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder townshipCustody(boolean value) {
            this.townshipCustody = value;
            return this;
        }

        /**
         * Adds a file.
         *
         * @param file the file, not null
         * @return this builder
         */
        public Builder content(ContentSubmission file) {
            content.add(requireNonNull(file, "file"));
            return this;
        }

        /**
         * Adds a file.
         *
         * @param name   its name, not null
         * @param source its bytes, not null
         * @return this builder
         */
        public Builder content(String name, ContentSource source) {
            return content(ContentSubmission.of(name, source));
        }

        /**
         * Builds the item.
         *
         * @return the item
         * @throws StorageException CD-5024 if a value is too long or not storable exactly
         */
        public ItemSubmission build() {
            return new ItemSubmission(this);
        }
    }
}
