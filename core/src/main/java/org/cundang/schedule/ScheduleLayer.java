package org.cundang.schedule;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One versioned 归档范围和保管期限表 as published by one body: a base table (national, such as 会计档案管理办法 附表1)
 * or an overlay that names its {@linkplain #base() base} and adds entries or amends the base's entries (DOMAIN.md
 * decision 1). A layer is data; {@link RetentionSchedule} resolves a base and its overlays and enforces that no
 * overlay shortens a period.
 *
 * <p>Each layer says whether it is {@linkplain #provisional() provisional} (its content is not verified against
 * the official text) or an {@linkplain #example() example} (illustrative, not any body's real table). Entry ids
 * are unique within a layer. Immutable and thread-safe; build with {@link #builder(String, ScheduleLevel)}.
 */
public final class ScheduleLayer {

    private final String id;
    private final String title;
    private final String version;
    private final ScheduleLevel level;
    private final String issuer;
    private final String source;
    private final boolean provisional;
    private final boolean example;
    private final @Nullable String base;
    private final List<ScheduleEntry> entries;
    private final List<ScheduleAmendment> amendments;

    private ScheduleLayer(Builder b) {
        this.id = b.id;
        this.title = b.title;
        this.version = b.version;
        this.level = b.level;
        this.issuer = b.issuer;
        this.source = b.source;
        this.provisional = b.provisional;
        this.example = b.example;
        this.base = b.base;
        this.entries = List.copyOf(b.entries);
        this.amendments = List.copyOf(b.amendments);
    }

    /**
     * A builder.
     *
     * @param id    the layer id: 1 to 64 ASCII letters, digits, {@code . - _} (e.g. {@code accounting-2015-annex1}),
     *              not null
     * @param level the issuing level, not null
     * @return the builder
     * @throws ScheduleException (CD-2018) if the id is invalid
     */
    public static Builder builder(String id, ScheduleLevel level) {
        return new Builder(id, level);
    }

    /** The layer id. */
    public String id() {
        return id;
    }

    /** The title (Chinese). */
    public String title() {
        return title;
    }

    /** The version (e.g. the date of the issuing order, {@code 2015-12-11}). */
    public String version() {
        return version;
    }

    /** The issuing level. */
    public ScheduleLevel level() {
        return level;
    }

    /** The issuing body (e.g. 财政部、国家档案局). */
    public String issuer() {
        return issuer;
    }

    /** Where the content comes from (regulation, annex, and the public copy read). */
    public String source() {
        return source;
    }

    /** Whether the content is provisional (not verified against the official text). */
    public boolean provisional() {
        return provisional;
    }

    /** Whether the layer is an example, not any body's real table. */
    public boolean example() {
        return example;
    }

    /** The id of the layer this overlay applies to; empty for a base table. */
    public Optional<String> base() {
        return Optional.ofNullable(base);
    }

    /** Whether this layer is an overlay (names a base). */
    public boolean isOverlay() {
        return base != null;
    }

    /** The entries this layer defines, in table order; unmodifiable. */
    public List<ScheduleEntry> entries() {
        return entries;
    }

    /** The changes this layer makes to entries of lower layers, in order; unmodifiable. */
    public List<ScheduleAmendment> amendments() {
        return amendments;
    }

    @Override
    public String toString() {
        return id + " v" + version + " (" + level + (base == null ? "" : ", overlay of " + base)
                + (provisional ? ", provisional" : "") + (example ? ", example" : "") + ")";
    }

    /** Builds a {@link ScheduleLayer}. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final ScheduleLevel level;
        private String title = "";
        private String version = "1";
        private String issuer = "";
        private String source = "";
        private boolean provisional;
        private boolean example;
        private @Nullable String base;
        private final List<ScheduleEntry> entries = new ArrayList<>();
        private final List<ScheduleAmendment> amendments = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();

        private Builder(String id, ScheduleLevel level) {
            requireNonNull(id, "id");
            this.level = requireNonNull(level, "level");
            String i = id.strip();
            if (!ScheduleEntry.validId(i)) {
                throw ScheduleException.invalid("id", id);
            }
            this.id = i;
        }

        /**
         * The title.
         *
         * @param value not null, at most 500 characters
         * @return this builder
         * @throws ScheduleException (CD-2018) if invalid
         */
        public Builder title(String value) {
            this.title = ScheduleEntry.text("title", requireNonNull(value, "value"), 500, true);
            return this;
        }

        /**
         * The version.
         *
         * @param value not null, not blank, at most 40 characters
         * @return this builder
         * @throws ScheduleException (CD-2018) if invalid
         */
        public Builder version(String value) {
            this.version = ScheduleEntry.text("version", requireNonNull(value, "value"), 40, false);
            return this;
        }

        /**
         * The issuing body.
         *
         * @param value not null, at most 500 characters
         * @return this builder
         * @throws ScheduleException (CD-2018) if invalid
         */
        public Builder issuer(String value) {
            this.issuer = ScheduleEntry.text("issuer", requireNonNull(value, "value"), 500, true);
            return this;
        }

        /**
         * The source of the content.
         *
         * @param value not null, at most 1000 characters
         * @return this builder
         * @throws ScheduleException (CD-2018) if invalid
         */
        public Builder source(String value) {
            this.source = ScheduleEntry.text("source", requireNonNull(value, "value"), 1000, true);
            return this;
        }

        /**
         * Marks the layer provisional.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder provisional(boolean value) {
            this.provisional = value;
            return this;
        }

        /**
         * Marks the layer as an example.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder example(boolean value) {
            this.example = value;
            return this;
        }

        /**
         * Makes the layer an overlay of another.
         *
         * @param baseId the base layer's id, not null
         * @return this builder
         * @throws ScheduleException (CD-2018) if the id is invalid or names this layer
         */
        public Builder base(String baseId) {
            requireNonNull(baseId, "baseId");
            String b = baseId.strip();
            if (!ScheduleEntry.validId(b) || b.equals(id)) {
                throw ScheduleException.invalid("base", baseId);
            }
            this.base = b;
            return this;
        }

        /**
         * Adds an entry.
         *
         * @param entry the entry, not null
         * @return this builder
         * @throws ScheduleException (CD-2008) if the layer already has an entry with that id
         */
        public Builder entry(ScheduleEntry entry) {
            requireNonNull(entry, "entry");
            if (!ids.add(entry.id())) {
                throw ScheduleException.of("CD-2008", id, entry.id(), id);
            }
            entries.add(entry);
            return this;
        }

        /**
         * Adds an amendment of a lower layer's entry.
         *
         * @param amendment the amendment, not null
         * @return this builder
         */
        public Builder amendment(ScheduleAmendment amendment) {
            amendments.add(requireNonNull(amendment, "amendment"));
            return this;
        }

        /**
         * Builds the layer.
         *
         * @return the layer
         * @throws ScheduleException (CD-2018) if a base table has amendments (only overlays amend)
         */
        public ScheduleLayer build() {
            if (base == null && !amendments.isEmpty()) {
                throw ScheduleException.invalid("amendments", id);
            }
            return new ScheduleLayer(this);
        }
    }
}
