package org.cundang.custody.overview;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cundang.Finding;
import org.cundang.Severity;
import org.cundang.internal.json.OverviewJson;

/**
 * The overview of one township (one store) for a year: a row per village, the township's storage rooms, and the
 * totals (the sum of the rows). The figures the policy's targets and inspections ask for (瑞安 实施意见 三 and
 * 五（三）, S): villages under 村档乡管, items and pages held, share digitised, transfers, open findings, rooms out of
 * band.
 *
 * @param township            the township's name, not null (may be empty when unknown)
 * @param year                the year of the report (transfers accepted in it are counted)
 * @param checklistYear       the 年度 the collection checklist was run for (by default the year before)
 * @param asOf                the day retention statuses were judged on, not null
 * @param rows                one row per village, list order then unlisted fonds by code, not null
 * @param rooms               the township's storage rooms, not null
 * @param fixityChecked       whether the store's {@code verify()} was run
 * @param otherFixityFindings problems {@code verify()} found that belong to no village's item (audit chain, blobs)
 */
public record TownshipReport(String township, int year, int checklistYear, LocalDate asOf, List<VillageRow> rows,
                             List<RoomStatus> rooms, boolean fixityChecked, long otherFixityFindings) {

    /**
     * Validates and copies the fields.
     *
     * @throws OverviewException CD-8108 for a year out of range, CD-8115 for a bad township name
     * @throws IllegalArgumentException when a fonds has two rows or a count is negative
     */
    public TownshipReport {
        township = Texts.checked("乡镇 (township)", requireNonNull(township, "township"), Village.MAX_NAME, true);
        CollectionChecklist.checkYear(year);
        CollectionChecklist.checkYear(checklistYear);
        requireNonNull(asOf, "asOf");
        rows = List.copyOf(requireNonNull(rows, "rows"));
        rooms = List.copyOf(requireNonNull(rooms, "rooms"));
        Set<String> seen = new HashSet<>();
        for (VillageRow r : rows) {
            if (!seen.add(r.village().fonds())) {
                throw new IllegalArgumentException("two rows for fonds " + r.village().fonds());
            }
        }
        if (otherFixityFindings < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** The totals: the sum of the rows' figures. */
    public Figures totals() {
        Figures t = Figures.ZERO;
        for (VillageRow r : rows) {
            t = t.plus(r.figures());
        }
        return t;
    }

    /** How many rooms were out of band. */
    public long roomsOutOfBand() {
        return rooms.stream().filter(RoomStatus::outOfBand).count();
    }

    /** Whether anything is open: a checklist gap, an item due and not appraised, a fixity problem, a room out of band. */
    public boolean hasOpenFindings() {
        return totals().openFindings() > 0 || otherFixityFindings > 0 || roomsOutOfBand() > 0;
    }

    /**
     * The open findings as {@link Finding}s: a WARN per checklist gap (CD-8111), per village with items due and not
     * appraised (CD-8112) and per room out of band (CD-8113). Fixity problems are reported by the store's own
     * {@code verify()} findings and only counted here.
     *
     * @return the findings
     */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (VillageRow r : rows) {
            String who = r.village().displayName();
            for (String g : r.gaps()) {
                out.add(new Finding("CD-8111", Severity.WARNING, r.village().fonds() + " " + checklistYear + " " + g,
                        OverviewException.text("CD-8111", who, String.valueOf(checklistYear), g, r.village().fonds()),
                        Map.of("fonds", r.village().fonds(), "year", String.valueOf(checklistYear), "entry", g)));
            }
            if (r.figures().dueNotAppraised() > 0) {
                out.add(new Finding("CD-8112", Severity.WARNING, r.village().fonds(),
                        OverviewException.text("CD-8112", who, String.valueOf(r.figures().dueNotAppraised())),
                        Map.of("fonds", r.village().fonds(), "items", r.figures().dueNotAppraised())));
            }
        }
        for (RoomStatus room : rooms) {
            if (room.outOfBand()) {
                out.add(new Finding("CD-8113", Severity.WARNING, room.name(),
                        OverviewException.text("CD-8113", room.name(), String.valueOf(room.excursions())),
                        Map.of("room", room.name(), "excursions", room.excursions())));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The report as a JSON document ({@code "kind": "township-overview"}, version 1; see docs/overview.md).
     *
     * @return the JSON text
     */
    public String toJson() {
        return OverviewJson.write(this);
    }

    /**
     * Reads a report written by {@link #toJson()} (to combine several townships into a city overview).
     *
     * @param json   the JSON text, not null
     * @param source the file name for messages, not null
     * @return the report
     * @throws OverviewException CD-8102 when the document is not a township overview or a value is invalid
     */
    public static TownshipReport fromJson(String json, String source) {
        return OverviewJson.readTownship(requireNonNull(json, "json"), requireNonNull(source, "source"));
    }
}
