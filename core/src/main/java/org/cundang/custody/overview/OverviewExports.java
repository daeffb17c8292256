package org.cundang.custody.overview;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The township and city overviews as CSV (UTF-8 with a BOM so that Excel on a Chinese Windows opens it; cells that
 * look like formulas are written with a leading apostrophe, as the transfer exports do) and as one printable HTML
 * page (A4 landscape, no script, no external resource, every value escaped). Labels in Chinese (default) or English.
 */
public final class OverviewExports {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private OverviewExports() {
    }

    /**
     * A township overview as CSV: a header, a row per village, the total row.
     *
     * @param report the report, not null
     * @param locale zh (default) or en headers, not null
     * @return the CSV text, starting with a BOM
     */
    public static String csv(TownshipReport report, Locale locale) {
        requireNonNull(report, "report");
        return csv(List.of(report), false, "", locale);
    }

    /**
     * A city overview as CSV: per township its villages and a subtotal row, then the grand total.
     *
     * @param report the report, not null
     * @param locale zh (default) or en headers, not null
     * @return the CSV text, starting with a BOM
     */
    public static String csv(CityReport report, Locale locale) {
        requireNonNull(report, "report");
        return csv(report.townships(), true, report.name(), locale);
    }

    private static String csv(List<TownshipReport> ts, boolean city, String name, Locale locale) {
        boolean zh = Tables.zh(requireNonNull(locale, "locale"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header(zh, true));
        Figures all = Figures.ZERO;
        long rooms = 0;
        long roomsOut = 0;
        for (TownshipReport t : ts) {
            for (VillageRow r : t.rows()) {
                rows.add(villageCells(t, r, zh, true));
            }
            if (city) {
                rows.add(totalCells(t.township(), zh ? "小计" : "Subtotal", t.totals(), t.rooms().size(),
                        t.roomsOutOfBand(), zh));
            }
            all = all.plus(t.totals());
            rooms += t.rooms().size();
            roomsOut += t.roomsOutOfBand();
        }
        rows.add(totalCells(city ? name : ts.get(0).township(), zh ? "合计" : "Total", all, rooms, roomsOut, zh));
        return Tables.csv(rows);
    }

    private static List<String> header(boolean zh, boolean withTownship) {
        List<String> h = new ArrayList<>();
        if (withTownship) {
            h.add(zh ? "乡镇" : "Township");
        }
        h.addAll(zh ? List.of("全宗号", "村名", "村档乡管", "件数", "页数", "已数字化", "数字化率", "应数字化", "应数字化已完成",
                "应数字化完成率", "本年移交", "最近移交", "应收条目", "未收条目", "未收条目编号", "到期未鉴定", "固定性问题", "未结问题",
                "库房", "超标库房")
                : List.of("Fonds", "Village", "Township custody", "Items", "Pages", "Digitised", "Digitised share",
                "To digitise", "To digitise, done", "To digitise, share", "Transfers this year", "Last transfer",
                "Expected entries", "Missing entries", "Missing entry ids", "Due, not appraised", "Fixity problems",
                "Open findings", "Rooms", "Rooms out of band"));
        return h;
    }

    private static List<String> villageCells(TownshipReport t, VillageRow r, boolean zh, boolean withTownship) {
        Figures f = r.figures();
        List<String> c = new ArrayList<>();
        if (withTownship) {
            c.add(t.township());
        }
        c.add(r.village().fonds());
        c.add(r.village().displayName() + (r.listed() ? "" : zh ? "（不在名单）" : " (not listed)"));
        c.add(r.underTownshipCustody() ? (zh ? "是" : "yes") : (zh ? "否" : "no"));
        addCounts(c, f);
        c.add(r.lastTransfer() == null ? "" : TIME.format(r.lastTransfer()));
        c.add(String.valueOf(f.checklistExpected()));
        c.add(String.valueOf(f.checklistGaps()));
        c.add(String.join(" ", r.gaps()));
        c.add(String.valueOf(f.dueNotAppraised()));
        c.add(t.fixityChecked() ? String.valueOf(f.fixityFindings()) : "—");
        c.add(String.valueOf(f.openFindings()));
        c.add("");
        c.add("");
        return c;
    }

    /** The count columns a village row and a total row share: items, pages, digitisation, transfers. */
    private static void addCounts(List<String> c, Figures f) {
        c.add(String.valueOf(f.items()));
        c.add(String.valueOf(f.pages()));
        c.add(String.valueOf(f.digitised()));
        c.add(Tables.percent(f.digitisedShare()));
        c.add(String.valueOf(f.digitisationRequired()));
        c.add(String.valueOf(f.digitisationRequiredDone()));
        c.add(Tables.percent(f.requiredDigitisedShare()));
        c.add(String.valueOf(f.transfers()));
    }

    private static List<String> totalCells(String township, String label, Figures f, long rooms, long roomsOut,
                                           boolean zh) {
        List<String> c = new ArrayList<>();
        c.add(township);
        c.add(label);
        c.add((zh ? "村数 " : "villages ") + f.villages());
        c.add(f.underCustody() + "/" + f.villages());
        addCounts(c, f);
        c.add("");
        c.add(String.valueOf(f.checklistExpected()));
        c.add(String.valueOf(f.checklistGaps()));
        c.add("");
        c.add(String.valueOf(f.dueNotAppraised()));
        c.add(String.valueOf(f.fixityFindings()));
        c.add(String.valueOf(f.openFindings()));
        c.add(String.valueOf(rooms));
        c.add(String.valueOf(roomsOut));
        return c;
    }

    /**
     * A township overview as a printable HTML page.
     *
     * @param report the report, not null
     * @param locale zh (default) or en labels, not null
     * @return the HTML document
     */
    public static String html(TownshipReport report, Locale locale) {
        requireNonNull(report, "report");
        boolean zh = Tables.zh(requireNonNull(locale, "locale"));
        String name = report.township().isEmpty() ? (zh ? "乡镇" : "Township") : report.township();
        return html(List.of(report), false, (zh ? name + "村级档案工作概况（" + report.year() + "年）"
                : "Village archives overview: " + name + ", " + report.year()), zh);
    }

    /**
     * A city overview as a printable HTML page: the townships' subtotals, then each township's villages.
     *
     * @param report the report, not null
     * @param locale zh (default) or en labels, not null
     * @return the HTML document
     */
    public static String html(CityReport report, Locale locale) {
        requireNonNull(report, "report");
        boolean zh = Tables.zh(requireNonNull(locale, "locale"));
        String name = report.name().isEmpty() ? (zh ? "全市" : "City") : report.name();
        return html(report.townships(), true, zh ? name + "村级档案工作汇总（" + report.year() + "年）"
                : "Village archives overview: " + name + ", " + report.year(), zh);
    }

    private static String html(List<TownshipReport> ts, boolean city, String title, boolean zh) {
        StringBuilder b = new StringBuilder(32_768);
        Tables.head(b, zh, title);
        TownshipReport first = ts.get(0);
        b.append("<p class=\"meta\">").append(Tables.esc((zh ? "统计日期：" : "As of: ") + first.asOf()
                + (zh ? "　收集清单年度：" : " · checklist year: ") + first.checklistYear()
                + (zh ? "　固定性检测：" : " · fixity verified: ")
                + (first.fixityChecked() ? (zh ? "已检测" : "yes") : (zh ? "未检测" : "no")))).append("</p>\n");
        // Summary: one row per township (the subtotals) and the total.
        b.append("<h2>").append(zh ? "汇总" : "Summary").append("</h2>\n<table>\n");
        Tables.cells(b, "th", zh ? List.of("乡镇", "村数", "村档乡管", "件数", "页数", "数字化率", "应数字化完成率", "本年移交",
                "未收条目", "到期未鉴定", "固定性问题", "库房", "超标库房")
                : List.of("Township", "Villages", "Township custody", "Items", "Pages", "Digitised", "Required digitised",
                "Transfers", "Missing entries", "Due, not appraised", "Fixity", "Rooms", "Out of band"), 99);
        Figures all = Figures.ZERO;
        long rooms = 0;
        long out = 0;
        for (TownshipReport t : ts) {
            summaryRow(b, t.township(), t.totals(), t.rooms().size(), t.roomsOutOfBand(), "sub");
            all = all.plus(t.totals());
            rooms += t.rooms().size();
            out += t.roomsOutOfBand();
        }
        if (city || ts.size() > 1) {
            summaryRow(b, zh ? "合计" : "Total", all, rooms, out, "total");
        }
        b.append("</table>\n");
        for (TownshipReport t : ts) {
            villages(b, t, zh, city);
            roomsTable(b, t, zh);
        }
        b.append("<table class=\"sign\">\n<tr><th>").append(zh ? "填报单位（盖章）" : "Reporting office (seal)")
                .append("</th><td></td><th>").append(zh ? "填报人" : "Prepared by").append("</th><td></td><th>")
                .append(zh ? "审核人" : "Checked by").append("</th><td></td></tr>\n</table>\n");
        b.append("<p class=\"foot\">").append(Tables.esc(zh
                ? "说明：件数、页数不含已销毁档案；数字化率＝有电子文件的件数／件数；应数字化指保管期限表标注须数字化的条目及永久、30年档案；"
                + "未收条目为年度收集清单（归档范围和保管期限表中每年形成的条目）中尚未收到的条目；到期未鉴定指保管期限届满、尚未鉴定的档案。"
                + "依据：村级档案管理办法第七条；档案法实施条例第二十四条；瑞安市《关于进一步加强农村基层组织档案工作的实施意见》；JGJ 25-2010。由 Cundang 生成。"
                : "Items and pages exclude destroyed items; digitised share = items with files / items; items to digitise are "
                + "those whose schedule entry requires it and those kept permanently or 30 years; missing entries are the "
                + "entries filed every year that have not arrived; due, not appraised = period expired, no appraisal yet. "
                + "Sources: 村级档案管理办法 Art. 7; 档案法实施条例 Art. 24; the Rui'an policy; JGJ 25-2010. Generated by Cundang."))
                .append("</p>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void summaryRow(StringBuilder b, String name, Figures f, long rooms, long out, String cls) {
        b.append("<tr class=\"").append(cls).append("\">");
        String[] cells = {name, String.valueOf(f.villages()), f.underCustody() + "/" + f.villages(),
            String.valueOf(f.items()), String.valueOf(f.pages()), Tables.percent(f.digitisedShare()),
            Tables.percent(f.requiredDigitisedShare()), String.valueOf(f.transfers()), String.valueOf(f.checklistGaps()),
            String.valueOf(f.dueNotAppraised()), String.valueOf(f.fixityFindings()), String.valueOf(rooms),
            String.valueOf(out)};
        for (int i = 0; i < cells.length; i++) {
            boolean warn = (i == 8 || i == 9 || i == 10 || i == 12) && !cells[i].equals("0");
            b.append("<td class=\"").append(i == 0 ? "" : "num").append(warn ? " warn" : "").append("\">")
                    .append(Tables.esc(cells[i])).append("</td>");
        }
        b.append("</tr>\n");
    }

    private static void villages(StringBuilder b, TownshipReport t, boolean zh, boolean city) {
        b.append("<h2>").append(Tables.esc((city ? t.township() + (zh ? "：" : ": ") : "") + (zh ? "各村情况" : "Villages")))
                .append("（").append(t.rows().size()).append("）</h2>\n<table>\n");
        Tables.cells(b, "th", zh ? List.of("全宗号", "村名", "村档乡管", "件数", "页数", "数字化率", "应数字化完成率", "本年移交",
                "最近移交", "未收条目", "到期未鉴定", "固定性问题")
                : List.of("Fonds", "Village", "Custody", "Items", "Pages", "Digitised", "Required digitised", "Transfers",
                "Last transfer", "Missing entries", "Due, not appraised", "Fixity"), 99);
        for (VillageRow r : t.rows()) {
            Figures f = r.figures();
            b.append("<tr>");
            td(b, r.village().fonds(), "");
            td(b, r.village().displayName() + (r.listed() ? "" : zh ? "（不在名单）" : " (not listed)"), "");
            td(b, r.underTownshipCustody() ? (zh ? "是" : "yes") : (zh ? "否" : "no"),
                    r.underTownshipCustody() ? "" : "zero");
            td(b, String.valueOf(f.items()), f.items() == 0 ? "num zero" : "num");
            td(b, String.valueOf(f.pages()), "num");
            td(b, Tables.percent(f.digitisedShare()), "num");
            td(b, Tables.percent(f.requiredDigitisedShare()), "num");
            td(b, String.valueOf(f.transfers()), "num");
            td(b, r.lastTransfer() == null ? "—" : TIME.format(r.lastTransfer()), "");
            td(b, f.checklistGaps() == 0 ? "0" : f.checklistGaps() + "：" + String.join(" ", r.gaps()),
                    f.checklistGaps() == 0 ? "" : "warn");
            td(b, String.valueOf(f.dueNotAppraised()), f.dueNotAppraised() == 0 ? "num" : "num warn");
            td(b, t.fixityChecked() ? String.valueOf(f.fixityFindings()) : "—",
                    f.fixityFindings() == 0 ? "num" : "num warn");
            b.append("</tr>\n");
        }
        b.append("</table>\n");
        if (t.otherFixityFindings() > 0) {
            b.append("<p class=\"warn\">").append(Tables.esc((zh ? "不属于任何村的固定性问题（审计链、存储文件）："
                    : "Fixity problems outside any village (audit chain, blobs): ") + t.otherFixityFindings()))
                    .append("</p>\n");
        }
    }

    private static void roomsTable(StringBuilder b, TownshipReport t, boolean zh) {
        if (t.rooms().isEmpty()) {
            return;
        }
        b.append("<h2>").append(zh ? "库房温湿度（JGJ 25-2010）" : "Storage rooms (JGJ 25-2010)").append("</h2>\n<table>\n");
        Tables.cells(b, "th", zh ? List.of("库房", "类型", "读数", "超限次数", "结论")
                : List.of("Room", "Profile", "Readings", "Excursions", "Verdict"), 99);
        for (RoomStatus r : t.rooms()) {
            b.append("<tr>");
            td(b, r.name(), "");
            td(b, r.profile(), "");
            td(b, String.valueOf(r.readings()), "num");
            td(b, String.valueOf(r.excursions()), "num");
            td(b, r.outOfBand() ? (zh ? "超标" : "out of band") : (zh ? "符合" : "in band"), r.outOfBand() ? "warn" : "");
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private static void td(StringBuilder b, String text, String cls) {
        b.append("<td").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append('>').append(Tables.esc(text))
                .append("</td>");
    }
}
