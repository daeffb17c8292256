package org.cundang.custody.overview;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cundang.Finding;
import org.cundang.Severity;
import org.cundang.internal.json.OverviewJson;
import org.cundang.schedule.ResolvedEntry;
import org.cundang.schedule.RetentionSchedule;

/**
 * The yearly collection checklist of one village (应收尽收): for a year, the schedule entries marked filed every year,
 * and among them those with no item of that village, that year and that entry: what has not arrived. The same rule
 * as the transfer check MANDATORY_ITEMS (村级档案管理办法 第七条, V; the schedule flags are data), which uses
 * {@link #annualEntries(List, Set)}; here over everything the store holds for the village rather than over one
 * transfer, so every 门类 counts.
 *
 * @param fonds    the village's 全宗号, not null
 * @param year     the 年度 checked
 * @param expected the entries filed every year, in schedule order, not null
 * @param gaps     the expected entries with no item, in schedule order, not null
 */
public record CollectionChecklist(String fonds, int year, List<ExpectedEntry> expected, List<ExpectedEntry> gaps) {

    /** The earliest year accepted. */
    public static final int MIN_YEAR = 1900;
    /** The latest year accepted. */
    public static final int MAX_YEAR = 9999;

    /**
     * Validates and copies the fields.
     *
     * @throws OverviewException CD-8108 for a year outside {@value #MIN_YEAR}..{@value #MAX_YEAR}
     */
    public CollectionChecklist {
        requireNonNull(fonds, "fonds");
        checkYear(year);
        expected = List.copyOf(requireNonNull(expected, "expected"));
        gaps = List.copyOf(requireNonNull(gaps, "gaps"));
    }

    /**
     * The checklist of a village for a year.
     *
     * @param fonds     the 全宗号, not null
     * @param year      the 年度
     * @param schedules the schedules that apply, not null, not empty (an entry id defined in several counts once,
     *                  the first schedule's definition wins)
     * @param present   the 条目 ids of the items the store holds for that village and year, not null
     * @return the checklist
     * @throws OverviewException CD-8110 when no schedule is given, CD-8108 for a year out of range
     */
    public static CollectionChecklist of(String fonds, int year, List<RetentionSchedule> schedules,
                                         Set<String> present) {
        requireNonNull(fonds, "fonds");
        requireNonNull(present, "present");
        checkYear(year);
        List<ExpectedEntry> expected = new ArrayList<>();
        List<ExpectedEntry> gaps = new ArrayList<>();
        for (ResolvedEntry e : annualEntries(schedules, null)) {
            ExpectedEntry x = ExpectedEntry.of(e);
            expected.add(x);
            if (!present.contains(e.id())) {
                gaps.add(x);
            }
        }
        return new CollectionChecklist(fonds, year, expected, gaps);
    }

    /**
     * The entries filed every year: each entry id once (the first schedule that defines it wins), in schedule
     * order; with {@code categories}, only entries whose 门类 is one of them or a parent of one ({@code WS} covers
     * {@code WS·BGS}). The transfer check MANDATORY_ITEMS passes the 门类 of the transfer; the yearly checklist
     * passes none.
     *
     * @param schedules  the schedules, not null, not empty
     * @param categories the 门类 to keep, or null for all
     * @return the entries
     * @throws OverviewException CD-8110 when no schedule is given
     */
    public static List<ResolvedEntry> annualEntries(List<RetentionSchedule> schedules,
                                                    @org.jspecify.annotations.Nullable Set<String> categories) {
        requireNonNull(schedules, "schedules");
        if (schedules.isEmpty()) {
            throw OverviewException.of("CD-8110");
        }
        List<ResolvedEntry> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (RetentionSchedule s : schedules) {
            for (ResolvedEntry e : requireNonNull(s, "schedule").entries()) {
                if (!e.entry().filedEveryYear() || !done.add(e.id())) {
                    continue;
                }
                if (categories == null || inCategories(e.entry().category(), categories)) {
                    out.add(e);
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean inCategories(String c, Set<String> categories) {
        return categories.stream().anyMatch(x -> x.equals(c) || x.startsWith(c + "·"));
    }

    static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw OverviewException.of("CD-8108", String.valueOf(year), String.valueOf(MIN_YEAR),
                    String.valueOf(MAX_YEAR));
        }
    }

    /** Whether everything expected has arrived. */
    public boolean complete() {
        return gaps.isEmpty();
    }

    /**
     * One WARN finding per gap (CD-8111), subject {@code 全宗号 年度 条目}.
     *
     * @return the findings
     */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (ExpectedEntry g : gaps) {
            out.add(new Finding("CD-8111", Severity.WARNING, fonds + " " + year + " " + g.id(),
                    OverviewException.text("CD-8111", fonds, String.valueOf(year), g.id(), g.title()),
                    Map.of("fonds", fonds, "year", String.valueOf(year), "entry", g.id())));
        }
        return List.copyOf(out);
    }

    /**
     * The checklist as a JSON document ({@code "kind": "collection-checklist"}, version 1).
     *
     * @param village the village's name to include, or null
     * @return the JSON text
     */
    public String toJson(@org.jspecify.annotations.Nullable String village) {
        return OverviewJson.write(this, village);
    }
}
