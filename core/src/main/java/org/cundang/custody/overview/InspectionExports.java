package org.cundang.custody.overview;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An inspection result as CSV (UTF-8 with a BOM, formula-looking cells neutralised) and as a printable HTML score
 * sheet (every value escaped): a row per village with each item's points and the total, then the averages.
 */
public final class InspectionExports {

    private InspectionExports() {
    }

    /**
     * The result as CSV: a header (乡镇, 全宗号, 村名, one column per item with its weight, 总分, 待录入项), a row per
     * village, then a row per township average and the overall average.
     *
     * @param result the result, not null
     * @param locale zh (default) or en headers, not null
     * @return the CSV text, starting with a BOM
     */
    public static String csv(InspectionResult result, Locale locale) {
        requireNonNull(result, "result");
        boolean zh = Tables.zh(requireNonNull(locale, "locale"));
        List<List<String>> rows = new ArrayList<>();
        List<String> h = new ArrayList<>(zh ? List.of("乡镇", "全宗号", "村名") : List.of("Township", "Fonds", "Village"));
        for (InspectionItem i : result.sheet().items()) {
            h.add((zh ? i.name().zh() : i.name().en()) + " (" + Tables.points(i.weight()) + ")");
        }
        h.add((zh ? "总分" : "Total") + " (" + Tables.points(result.sheet().maxScore()) + ")");
        h.add(zh ? "待录入项" : "Not entered");
        rows.add(h);
        for (VillageScore v : result.villages()) {
            List<String> r = new ArrayList<>(List.of(v.township(), v.village().fonds(), v.village().displayName()));
            List<String> missing = new ArrayList<>();
            for (ItemScore s : v.items()) {
                r.add(Tables.points(s.points()) + (s.basis() == ItemScore.Basis.NO_DATA ? (zh ? "（无数据）" : " (no data)")
                        : ""));
                if (s.basis() == ItemScore.Basis.NOT_ENTERED) {
                    missing.add(s.item());
                }
            }
            r.add(Tables.points(InspectionResult.round(v.total())));
            r.add(String.join(" ", missing));
            rows.add(r);
        }
        int width = h.size();
        for (Map.Entry<String, Double> e : result.averageByTownship().entrySet()) {
            rows.add(summary(e.getKey(), zh ? "平均分" : "Average", Tables.points(e.getValue()), width));
        }
        result.average().ifPresent(a -> rows.add(summary(zh ? "全部" : "All", zh ? "平均分" : "Average",
                Tables.points(InspectionResult.round(a)), width)));
        return Tables.csv(rows);
    }

    private static List<String> summary(String who, String label, String value, int width) {
        List<String> r = new ArrayList<>();
        r.add(who);
        r.add(label);
        while (r.size() < width - 2) {
            r.add("");
        }
        r.add(value);
        r.add("");
        return r;
    }

    /**
     * The result as a printable HTML score sheet.
     *
     * @param result the result, not null
     * @param locale zh (default) or en labels, not null
     * @return the HTML document
     */
    public static String html(InspectionResult result, Locale locale) {
        requireNonNull(result, "result");
        boolean zh = Tables.zh(requireNonNull(locale, "locale"));
        InspectionSheet sheet = result.sheet();
        StringBuilder b = new StringBuilder(32_768);
        Tables.head(b, zh, zh ? sheet.title().zh() : sheet.title().en());
        if (sheet.example()) {
            b.append("<p class=\"meta warn\">").append(zh ? "示例评分表：分值为示例，请按本地考核办法调整后使用。"
                    : "Example sheet: the weights are an example; adapt them to the local assessment rules.")
                    .append("</p>\n");
        }
        b.append("<h2>").append(zh ? "评分项目" : "Items").append("</h2>\n<table>\n");
        Tables.cells(b, "th", zh ? List.of("编号", "项目", "要求", "依据", "分值", "评分方式")
                : List.of("Id", "Item", "Requirement", "Source", "Weight", "Scored"), 99);
        for (InspectionItem i : sheet.items()) {
            Tables.cells(b, "td", List.of(i.id(), zh ? i.name().zh() : i.name().en(), i.requirement(),
                    i.source() + " (" + i.confidence().tag() + ")", Tables.points(i.weight()),
                    i.measure() == null ? (zh ? "检查人录入" : "inspector") : (zh ? "自动：" : "automatic: ")
                            + i.measure().name()), 4);
        }
        b.append("</table>\n<h2>").append(zh ? "各村得分" : "Scores").append("</h2>\n<table>\n");
        List<String> h = new ArrayList<>(zh ? List.of("乡镇", "村名") : List.of("Township", "Village"));
        sheet.items().forEach(i -> h.add(i.id()));
        h.add(zh ? "总分" : "Total");
        Tables.cells(b, "th", h, 99);
        for (VillageScore v : result.villages()) {
            b.append("<tr><td>").append(Tables.esc(v.township())).append("</td><td>")
                    .append(Tables.esc(v.village().displayName() + " (" + v.village().fonds() + ")")).append("</td>");
            for (ItemScore s : v.items()) {
                boolean gap = s.basis() == ItemScore.Basis.NOT_ENTERED || s.basis() == ItemScore.Basis.NO_DATA;
                b.append("<td class=\"num").append(gap ? " warn" : "").append("\">")
                        .append(Tables.esc(Tables.points(s.points()) + (s.basis() == ItemScore.Basis.NOT_ENTERED
                                ? (zh ? "（待录入）" : " (not entered)") : s.basis() == ItemScore.Basis.NO_DATA
                                ? (zh ? "（无数据）" : " (no data)") : "")))
                        .append("</td>");
            }
            b.append("<td class=\"num\"><b>").append(Tables.esc(Tables.points(InspectionResult.round(v.total()))))
                    .append("</b></td></tr>\n");
        }
        for (Map.Entry<String, Double> e : result.averageByTownship().entrySet()) {
            b.append("<tr class=\"sub\"><td>").append(Tables.esc(e.getKey())).append("</td><td colspan=\"")
                    .append(sheet.items().size() + 1).append("\">").append(zh ? "平均分" : "Average")
                    .append("</td><td class=\"num\">").append(Tables.esc(Tables.points(e.getValue())))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n<p class=\"foot\">").append(Tables.esc((zh ? "依据：" : "Source: ") + sheet.source()
                + (sheet.note().isEmpty() ? "" : " " + sheet.note()) + (zh ? " 由 Cundang 生成。" : " Generated by Cundang.")))
                .append("</p>\n<table class=\"sign\">\n<tr><th>").append(zh ? "检查人" : "Inspector")
                .append("</th><td></td><th>").append(zh ? "被检查单位" : "Inspected unit").append("</th><td></td><th>")
                .append(zh ? "日期" : "Date").append("</th><td></td></tr>\n</table>\n</body>\n</html>\n");
        return b.toString();
    }
}
