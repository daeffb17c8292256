package org.cundang.custody;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionPeriod;
import org.cundang.retention.RetentionStatus;
import org.jspecify.annotations.Nullable;

/**
 * A 销毁清册: the items an appraisal decided to destroy, with the signatures and the supervision (监销) the
 * procedure requires (会计档案管理办法 destruction procedure, DOMAIN.md §2.4, S; field list R).
 *
 * @param entries            the listed items, not null
 * @param unitHead           单位负责人 who signed, or null
 * @param archivist          档案管理人员 who signed, or null
 * @param accountingHandler  会计管理机构经办人 who signed (needed when accounting records are listed), or null
 * @param supervisors        the supervisors (监销), not null
 * @param confirmedBefore    the supervisors who counted the items before destruction, not null
 * @param confirmedAfter     the supervisors who signed after destruction, not null
 */
public record DestructionList(List<Entry> entries, @Nullable String unitHead, @Nullable String archivist,
                              @Nullable String accountingHandler, List<String> supervisors,
                              List<String> confirmedBefore, List<String> confirmedAfter) {

    /** Copies the lists. */
    public DestructionList {
        entries = List.copyOf(requireNonNull(entries, "entries"));
        supervisors = List.copyOf(requireNonNull(supervisors, "supervisors"));
        confirmedBefore = List.copyOf(requireNonNull(confirmedBefore, "confirmedBefore"));
        confirmedAfter = List.copyOf(requireNonNull(confirmedAfter, "confirmedAfter"));
    }

    /**
     * One listed item: the 清册 columns 名称, 档号, 起止年度, 应保管期限, 已保管期限, and what the checker needs to know
     * about it on the destruction date.
     *
     * @param title       名称 (题名), not null
     * @param code        档号, not null
     * @param fromYear    起始年度
     * @param toYear      终止年度
     * @param period      应保管期限, not null
     * @param accounting  whether it is an accounting record (会计档案)
     * @param status      its retention status on the destruction date, not null
     * @param holds       its holds (and those of any scope above it), not null
     * @param decision    the appraisal decision for it, or null when none was recorded
     */
    public record Entry(String title, String code, int fromYear, int toYear, RetentionPeriod period,
                        boolean accounting, RetentionStatus status, List<RetentionHold> holds,
                        @Nullable AppraisalDecision decision) {
        /** Validates the fields. */
        public Entry {
            requireNonNull(title, "title");
            requireNonNull(code, "code");
            requireNonNull(period, "period");
            requireNonNull(status, "status");
            holds = List.copyOf(requireNonNull(holds, "holds"));
        }

        /**
         * 已保管期限: whole years kept from 1 January after the last year ({@code toYear + 1}) until {@code date}.
         *
         * @param date the date, not null
         * @return whole years, 0 before counting started
         */
        public int yearsKept(LocalDate date) {
            return DestructionList.yearsKept(toYear, date);
        }
    }

    /**
     * 已保管期限 of a record whose last year is {@code toYear}: whole years from 1 January of the next year until
     * {@code date}.
     *
     * @param toYear the last year of the record
     * @param date   the date, not null
     * @return whole years, 0 before counting started
     */
    public static int yearsKept(int toYear, LocalDate date) {
        requireNonNull(date, "date");
        LocalDate start = LocalDate.of(toYear + 1, 1, 1);
        return date.isBefore(start) ? 0 : java.time.Period.between(start, date).getYears();
    }
}
