package org.cundang.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CodeTemplate;
import org.cundang.retention.LegacyPeriodMapping;
import org.cundang.retention.RetentionPeriod;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the 目录 (归档文件目录), one per 件, with the columns of DA/T 22-2015 5.5.2 (序号、档号、文号、责任者、题名、
 * 日期、密级、页数、备注; V) plus 保管期限 and the retention schedule entry it was filed under (条目).
 *
 * <p>An entry holds the values as they were written (in a catalogue file, a form, an import), so that a wrong
 * value can be reported rather than lost; its Jakarta Validation constraints say what a valid entry is, and
 * {@link CatalogueValidator} turns violations into findings in Chinese and English. The typed accessors
 * ({@link #archivalCode(CodeTemplate)}, {@link #parsedDate()}, {@link #retentionPeriod(LegacyPeriodMapping)}) read
 * the values once they are known to be valid.
 *
 * <p>Limits (documented in {@code docs/catalogue.md}): 题名 up to {@value #MAX_TITLE} characters, 责任者 and 文号 up to
 * {@value #MAX_SHORT}, 备注 up to {@value #MAX_REMARKS}, 页数 1 to {@value #MAX_PAGES}.
 *
 * @param sequence       序号, from 1
 * @param code           档号, as written
 * @param documentNumber 文号, empty when the document has none
 * @param responsible    责任者
 * @param title          题名
 * @param date           日期, {@code YYYYMMDD} or {@code YYYY-MM-DD}
 * @param classification 密级, empty when not classified
 * @param pages          页数
 * @param period         保管期限, as written (Y, D30, D10, or a label)
 * @param remarks        备注, may be empty
 * @param scheduleEntry  条目: the id of the retention schedule entry, or null
 */
@CodeAgreesWithRow
public record CatalogueEntry(
        @NotNull @Positive @Nullable Integer sequence,
        @NotBlank @ValidArchivalCode @Nullable String code,
        @Size(max = MAX_SHORT) @NoControlCharacters @Nullable String documentNumber,
        @NotBlank @Size(max = MAX_SHORT) @NoControlCharacters @Nullable String responsible,
        @NotBlank @Size(max = MAX_TITLE) @NoControlCharacters @Nullable String title,
        @NotBlank @CatalogueDate @Nullable String date,
        @SecurityClassification @Nullable String classification,
        @NotNull @Positive @Max(MAX_PAGES) @Nullable Integer pages,
        @NotBlank @ValidRetentionPeriod @Nullable String period,
        @Size(max = MAX_REMARKS) @NoControlCharacters @Nullable String remarks,
        @Size(max = MAX_SHORT) @NoControlCharacters @Nullable String scheduleEntry) {

    /** The longest 题名 accepted, in characters. */
    public static final int MAX_TITLE = 1000;
    /** The longest 责任者, 文号 and 条目 accepted, in characters. */
    public static final int MAX_SHORT = 200;
    /** The longest 备注 accepted, in characters. */
    public static final int MAX_REMARKS = 2000;
    /** The largest 页数 accepted. */
    public static final int MAX_PAGES = 100_000;

    /**
     * The 档号 read with a template.
     *
     * @param template the template, not null
     * @return the code, or empty when the column is missing or does not parse
     */
    public Optional<ArchivalCode> archivalCode(CodeTemplate template) {
        java.util.Objects.requireNonNull(template, "template");
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(template.parse(code.strip()));
        } catch (org.cundang.code.CodeException e) {
            return Optional.empty();
        }
    }

    /** The 日期 as a date, or empty when missing or not a valid {@code YYYYMMDD} / {@code YYYY-MM-DD} date. */
    public Optional<LocalDate> parsedDate() {
        return date == null ? Optional.empty() : CatalogueDates.parse(date);
    }

    /**
     * The 保管期限, with legacy terms mapped.
     *
     * @param mapping how legacy terms map to current periods, not null
     * @return the period, or empty when missing or not a period
     */
    public Optional<RetentionPeriod> retentionPeriod(LegacyPeriodMapping mapping) {
        java.util.Objects.requireNonNull(mapping, "mapping");
        if (period == null) {
            return Optional.empty();
        }
        return mapping.resolve(period, null).map(LegacyPeriodMapping.Resolution::period);
    }
}
