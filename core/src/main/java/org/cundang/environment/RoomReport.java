package org.cundang.environment;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 库房温湿度报告: a single printable HTML page (A4, no script, opens offline) with the compliance view, the risk
 * view, every alert, and per sensor a chart of temperature and relative humidity with the allowed band shaded and
 * the excursions marked (inline SVG).
 *
 * <p>Every value taken from the input (room name, sensor ids, messages) is HTML-escaped. Long series are drawn
 * with at most {@value #MAX_POINTS} points per line, keeping each bucket's minimum and maximum so that peaks stay
 * visible. Immutable and thread-safe.
 */
public final class RoomReport {

    /** The most points drawn per line in a chart. */
    public static final int MAX_POINTS = 1200;

    private static final int W = 720;
    private static final int H = 200;
    private static final int PAD_L = 46;
    private static final int PAD_R = 10;
    private static final int PAD_T = 12;
    private static final int PAD_B = 28;

    private final String roomName;
    private final ZoneId zone;
    private final Locale locale;

    private RoomReport(String roomName, ZoneId zone, Locale locale) {
        this.roomName = roomName;
        this.zone = zone;
        this.locale = locale;
    }

    /**
     * A report writer.
     *
     * @param roomName the room's name as people know it (e.g. 某某镇档案室一号库房), not null
     * @param zone     the time zone times are shown in, not null
     * @param locale   the language (Chinese unless English is asked for), not null
     * @return the writer
     */
    public static RoomReport of(String roomName, ZoneId zone, Locale locale) {
        return new RoomReport(requireNonNull(roomName, "roomName"), requireNonNull(zone, "zone"),
                requireNonNull(locale, "locale"));
    }

    private boolean zh() {
        return "zh".equals(locale.getLanguage());
    }

    private String t(String zh, String en) {
        return zh() ? zh : en;
    }

    /**
     * Renders the report.
     *
     * @param assessment the assessment, not null
     * @param readings   the readings it was made from, not null
     * @return the HTML document
     */
    public String render(EnvironmentAssessment assessment, Collection<Reading> readings) {
        requireNonNull(assessment, "assessment");
        requireNonNull(readings, "readings");
        RoomProfile p = assessment.profile();
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(zh() ? "zh-CN" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(esc(t("库房温湿度报告", "Storage room climate report")))
                .append(" — ").append(esc(roomName)).append("</title>\n<style>\n")
                .append("@page{size:A4;margin:15mm}body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",")
                .append("\"Microsoft YaHei\",\"SimSun\",sans-serif;font-size:10.5pt;color:#111;max-width:190mm;")
                .append("margin:0 auto}h1{text-align:center;font-size:18pt;margin:4mm 0}h2{font-size:12.5pt;")
                .append("border-bottom:1px solid #333;margin-top:6mm}table{border-collapse:collapse;width:100%;")
                .append("margin:2mm 0}th,td{border:1px solid #555;padding:1.2mm 2mm;text-align:left;")
                .append("vertical-align:top}th{background:#eee}.pass{color:#0a5d00;font-weight:bold}")
                .append(".fail{color:#b00000;font-weight:bold}.RISK{color:#b00000}.OK{color:#8a5a00}")
                .append(".GOOD{color:#0a5d00}figure{margin:2mm 0;page-break-inside:avoid}figcaption{font-size:9pt}")
                .append(".sig td{height:12mm}.nw{white-space:nowrap}\n</style>\n</head>\n<body>\n");
        b.append("<h1>").append(esc(t("库房温湿度报告", "Storage room climate report"))).append("</h1>\n");
        b.append("<table>\n");
        row(b, t("库房", "Room"), roomName);
        row(b, t("库房类型", "Room type"), p.name().in(locale) + "（" + p.id() + "）");
        row(b, t("温度范围", "Temperature band"), fmt(p.temperature().min()) + "–" + fmt(p.temperature().max()) + " °C");
        row(b, t("相对湿度范围", "Humidity band"), fmt(p.humidity().min()) + "–" + fmt(p.humidity().max()) + " %");
        row(b, t("24 小时波动限值", "24-hour swing limit"), "±" + fmt(p.swing().temperature()) + " °C，±"
                + fmt(p.swing().humidity()) + " %");
        row(b, t("依据", "Source"), p.source() + "（" + p.confidence() + "）");
        row(b, t("读数", "Readings"), String.valueOf(readings.size()));
        b.append("</table>\n");

        boolean pass = assessment.passesCompliance();
        b.append("<h2>").append(esc(t("一、合规结论", "1. Compliance"))).append("</h2>\n<p class=\"")
                .append(pass ? "pass" : "fail").append("\">")
                .append(esc(pass ? t("符合：全部读数在允许范围内，无超限波动。", "Compliant: every reading in band, no excessive swing.")
                        : t("不符合：见下列超限与告警。", "Not compliant: see the excursions and alerts below.")))
                .append("</p>\n<table>\n<tr><th>").append(esc(t("传感器", "Sensor"))).append("</th><th>")
                .append(esc(t("读数", "Readings"))).append("</th><th>").append(esc(t("时段", "Period")))
                .append("</th><th>").append(esc(t("达标时间比例", "Time in band"))).append("</th><th>")
                .append(esc(t("超限次数", "Excursions"))).append("</th><th>").append(esc(t("超限波动", "Swings")))
                .append("</th><th>").append(esc(t("数据问题", "Data issues"))).append("</th></tr>\n");
        for (SensorCompliance c : assessment.compliance()) {
            b.append("<tr><td>").append(esc(c.sensorId().isEmpty() ? "—" : c.sensorId())).append("</td><td>")
                    .append(c.readings()).append("</td><td>").append(esc(time(c.first()) + " – " + time(c.last())))
                    .append("</td><td>").append(c.fractionInBand().isPresent()
                            ? String.format(Locale.ROOT, "%.1f %%", 100 * c.fractionInBand().getAsDouble()) : "—")
                    .append("</td><td>").append(c.excursions().size()).append("</td><td>").append(c.swings().size())
                    .append("</td><td>").append(c.issues().size()).append("</td></tr>\n");
        }
        b.append("</table>\n");

        b.append("<h2>").append(esc(t("二、保存风险", "2. Preservation risk"))).append("</h2>\n<table>\n<tr><th>")
                .append(esc(t("传感器", "Sensor"))).append("</th><th>TWPI（").append(esc(t("年", "years")))
                .append("）</th><th>").append(esc(t("自然老化", "Natural ageing"))).append("</th><th>")
                .append(esc(t("机械损伤（EMC）", "Mechanical (EMC)"))).append("</th><th>")
                .append(esc(t("金属腐蚀", "Metal corrosion"))).append("</th><th>").append(esc(t("霉变", "Mould")))
                .append("</th><th>").append(esc(t("结露", "Condensation"))).append("</th></tr>\n");
        for (SensorRisk r : assessment.risk()) {
            b.append("<tr><td>").append(esc(r.sensorId().isEmpty() ? "—" : r.sensorId())).append("</td><td>")
                    .append(fmt(r.twpi())).append("</td>");
            rating(b, r.ageing());
            rating(b, r.mechanical());
            rating(b, r.corrosion());
            rating(b, r.mould());
            rating(b, r.condensation());
            b.append("</tr>\n");
        }
        b.append("</table>\n<p>").append(esc(t(
                "合规看的是 JGJ 25-2010 的温湿度范围；风险看的是保存指数（PI/TWPI）、平衡含水率、霉变与结露。两者在边界处可能不一致（如 24 °C / 60 % 合规但老化风险高）。",
                "Compliance follows the JGJ 25-2010 bands; risk follows the preservation index (PI/TWPI), equilibrium "
                        + "moisture content, mould and condensation. They can disagree at the edges (24 °C / 60 % "
                        + "complies but ages fast)."))).append("</p>\n");

        b.append("<h2>").append(esc(t("三、温湿度曲线", "3. Charts"))).append("</h2>\n");
        Map<String, List<Reading>> bySensor = new LinkedHashMap<>();
        for (Reading r : readings) {
            bySensor.computeIfAbsent(r.sensorId(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<Reading>> e : bySensor.entrySet()) {
            List<Reading> rs = new ArrayList<>(e.getValue());
            rs.sort((x, y) -> x.time().compareTo(y.time()));
            List<Excursion> exc = assessment.complianceOf(e.getKey()).map(SensorCompliance::excursions)
                    .orElse(List.of());
            chart(b, e.getKey(), rs, true, p.temperature(), exc);
            chart(b, e.getKey(), rs, false, p.humidity(), exc);
        }

        b.append("<h2>").append(esc(t("四、告警", "4. Alerts"))).append("</h2>\n");
        if (assessment.findings().isEmpty()) {
            b.append("<p>").append(esc(t("无。", "None."))).append("</p>\n");
        } else {
            b.append("<table>\n<tr><th>").append(esc(t("级别", "Severity"))).append("</th><th>")
                    .append(esc(t("代码", "Code"))).append("</th><th>").append(esc(t("说明", "Message")))
                    .append("</th></tr>\n");
            for (org.cundang.Finding f : assessment.findings()) {
                String sev = switch (f.severity()) {
                    case ERROR -> t("错误", "error");
                    case WARNING -> t("警告", "warning");
                    default -> t("提示", "info");
                };
                b.append("<tr><td class=\"nw\">").append(esc(sev)).append("</td><td class=\"nw\">").append(esc(f.code()))
                        .append("</td><td>").append(esc(f.message().in(locale))).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("<h2>").append(esc(t("五、签字", "5. Signatures"))).append("</h2>\n<table class=\"sig\"><tr><th>")
                .append(esc(t("记录人", "Recorded by"))).append("</th><td></td><th>").append(esc(t("审核人", "Checked by")))
                .append("</th><td></td><th>").append(esc(t("日期", "Date"))).append("</th><td></td></tr></table>\n");
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private void rating(StringBuilder b, Rating r) {
        String label = switch (r) {
            case GOOD -> t("好", "good");
            case OK -> t("尚可", "ok");
            default -> t("有风险", "risk");
        };
        b.append("<td class=\"").append(r.name()).append("\">").append(esc(label)).append("</td>");
    }

    private void chart(StringBuilder b, String sensor, List<Reading> rs, boolean temperature, Band band,
                       List<Excursion> excursions) {
        if (rs.isEmpty()) {
            return;
        }
        long t0 = rs.get(0).time().getEpochSecond();
        long t1 = Math.max(t0 + 1, rs.get(rs.size() - 1).time().getEpochSecond());
        double lo = band.min();
        double hi = band.max();
        for (Reading r : rs) {
            double v = temperature ? r.temperature() : r.relativeHumidity();
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double span = Math.max(1, hi - lo);
        lo -= span * 0.08;
        hi += span * 0.08;
        double plotW = W - PAD_L - PAD_R;
        double plotH = H - PAD_T - PAD_B;
        double loF = lo;
        double hiF = hi;
        java.util.function.DoubleUnaryOperator y = v -> PAD_T + plotH * (hiF - v) / (hiF - loF);
        java.util.function.LongToDoubleFunction x = s -> PAD_L + plotW * (s - t0) / (double) (t1 - t0);
        String title = (temperature ? t("温度（°C）", "Temperature (°C)") : t("相对湿度（%）", "Relative humidity (%)"))
                + (sensor.isEmpty() ? "" : " — " + sensor);
        b.append("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0 0 ").append(W)
                .append(' ').append(H).append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\">\n");
        b.append("<rect x=\"").append(PAD_L).append("\" y=\"").append(PAD_T).append("\" width=\"").append(num(plotW))
                .append("\" height=\"").append(num(plotH)).append("\" fill=\"#fff\" stroke=\"#999\"/>\n");
        double yb1 = y.applyAsDouble(band.max());
        double yb2 = y.applyAsDouble(band.min());
        b.append("<rect class=\"band\" x=\"").append(PAD_L).append("\" y=\"").append(num(yb1)).append("\" width=\"")
                .append(num(plotW)).append("\" height=\"").append(num(yb2 - yb1))
                .append("\" fill=\"#cfe8cf\" fill-opacity=\"0.7\"/>\n");
        Quantity q = temperature ? Quantity.TEMPERATURE : Quantity.RELATIVE_HUMIDITY;
        for (Excursion e : excursions) {
            if (e.quantity() != q) {
                continue;
            }
            double xs = x.applyAsDouble(clamp(e.start().getEpochSecond(), t0, t1));
            double xe = x.applyAsDouble(clamp(e.end().getEpochSecond(), t0, t1));
            b.append("<rect class=\"excursion\" x=\"").append(num(xs)).append("\" y=\"").append(PAD_T)
                    .append("\" width=\"").append(num(Math.max(1.5, xe - xs))).append("\" height=\"")
                    .append(num(plotH)).append("\" fill=\"#e53935\" fill-opacity=\"0.25\"/>\n");
        }
        b.append("<polyline fill=\"none\" stroke=\"").append(temperature ? "#c62828" : "#1565c0")
                .append("\" stroke-width=\"1\" points=\"");
        int n = rs.size();
        int buckets = Math.min(n, MAX_POINTS / 2);
        for (int k = 0; k < buckets; k++) {
            int from = (int) ((long) k * n / buckets);
            int to = (int) ((long) (k + 1) * n / buckets);
            int iMin = from;
            int iMax = from;
            for (int i = from; i < to; i++) {
                double v = value(rs.get(i), temperature);
                if (v < value(rs.get(iMin), temperature)) {
                    iMin = i;
                }
                if (v > value(rs.get(iMax), temperature)) {
                    iMax = i;
                }
            }
            int a = Math.min(iMin, iMax);
            int c = Math.max(iMin, iMax);
            point(b, x, y, rs.get(a), temperature);
            if (c != a) {
                point(b, x, y, rs.get(c), temperature);
            }
        }
        b.append("\"/>\n");
        for (double v : new double[] {band.min(), band.max()}) {
            b.append("<text x=\"").append(PAD_L - 4).append("\" y=\"").append(num(y.applyAsDouble(v) + 4))
                    .append("\" font-size=\"10\" text-anchor=\"end\">").append(fmt(v)).append("</text>\n");
        }
        b.append("<text x=\"").append(PAD_L).append("\" y=\"").append(H - 8).append("\" font-size=\"10\">")
                .append(esc(time(Instant.ofEpochSecond(t0)))).append("</text>\n<text x=\"").append(W - PAD_R)
                .append("\" y=\"").append(H - 8).append("\" font-size=\"10\" text-anchor=\"end\">")
                .append(esc(time(Instant.ofEpochSecond(t1)))).append("</text>\n</svg>\n<figcaption>")
                .append(esc(title)).append(esc(t("；绿色为允许范围，红色为超限时段。", "; green: allowed band, red: excursions.")))
                .append("</figcaption></figure>\n");
    }

    private static double value(Reading r, boolean temperature) {
        return temperature ? r.temperature() : r.relativeHumidity();
    }

    private static void point(StringBuilder b, java.util.function.LongToDoubleFunction x,
                              java.util.function.DoubleUnaryOperator y, Reading r, boolean temperature) {
        b.append(num(x.applyAsDouble(r.time().getEpochSecond()))).append(',')
                .append(num(y.applyAsDouble(value(r, temperature)))).append(' ');
    }

    private static long clamp(long v, long lo, long hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f", v);
    }

    private String time(Instant i) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(i);
    }

    private static void row(StringBuilder b, String k, String v) {
        b.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>\n");
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' || (c >= 0x202A && c <= 0x202E)
                            || (c >= 0x2066 && c <= 0x2069)) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
