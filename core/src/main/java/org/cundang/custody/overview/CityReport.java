package org.cundang.custody.overview;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cundang.internal.json.OverviewJson;

/**
 * The overview of a city (or a county): several township overviews, each with its subtotal, and the grand total (the
 * sum of the subtotals).
 *
 * @param name      the city's name, not null (may be empty)
 * @param townships the township overviews, not null, not empty, distinct names, one year
 */
public record CityReport(String name, List<TownshipReport> townships) {

    /**
     * Validates and copies the fields.
     *
     * @throws OverviewException CD-8109 when no township is given, two share a name or their years differ;
     *                           CD-8115 for a bad name
     */
    public CityReport {
        name = Texts.checked("市 (city)", requireNonNull(name, "name"), Village.MAX_NAME, true);
        townships = List.copyOf(requireNonNull(townships, "townships"));
        if (townships.isEmpty()) {
            throw OverviewException.of("CD-8109", "none / 无");
        }
        Set<String> names = new HashSet<>();
        for (TownshipReport t : townships) {
            if (!names.add(t.township())) {
                throw OverviewException.of("CD-8109", OverviewException.shown(t.township()));
            }
            if (t.year() != townships.get(0).year()) {
                throw OverviewException.of("CD-8109", t.year() + " ≠ " + townships.get(0).year());
            }
        }
    }

    /** The year of the townships' reports. */
    public int year() {
        return townships.get(0).year();
    }

    /** The grand total: the sum of the townships' totals. */
    public Figures totals() {
        Figures t = Figures.ZERO;
        for (TownshipReport r : townships) {
            t = t.plus(r.totals());
        }
        return t;
    }

    /** How many rooms in all. */
    public long rooms() {
        return townships.stream().mapToLong(t -> t.rooms().size()).sum();
    }

    /** How many rooms were out of band in all. */
    public long roomsOutOfBand() {
        return townships.stream().mapToLong(TownshipReport::roomsOutOfBand).sum();
    }

    /** Fixity problems that belong to no village's item, in all. */
    public long otherFixityFindings() {
        return townships.stream().mapToLong(TownshipReport::otherFixityFindings).sum();
    }

    /** Whether any township has open findings. */
    public boolean hasOpenFindings() {
        return townships.stream().anyMatch(TownshipReport::hasOpenFindings);
    }

    /**
     * The overview as a JSON document ({@code "kind": "city-overview"}, version 1).
     *
     * @return the JSON text
     */
    public String toJson() {
        return OverviewJson.write(this);
    }
}
