package org.cundang.custody.overview;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.cundang.internal.csv.CsvWriter;
import org.cundang.internal.report.HtmlReport;

/** Shared pieces of the CSV and HTML exports. */
final class Tables {

    /** The CSS of the printable pages (A4, the transfer report's look). */
    static final String CSS = """
            @page { size: A4 landscape; margin: 12mm 10mm; }
            body { font-family: "Songti SC", "SimSun", "Noto Serif CJK SC", serif; font-size: 10pt; color: #000;
                   margin: 0 auto; }
            h1 { text-align: center; font-size: 17pt; margin: 0 0 3mm; letter-spacing: 0.2em; }
            h2 { font-size: 12pt; border-bottom: 1px solid #000; margin: 5mm 0 2mm; }
            table { border-collapse: collapse; width: 100%; page-break-inside: auto; }
            tr { page-break-inside: avoid; }
            th, td { border: 1px solid #000; padding: 1mm 1.2mm; vertical-align: top; text-align: left;
                     word-break: break-all; }
            th { background: #eee; font-weight: bold; }
            .num { text-align: right; } .sub td { font-weight: bold; background: #f6f6f6; }
            .total td { font-weight: bold; border-top: 2px solid #000; }
            .warn { color: #a00; font-weight: bold; } .zero { color: #a00; }
            .meta { text-align: center; margin: 0 0 4mm; } .foot { font-size: 8.5pt; color: #444; margin-top: 5mm; }
            .sign td { height: 12mm; }
            @media print { th { background: #eee !important; -webkit-print-color-adjust: exact; } }
            """;

    private Tables() {
    }

    /** CSV text with a UTF-8 BOM (Excel on a Chinese Windows reads it as UTF-8); formula-looking cells neutralised. */
    static String csv(List<List<String>> rows) {
        StringWriter w = new StringWriter();
        w.write('\uFEFF');
        try (CsvWriter c = new CsvWriter(w, true)) {
            for (List<String> r : rows) {
                c.write(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    static String esc(String s) {
        return HtmlReport.escape(s);
    }

    static String percent(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * v.getAsDouble()) : "—";
    }

    static String points(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    static boolean zh(Locale locale) {
        return !"en".equals(locale.getLanguage());
    }

    static void head(StringBuilder b, boolean zh, String title) {
        b.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh-CN" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>").append(CSS)
                .append("</style>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
    }

    static void cells(StringBuilder b, String tag, List<String> cells, int firstNumeric) {
        b.append("<tr>");
        for (int i = 0; i < cells.size(); i++) {
            b.append('<').append(tag).append(i >= firstNumeric && tag.equals("td") ? " class=\"num\"" : "")
                    .append('>').append(esc(cells.get(i))).append("</").append(tag).append('>');
        }
        b.append("</tr>\n");
    }
}
