package org.cundang.arrange;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.cundang.Finding;
import org.cundang.catalog.CatalogueEntry;

/**
 * What {@link Arranger#arrange} produced: the numbered catalogue entries in 档号 order, and a finding for every item
 * that could not be placed.
 *
 * @param entries the 目录 rows, 序号 from 1 in 档号 order; not null, copied
 * @param findings every problem found, not null, copied
 */
public record Arrangement(List<CatalogueEntry> entries, List<Finding> findings) {

    /** Validates and copies the fields. */
    public Arrangement {
        entries = List.copyOf(requireNonNull(entries, "entries"));
        findings = List.copyOf(requireNonNull(findings, "findings"));
    }

    /** Whether some item could not be placed. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
