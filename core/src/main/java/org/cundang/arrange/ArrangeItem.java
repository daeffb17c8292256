package org.cundang.arrange;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.retention.RetentionPeriod;
import org.jspecify.annotations.Nullable;

/**
 * One 件 to arrange, as the person filing it knows it: 题名, 日期, 责任者, 页数, the 保管期限 or the retention-schedule
 * entry (条目) it falls under, and optionally 机构(问题), 事由, 文号, 密级 and 备注.
 *
 * <p>Missing 日期 or 保管期限 are allowed here: {@link Arranger} reports such items as not placed instead of
 * refusing the whole list. Text values are checked later against the catalogue rules
 * ({@link org.cundang.catalog.CatalogueValidator}).
 *
 * @param ref            where the item came from (a line number, a scan name), used as the subject of findings; not null
 * @param title          题名, not null
 * @param date           日期 (its year is the 年度), or null when unknown
 * @param responsible    责任者, not null
 * @param pages          页数, 1 to {@link CatalogueEntry#MAX_PAGES}
 * @param period         保管期限, or null to take it from the schedule entry
 * @param scheduleEntry  条目: the retention-schedule entry id, or null
 * @param org            机构(问题)代码 (e.g. {@code BGS}), or null when the class is not used
 * @param matter         事由: items with the same 事由 are kept together (DA/T 22-2015 5.3.1 按时间结合事由), or null
 * @param documentNumber 文号, not null, may be empty
 * @param classification 密级, not null, may be empty
 * @param remarks        备注, not null, may be empty
 */
public record ArrangeItem(String ref, String title, @Nullable LocalDate date, String responsible, int pages,
                          @Nullable RetentionPeriod period, @Nullable String scheduleEntry, @Nullable String org,
                          @Nullable String matter, String documentNumber, String classification, String remarks) {

    /**
     * Validates the fields.
     *
     * @throws ArrangeException CD-3100 when {@code pages} is out of range
     */
    public ArrangeItem {
        requireNonNull(ref, "ref");
        requireNonNull(title, "title");
        requireNonNull(responsible, "responsible");
        requireNonNull(documentNumber, "documentNumber");
        requireNonNull(classification, "classification");
        requireNonNull(remarks, "remarks");
        if (pages < 1 || pages > CatalogueEntry.MAX_PAGES) {
            throw ArrangeException.badItem("页数/pages", String.valueOf(pages));
        }
        scheduleEntry = blankToNull(scheduleEntry);
        org = blankToNull(org);
        matter = blankToNull(matter);
    }

    /**
     * Starts an item.
     *
     * @param ref   where the item came from, not null
     * @param title 题名, not null
     * @return a builder (1 page, no date, no period, empty texts)
     */
    public static Builder builder(String ref, String title) {
        return new Builder(requireNonNull(ref, "ref"), requireNonNull(title, "title"));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Builds an {@link ArrangeItem}; not thread-safe. */
    public static final class Builder {
        private final String ref;
        private final String title;
        private @Nullable LocalDate date;
        private String responsible = "";
        private int pages = 1;
        private @Nullable RetentionPeriod period;
        private @Nullable String scheduleEntry;
        private @Nullable String org;
        private @Nullable String matter;
        private String documentNumber = "";
        private String classification = "";
        private String remarks = "";

        private Builder(String ref, String title) {
            this.ref = ref;
            this.title = title;
        }

        /**
         * Sets 日期.
         *
         * @param value the date, or null
         * @return this builder
         */
        public Builder date(@Nullable LocalDate value) {
            this.date = value;
            return this;
        }

        /**
         * Sets 责任者.
         *
         * @param value not null
         * @return this builder
         */
        public Builder responsible(String value) {
            this.responsible = requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets 页数.
         *
         * @param value 1 to {@link CatalogueEntry#MAX_PAGES} (checked by {@link #build()})
         * @return this builder
         */
        public Builder pages(int value) {
            this.pages = value;
            return this;
        }

        /**
         * Sets 保管期限.
         *
         * @param value the period, or null to take it from the schedule entry
         * @return this builder
         */
        public Builder period(@Nullable RetentionPeriod value) {
            this.period = value;
            return this;
        }

        /**
         * Sets 条目.
         *
         * @param value the schedule entry id, or null
         * @return this builder
         */
        public Builder scheduleEntry(@Nullable String value) {
            this.scheduleEntry = value;
            return this;
        }

        /**
         * Sets 机构(问题)代码.
         *
         * @param value e.g. {@code BGS}, or null
         * @return this builder
         */
        public Builder org(@Nullable String value) {
            this.org = value;
            return this;
        }

        /**
         * Sets 事由.
         *
         * @param value a key shared by the items of one matter, or null
         * @return this builder
         */
        public Builder matter(@Nullable String value) {
            this.matter = value;
            return this;
        }

        /**
         * Sets 文号.
         *
         * @param value not null
         * @return this builder
         */
        public Builder documentNumber(String value) {
            this.documentNumber = requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets 密级.
         *
         * @param value not null
         * @return this builder
         */
        public Builder classification(String value) {
            this.classification = requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets 备注.
         *
         * @param value not null
         * @return this builder
         */
        public Builder remarks(String value) {
            this.remarks = requireNonNull(value, "value");
            return this;
        }

        /**
         * Builds the item.
         *
         * @return the item
         * @throws ArrangeException CD-3100 when 页数 is out of range
         */
        public ArrangeItem build() {
            return new ArrangeItem(ref, title, date, responsible, pages, period, scheduleEntry, org, matter,
                    documentNumber, classification, remarks);
        }
    }
}
