package org.cundang.custody;

import static java.util.Objects.requireNonNull;

import org.cundang.internal.report.HtmlReport;

/**
 * Printable Chinese pages (A4, no script, no external resource, every value escaped) for the custody documents: the
 * 鉴定意见书 and the 销毁清册 with its 销毁证明. The 销毁清册 carries the columns the accounting rules name (名称, 档号,
 * 起止年度, 应保管期限, 已保管期限, 销毁时间; DOMAIN.md §2.4, S) and the signature lines.
 */
public final class CustodyReports {

    private static final String HEAD = """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>%s</title><style>
            @page { size: A4; margin: 15mm 12mm; }
            body { font-family: "Songti SC", "SimSun", "Noto Serif CJK SC", serif; font-size: 10.5pt; margin: 0 auto;
                   max-width: 186mm; }
            h1 { text-align: center; font-size: 18pt; letter-spacing: 0.3em; }
            table { border-collapse: collapse; width: 100%%; } tr { page-break-inside: avoid; }
            th, td { border: 1px solid #000; padding: 1.2mm 1.5mm; text-align: left; word-break: break-all; }
            th { background: #eee; } .num { text-align: right; } .sign td { height: 12mm; }
            </style></head><body>
            """;

    private CustodyReports() {
    }

    /**
     * The 鉴定意见书.
     *
     * @param r the report, not null
     * @return the HTML page
     */
    public static String appraisal(AppraisalReport r) {
        requireNonNull(r, "r");
        StringBuilder b = new StringBuilder(4096);
        b.append(String.format(HEAD, "鉴定意见书 " + e(r.id())));
        b.append("<h1>档案鉴定意见书</h1><table>");
        row(b, "编号", r.id());
        row(b, "全宗号", r.fonds());
        row(b, "立档单位", r.unit());
        row(b, "鉴定日期", r.date().toString());
        row(b, "鉴定小组", String.join("、", r.group()));
        b.append("</table><h2>鉴定结论</h2><table><tr><th>序号</th><th>档号</th><th>题名</th><th>年度</th>"
                + "<th>原保管期限</th><th>结论</th><th>新保管期限</th><th>理由</th></tr>");
        int n = 1;
        for (AppraisalReport.Item i : r.items()) {
            boolean keep = i.decision() instanceof AppraisalDecision.Keep;
            b.append("<tr><td class=\"num\">").append(n++).append("</td><td>").append(e(i.code())).append("</td><td>")
                    .append(e(i.title())).append("</td><td>").append(i.year()).append("</td><td>")
                    .append(e(i.currentPeriod().label())).append("</td><td>").append(keep ? "继续保存" : "销毁")
                    .append("</td><td>").append(keep ? e(((AppraisalDecision.Keep) i.decision()).newPeriod().label())
                            : "").append("</td><td>").append(e(i.decision().reason())).append("</td></tr>");
        }
        b.append("</table><h2>鉴定意见</h2><p>").append(e(r.opinion())).append("</p>");
        b.append("<p>继续保存 ").append(r.toKeep().size()).append(" 件，拟销毁 ").append(r.toDestroy().size())
                .append(" 件。本意见书永久保存（《会计档案管理办法》附表1 第16项）。</p>");
        b.append("<table class=\"sign\"><tr><th>鉴定小组成员签名</th><td></td><th>日期</th><td></td></tr></table>");
        return b.append("</body></html>\n").toString();
    }

    /**
     * The 销毁清册 with its 销毁证明.
     *
     * @param c the certificate and list, not null
     * @return the HTML page
     */
    public static String destruction(DestructionCertificate c) {
        requireNonNull(c, "c");
        DestructionList l = c.list();
        StringBuilder b = new StringBuilder(4096);
        b.append(String.format(HEAD, "销毁清册 " + e(c.id())));
        b.append("<h1>档案销毁清册</h1><table>");
        row(b, "编号", c.id());
        row(b, "全宗号", c.fonds());
        row(b, "立档单位", c.unit());
        row(b, "依据鉴定意见书", c.appraisalId());
        b.append("</table><h2>销毁档案</h2><table><tr><th>序号</th><th>名称</th><th>档号</th><th>起止年度</th>"
                + "<th>应保管期限</th><th>已保管期限</th><th>销毁时间</th></tr>");
        int n = 1;
        for (DestructionList.Entry x : l.entries()) {
            b.append("<tr><td class=\"num\">").append(n++).append("</td><td>").append(e(x.title())).append("</td><td>")
                    .append(e(x.code())).append("</td><td>").append(x.fromYear())
                    .append(x.toYear() == x.fromYear() ? "" : "–" + x.toYear()).append("</td><td>")
                    .append(e(x.period().label())).append("</td><td class=\"num\">").append(x.yearsKept(c.destroyedOn()))
                    .append(" 年</td><td>").append(c.destroyedOn()).append("</td></tr>");
        }
        b.append("</table><h2>销毁证明</h2><table>");
        row(b, "销毁日期", c.destroyedOn().toString());
        row(b, "销毁方式", c.method());
        row(b, "销毁地点", c.place());
        row(b, "单位负责人", nz(l.unitHead()));
        row(b, "档案管理人员", nz(l.archivist()));
        row(b, "会计经办人", nz(l.accountingHandler()));
        row(b, "监销人", String.join("、", l.supervisors()));
        row(b, "销毁前清点确认", String.join("、", l.confirmedBefore()));
        row(b, "销毁后签字确认", String.join("、", l.confirmedAfter()));
        b.append("</table><p>档案内容已销毁；档案条目、本清册和销毁证明永久保存（《会计档案管理办法》附表1 第15项）。</p>");
        b.append("<table class=\"sign\"><tr><th>单位负责人</th><td></td><th>档案管理人员</th><td></td></tr>"
                + "<tr><th>监销人</th><td></td><th>监销人</th><td></td></tr></table>");
        return b.append("</body></html>\n").toString();
    }

    private static void row(StringBuilder b, String k, String v) {
        b.append("<tr><th>").append(k).append("</th><td>").append(e(v)).append("</td></tr>");
    }

    private static String nz(@org.jspecify.annotations.Nullable String s) {
        return s == null ? "" : s;
    }

    private static String e(String s) {
        return HtmlReport.escape(s);
    }
}
