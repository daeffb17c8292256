package org.cundang.samples.demo;

import java.time.LocalDate;
import org.cundang.retention.RetentionPeriod;

/**
 * One 件 of the synthetic village archive before numbering.
 *
 * @param entryId     the retention schedule entry (village-2017 / ruian-example ids)
 * @param category    the 门类代码
 * @param period      the 保管期限 written on it (a mistake may make it shorter than the schedule's)
 * @param title       the 题名
 * @param responsible the 责任者
 * @param docNo       the 文号, may be empty
 * @param date        the date of the document
 * @param pages       pages
 * @param pdf         whether it is scanned to one PDF (else one JPEG per page)
 * @param colour      whether the scan is in colour
 * @param dpi         the scan resolution
 * @param scanned     whether a scan exists (a mistake may leave one out)
 */
record VillageItem(String entryId, String category, RetentionPeriod period, String title, String responsible,
                   String docNo, LocalDate date, int pages, boolean pdf, boolean colour, int dpi, boolean scanned) {

    VillageItem withPeriod(RetentionPeriod p) {
        return new VillageItem(entryId, category, p, title, responsible, docNo, date, pages, pdf, colour, dpi, scanned);
    }

    VillageItem withDpi(int d) {
        return new VillageItem(entryId, category, period, title, responsible, docNo, date, pages, pdf, colour, d, scanned);
    }

    VillageItem withScanned(boolean s) {
        return new VillageItem(entryId, category, period, title, responsible, docNo, date, pages, pdf, colour, dpi, s);
    }
}
