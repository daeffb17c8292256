package org.cundang.retention;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When the count of a retention period starts (起算), as configuration with documented defaults (DOMAIN.md decision 2):
 * <ul>
 *   <li>archives counted from their formation year ({@link RetentionTrigger#formationYear()}): by default from
 *       1 January of the year after the formation year ({@link DocumentStart#NEXT_YEAR}; practice, DOMAIN.md §2.3,
 *       tagged R: not found in 令第8号, so configurable). {@link DocumentStart#FORMATION_DATE} counts from the
 *       formation date itself instead;</li>
 *   <li>accounting archives ({@link RetentionTrigger#accountingYearEnd()}): from the day after the accounting year
 *       ends (会计档案管理办法 令第79号 第十四条, V). The accounting year is the calendar year by default (会计法
 *       第十一条 "会计年度自公历1月1日起至12月31日止"; not in DOMAIN.md, so R), ending on 31 December; a unit with
 *       another year end can set it with {@link #withAccountingYearEnd(MonthDay)}. The accounting year named
 *       {@code Y} ends on that month and day of calendar year {@code Y}.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class CountingRules {

    /** How archives counted from their formation year start. */
    public enum DocumentStart {
        /** 1 January of the year after the formation year (归档年度+1; the default, practice, R). */
        NEXT_YEAR,
        /** The formation date itself ("自档案形成之日起", the wording of 实施条例 第二十条 for transfers). */
        FORMATION_DATE
    }

    private static final MonthDay DECEMBER_31 = MonthDay.of(12, 31);
    private static final CountingRules DEFAULTS = new CountingRules(DocumentStart.NEXT_YEAR, DECEMBER_31);

    private final DocumentStart documentStart;
    private final MonthDay accountingYearEnd;
    private final boolean calendarAccountingYear;

    private CountingRules(DocumentStart documentStart, MonthDay accountingYearEnd) {
        this.documentStart = documentStart;
        this.accountingYearEnd = accountingYearEnd;
        this.calendarAccountingYear = accountingYearEnd.equals(DECEMBER_31);
    }

    /** The defaults: documents from 1 January of the next year, accounting year = calendar year. */
    public static CountingRules defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another start for archives counted from their formation year.
     *
     * @param start the rule, not null
     * @return the new rules
     */
    public CountingRules withDocumentStart(DocumentStart start) {
        return new CountingRules(requireNonNull(start, "start"), accountingYearEnd);
    }

    /**
     * A copy with another accounting year end (for example 06-30).
     *
     * @param end the last day of the accounting year, not null; 02-29 means the last day of February
     * @return the new rules
     */
    public CountingRules withAccountingYearEnd(MonthDay end) {
        return new CountingRules(documentStart, requireNonNull(end, "end"));
    }

    /** How archives counted from their formation year start. */
    public DocumentStart documentStart() {
        return documentStart;
    }

    /** The last day of the accounting year. */
    public MonthDay accountingYearEnd() {
        return accountingYearEnd;
    }

    /**
     * The first day of counting for an accounting year: the day after it ends.
     *
     * @param accountingYear the accounting year
     * @return the start date
     */
    public LocalDate accountingStart(int accountingYear) {
        if (calendarAccountingYear) {
            return LocalDate.of(accountingYear + 1, 1, 1);
        }
        return accountingYearEnd.atYear(accountingYear).plusDays(1);
    }

    /**
     * The accounting year a date belongs to.
     *
     * @param date the date, not null
     * @return the accounting year: the calendar year whose accounting year end is on or after the date
     */
    public int accountingYearOf(LocalDate date) {
        int y = date.getYear();
        if (calendarAccountingYear) {
            return y;
        }
        return date.isAfter(accountingYearEnd.atYear(y)) ? y + 1 : y;
    }

    /**
     * The first day of counting for a record formed on a date, under {@link #documentStart()}.
     *
     * @param formed the formation date, not null
     * @return the start date
     */
    public LocalDate documentStart(LocalDate formed) {
        return documentStart == DocumentStart.NEXT_YEAR ? LocalDate.of(formed.getYear() + 1, 1, 1) : formed;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CountingRules && ((CountingRules) o).documentStart == documentStart
                && ((CountingRules) o).accountingYearEnd.equals(accountingYearEnd);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentStart, accountingYearEnd);
    }

    @Override
    public String toString() {
        return "CountingRules[documentStart=" + documentStart + ", accountingYearEnd=" + accountingYearEnd + "]";
    }
}
