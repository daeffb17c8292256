package org.cundang.transfer;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One row of {@code catalog.csv}, as text (validation of the values is the checks' job).
 *
 * @param line   the 1-based line where the row starts
 * @param values one value per {@link CatalogColumn}, in enum order; empty for an absent column, not null
 */
public record CatalogRow(int line, List<String> values) {

    /** Validates and copies. */
    public CatalogRow {
        values = List.copyOf(requireNonNull(values, "values"));
        if (values.size() != CatalogColumn.values().length) {
            throw new IllegalArgumentException("one value per CatalogColumn required");
        }
    }

    /**
     * The value of a column (stripped of surrounding spaces).
     *
     * @param column the column, not null
     * @return the value, empty when absent
     */
    public String get(CatalogColumn column) {
        return values.get(requireNonNull(column, "column").ordinal());
    }
}
