package org.cundang.samples.print;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cundang.Finding;
import org.cundang.MessageCatalog;
import org.cundang.Severity;
import org.cundang.arrange.ArrangeItem;
import org.cundang.catalog.CatalogueDates;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.retention.RetentionPeriod;
import org.jspecify.annotations.Nullable;

/**
 * Reads the items to arrange from a CSV file ({@code items.csv}, documented in {@code docs/paper.md}): RFC 4180,
 * UTF-8 (with or without BOM) or GB18030, a header row with 题名, 日期, 责任者 and 页数 (required columns) and
 * optionally 保管期限, 条目, 机构 (机构/问题代码), 事由, 文号, 密级, 备注, in any order.
 *
 * <p>A row whose 页数 or 日期 cannot be read is reported (CD-9041, error) and left out; an empty 日期 or 保管期限 is
 * passed on, for the arranger to report.
 */
public final class ItemsCsv {

    /** The columns that must be present. */
    public static final List<String> REQUIRED = List.of("题名", "日期", "责任者", "页数");

    private static final MessageCatalog MESSAGES = MessageCatalog.load(ItemsCsv.class, "cli");

    private ItemsCsv() {
    }

    /**
     * What was read.
     *
     * @param items    the items, in file order, not null
     * @param findings rows that could not be read, not null
     */
    public record Result(List<ArrangeItem> items, List<Finding> findings) {
        /** Copies the lists. */
        public Result {
            items = List.copyOf(items);
            findings = List.copyOf(findings);
        }
    }

    /**
     * Reads an items file.
     *
     * @param file the file, not null
     * @return the items and the rows that could not be read
     * @throws PrintException CD-9040 when the file cannot be read or lacks a required column
     */
    public static Result read(Path file) {
        requireNonNull(file, "file");
        List<List<String>> rows = CatalogueCsv.parse(file, "CD-9040");
        Map<String, Integer> col = CatalogueCsv.header(rows, file, REQUIRED, "CD-9040");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<ArrangeItem> items = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> v = rows.get(r);
            if (v.stream().allMatch(String::isBlank)) {
                continue;
            }
            String ref = name + ":" + (r + 1);
            String pagesText = CatalogueCsv.get(v, col, "页数").strip();
            Integer pages = pagesText.matches("[0-9]{1,6}") ? Integer.valueOf(pagesText) : null;
            if (pages == null || pages < 1 || pages > CatalogueEntry.MAX_PAGES) {
                findings.add(bad(ref, "页数", pagesText));
                continue;
            }
            String dateText = CatalogueCsv.get(v, col, "日期").strip();
            LocalDate date = null;
            if (!dateText.isEmpty()) {
                Optional<LocalDate> d = CatalogueDates.parse(dateText);
                if (d.isEmpty()) {
                    findings.add(bad(ref, "日期", dateText));
                    continue;
                }
                date = d.get();
            }
            String periodText = CatalogueCsv.get(v, col, "保管期限").strip();
            RetentionPeriod period = null;
            if (!periodText.isEmpty()) {
                Optional<RetentionPeriod> p = RetentionPeriod.tryParse(periodText);
                if (p.isEmpty()) {
                    findings.add(bad(ref, "保管期限", periodText));
                    continue;
                }
                period = p.get();
            }
            items.add(ArrangeItem.builder(ref, CatalogueCsv.get(v, col, "题名").strip())
                    .date(date).responsible(CatalogueCsv.get(v, col, "责任者").strip()).pages(pages).period(period)
                    .scheduleEntry(blank(CatalogueCsv.get(v, col, "条目"))).org(blank(CatalogueCsv.get(v, col, "机构")))
                    .matter(blank(CatalogueCsv.get(v, col, "事由")))
                    .documentNumber(CatalogueCsv.get(v, col, "文号").strip())
                    .classification(CatalogueCsv.get(v, col, "密级").strip())
                    .remarks(CatalogueCsv.get(v, col, "备注").strip()).build());
        }
        return new Result(items, findings);
    }

    private static @Nullable String blank(String s) {
        return s.isBlank() ? null : s.strip();
    }

    private static Finding bad(String ref, String column, String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("column", column);
        details.put("value", shown);
        return new Finding("CD-9041", Severity.ERROR, ref, MESSAGES.text("CD-9041", column, shown), details);
    }
}
