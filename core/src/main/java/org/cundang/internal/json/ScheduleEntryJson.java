package org.cundang.internal.json;

import org.jspecify.annotations.Nullable;

/**
 * One entry, amendment or the defaults object of a schedule file, as read (null where absent).
 *
 * @param path                 the JSON path, e.g. {@code entries[3]}
 * @param line                 the 1-based line where the object starts
 * @param id                   the entry id (for amendments: the amended entry, field {@code entry})
 * @param title                the title
 * @param category             the category code
 * @param period               the period text
 * @param trigger              the trigger code
 * @param mandate              the legal basis
 * @param confidence           the confidence tag
 * @param townshipCustody      the 涉民 flag
 * @param digitisationRequired the digitisation flag
 * @param filedEveryYear       the every-year flag
 * @param controlled           the controlled-access flag
 * @param note                 the note
 */
public record ScheduleEntryJson(String path, int line, @Nullable String id, @Nullable String title,
                                @Nullable String category, @Nullable String period, @Nullable String trigger,
                                @Nullable String mandate, @Nullable String confidence,
                                @Nullable Boolean townshipCustody, @Nullable Boolean digitisationRequired,
                                @Nullable Boolean filedEveryYear, @Nullable Boolean controlled,
                                @Nullable String note) {

    /** A label for messages: the id when known, else the JSON path. */
    public String label() {
        return id != null && !id.isBlank() ? id.strip() : path;
    }
}
