package org.cundang.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cundang.schedule.ResolvedEntry;
import org.cundang.schedule.RetentionSchedule;

/**
 * Generates transfer folders from a list of rows: one catalogue row per {@link Row}, and page images (JPEG, colour,
 * at the row's dpi) for rows that have a scan. The clean base covers every WS entry filed every year in the default
 * schedules for 2023, so that the clean package has no FAIL and no WARN.
 */
final class Packages {

    static final String HEADER = "序号,档号,文号,责任者,题名,日期,密级,页数,保管期限,备注,条目\n";
    static final int YEAR = 2023;

    /** One row; scanPages &lt; 0 means no scan; dpi applies to every page. */
    record Row(String code, String date, int pages, String period, String entry, String title, int scanPages,
               int dpi) {
        Row withCode(String c) {
            return new Row(c, date, pages, period, entry, title, scanPages, dpi);
        }

        Row withPages(int p) {
            return new Row(code, date, p, period, entry, title, scanPages, dpi);
        }

        Row withScanPages(int p) {
            return new Row(code, date, pages, period, entry, title, p, dpi);
        }

        Row withDpi(int d) {
            return new Row(code, date, pages, period, entry, title, scanPages, d);
        }

        Row withEntry(String e) {
            return new Row(code, date, pages, period, entry == null ? "" : e, title, scanPages, dpi);
        }

        Row withPeriod(String p) {
            return new Row(code, date, pages, p, entry, title, scanPages, dpi);
        }

        Row withDate(String d) {
            return new Row(code, date == null ? "" : d, pages, period, entry, title, scanPages, dpi);
        }

        Row withTitle(String t) {
            return new Row(code, date, pages, period, entry, t, scanPages, dpi);
        }
    }

    private Packages() {
    }

    static String code(String period, int item) {
        return String.format("Z109-WS·%d-%s-%04d", YEAR, period, item);
    }

    /** The clean rows: one per WS filed-every-year entry (its period), then three D10 rows without 条目. */
    static List<Row> clean() {
        Map<String, Integer> next = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (RetentionSchedule s : TransferValidator.defaultSchedules()) {
            for (ResolvedEntry e : s.entries()) {
                if (e.entry().filedEveryYear() && e.entry().category().equals("WS")) {
                    String p = e.period().code();
                    int item = next.merge(p, 1, Integer::sum);
                    rows.add(new Row(code(p, item), "2023-03-" + String.format("%02d", 1 + rows.size() % 28), 2, p,
                            e.id(), "关于" + e.title() + "的材料", 2, 300));
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            int item = next.merge("D10", 1, Integer::sum);
            rows.add(new Row(code("D10", item), "20230601", 1, "D10", "", "一般事务通知 " + i, 1, 300));
        }
        return rows;
    }

    /** The next free 件号 after the largest used in a period's scope. */
    static int nextItem(List<Row> rows, String period) {
        int max = 0;
        for (Row r : rows) {
            String prefix = code(period, 0).substring(0, code(period, 0).length() - 4);
            if (r.code().startsWith(prefix) && r.code().substring(prefix.length()).matches("\\d{4}")) {
                max = Math.max(max, Integer.parseInt(r.code().substring(prefix.length())));
            }
        }
        return max + 1;
    }

    /** Writes a plain transfer folder. */
    static Path write(Path dir, List<Row> rows) throws IOException {
        Files.createDirectories(dir.resolve("files"));
        StringBuilder csv = new StringBuilder(HEADER);
        Map<Integer, byte[]> jpegs = new LinkedHashMap<>();
        int n = 0;
        for (Row r : rows) {
            n++;
            csv.append(n).append(',').append(r.code()).append(",,某村村民委员会,").append(r.title()).append(',')
                    .append(r.date()).append(",,").append(r.pages()).append(',').append(r.period()).append(",,")
                    .append(r.entry()).append('\n');
            if (r.scanPages() < 0) {
                continue;
            }
            Path d = dir.resolve("files").resolve(r.code());
            Files.createDirectories(d);
            for (int p = 1; p <= r.scanPages(); p++) {
                byte[] img = jpegs.get(r.dpi());
                if (img == null) {
                    img = Fixtures.jpeg(r.dpi(), true);
                    jpegs.put(r.dpi(), img);
                }
                Files.write(d.resolve(r.code() + String.format("-%04d.jpg", p)), img);
            }
        }
        Files.writeString(dir.resolve("catalog.csv"), csv.toString(), StandardCharsets.UTF_8);
        return dir;
    }
}
