package org.cundang.custody.overview;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.cundang.Finding;
import org.cundang.Severity;
import org.cundang.internal.json.InspectionJson;

/**
 * The result of an inspection (检查督查): a score per village on a sheet, automatic items from the overview figures
 * and the others from the inspector's entries. Totals: each village's total, and the average per township and over
 * all villages (the policy counts the result in the annual assessment, 瑞安 实施意见 五（三）, S; how a county weighs
 * it is its own rule).
 *
 * @param sheet     the sheet, not null
 * @param villages  the village scores, in overview order, not null
 */
public record InspectionResult(InspectionSheet sheet, List<VillageScore> villages) {

    /** Validates and copies the fields. */
    public InspectionResult {
        requireNonNull(sheet, "sheet");
        villages = List.copyOf(requireNonNull(villages, "villages"));
    }

    /**
     * Scores every village of the townships' overviews.
     *
     * @param sheet     the sheet, not null
     * @param townships the overviews, not null
     * @param scores    the inspector's entries, not null
     * @return the result
     * @throws OverviewException CD-8105 when an entry names a village that is in none of the overviews
     */
    public static InspectionResult score(InspectionSheet sheet, List<TownshipReport> townships, ManualScores scores) {
        requireNonNull(sheet, "sheet");
        requireNonNull(townships, "townships");
        requireNonNull(scores, "scores");
        Set<String> known = new HashSet<>();
        List<VillageScore> out = new ArrayList<>();
        for (TownshipReport t : townships) {
            for (VillageRow row : t.rows()) {
                known.add(row.village().fonds());
                List<ItemScore> items = new ArrayList<>();
                for (InspectionItem i : sheet.items()) {
                    items.add(scoreItem(i, row, t, scores));
                }
                out.add(new VillageScore(t.township(), row.village(), items));
            }
        }
        for (ManualScores.Entry e : scores.entries()) {
            if (!known.contains(e.fonds())) {
                throw OverviewException.of("CD-8105", "-", e.where(), "village " + OverviewException.shown(e.fonds())
                        + " is in no overview / 概况中没有该村");
            }
        }
        return new InspectionResult(sheet, out);
    }

    private static ItemScore scoreItem(InspectionItem i, VillageRow row, TownshipReport t, ManualScores scores) {
        if (i.measure() != null) {
            OptionalDouble f = i.measure().fraction(row, t);
            if (f.isEmpty()) {
                return new ItemScore(i.id(), 0, i.weight(), ItemScore.Basis.NO_DATA, null, "");
            }
            double x = Math.max(0, Math.min(1, f.getAsDouble()));
            return new ItemScore(i.id(), Math.min(i.weight(), round(i.weight() * x)), i.weight(), ItemScore.Basis.AUTO, x, "");
        }
        return scores.score(row.village().fonds(), i.id())
                .map(e -> new ItemScore(i.id(), e.score(), i.weight(), ItemScore.Basis.MANUAL, null, e.note()))
                .orElseGet(() -> new ItemScore(i.id(), 0, i.weight(), ItemScore.Basis.NOT_ENTERED, null, ""));
    }

    /** Points are kept to two decimals (what a score sheet prints). */
    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** The average total over all villages, empty when there are none. */
    public OptionalDouble average() {
        return villages.stream().mapToDouble(VillageScore::total).average();
    }

    /** The average total per township, in order of first appearance. */
    public Map<String, Double> averageByTownship() {
        Map<String, double[]> acc = new LinkedHashMap<>();
        for (VillageScore v : villages) {
            double[] a = acc.computeIfAbsent(v.township(), k -> new double[2]);
            a[0] += v.total();
            a[1]++;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        acc.forEach((k, a) -> out.put(k, round(a[0] / a[1])));
        return out;
    }

    /** Whether every village's inspector-scored items were entered. */
    public boolean complete() {
        return villages.stream().allMatch(VillageScore::complete);
    }

    /**
     * A WARN per item the inspector has not scored (CD-8114).
     *
     * @return the findings
     */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (VillageScore v : villages) {
            for (ItemScore s : v.items()) {
                if (s.basis() == ItemScore.Basis.NOT_ENTERED) {
                    out.add(new Finding("CD-8114", Severity.WARNING, v.village().fonds() + " " + s.item(),
                            OverviewException.text("CD-8114", v.village().displayName(), s.item()),
                            Map.of("fonds", v.village().fonds(), "item", s.item())));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The result as JSON ({@code "kind": "inspection-result"}, version 1).
     *
     * @return the JSON text
     */
    public String toJson() {
        return InspectionJson.write(this);
    }
}
