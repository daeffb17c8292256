package org.cundang.custody.overview;

import static java.util.Objects.requireNonNull;

import org.cundang.schedule.ResolvedEntry;

/**
 * A schedule entry a village files every year (归档范围和保管期限表 entries marked {@code filedEveryYear}).
 *
 * @param id                   the entry id (as the 目录's 条目 column names it), not null
 * @param title                the entry's title, not null
 * @param category             the 门类 code of the entry, not null (may be empty)
 * @param digitisationRequired whether the entry must be digitised
 */
public record ExpectedEntry(String id, String title, String category, boolean digitisationRequired) {

    /** Validates the fields. */
    public ExpectedEntry {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(category, "category");
    }

    /**
     * The expected entry for a schedule entry.
     *
     * @param e the resolved entry, not null
     * @return the expected entry
     */
    public static ExpectedEntry of(ResolvedEntry e) {
        requireNonNull(e, "e");
        return new ExpectedEntry(e.id(), e.title(), e.entry().category(), e.entry().digitisationRequired());
    }
}
