package org.cundang.custody;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cundang.Finding;
import org.cundang.Severity;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionStatus;

/**
 * Checks a {@link DestructionList} before anything is destroyed and returns every problem (never only the first).
 * An item may be destroyed only when it is due for appraisal on the date (expiry leads to appraisal, DOMAIN.md
 * decision 3), no hold is active, and the appraisal decided to destroy it; the list needs the unit head's and the
 * archivist's signatures, the accounting handler's when accounting records are listed, and two distinct supervisors
 * who both confirmed before and after.
 *
 * <p>Finding codes: CD-8010 not due, CD-8011 on hold, CD-8012 permanent, CD-8013 no destroy decision, CD-8014 missing
 * signature, CD-8015 accounting handler missing, CD-8016 fewer than two distinct supervisors, CD-8017 a supervisor did
 * not confirm, CD-8018 empty list, CD-8019 an item listed twice. Immutable and thread-safe.
 */
public final class DestructionChecker {

    private DestructionChecker() {
    }

    /** The checker. */
    public static DestructionChecker create() {
        return new DestructionChecker();
    }

    /**
     * Checks a list.
     *
     * @param list the list, not null
     * @param date the destruction date, not null
     * @return every problem; empty when destruction may go ahead
     */
    public List<Finding> check(DestructionList list, LocalDate date) {
        requireNonNull(list, "list");
        requireNonNull(date, "date");
        List<Finding> out = new ArrayList<>();
        if (list.entries().isEmpty()) {
            out.add(finding("CD-8018", ""));
        }
        Set<String> seen = new HashSet<>();
        boolean accounting = false;
        for (DestructionList.Entry e : list.entries()) {
            accounting |= e.accounting();
            if (!seen.add(e.code())) {
                out.add(finding("CD-8019", e.code(), e.code()));
            }
            if (e.period().isPermanent() || e.status() == RetentionStatus.PERMANENT) {
                out.add(finding("CD-8012", e.code(), e.code()));
            } else if (e.status() != RetentionStatus.DUE_FOR_APPRAISAL && e.status() != RetentionStatus.ON_HOLD) {
                out.add(finding("CD-8010", e.code(), e.code(), e.status().name()));
            }
            for (RetentionHold h : e.holds()) {
                if (h.isActiveOn(date)) {
                    out.add(finding("CD-8011", e.code(), e.code(), h.reason()));
                }
            }
            if (e.status() == RetentionStatus.ON_HOLD && e.holds().stream().noneMatch(h -> h.isActiveOn(date))) {
                out.add(finding("CD-8011", e.code(), e.code(), "ON_HOLD"));
            }
            if (!(e.decision() instanceof AppraisalDecision.Destroy)) {
                out.add(finding("CD-8013", e.code(), e.code()));
            }
        }
        if (blank(list.unitHead())) {
            out.add(finding("CD-8014", "", "单位负责人 / unit head"));
        }
        if (blank(list.archivist())) {
            out.add(finding("CD-8014", "", "档案管理人员 / archivist"));
        }
        if (accounting && blank(list.accountingHandler())) {
            out.add(finding("CD-8015", ""));
        }
        Set<String> supervisors = new HashSet<>();
        for (String s : list.supervisors()) {
            if (!blank(s)) {
                supervisors.add(s.strip());
            }
        }
        if (supervisors.size() < 2 || supervisors.size() < list.supervisors().size()) {
            out.add(finding("CD-8016", "", String.valueOf(supervisors.size())));
        }
        for (String s : supervisors) {
            if (list.confirmedBefore().stream().noneMatch(c -> s.equals(c.strip()))) {
                out.add(finding("CD-8017", s, s, "before / 销毁前"));
            }
            if (list.confirmedAfter().stream().noneMatch(c -> s.equals(c.strip()))) {
                out.add(finding("CD-8017", s, s, "after / 销毁后"));
            }
        }
        return List.copyOf(out);
    }

    private static boolean blank(@org.jspecify.annotations.Nullable String s) {
        return s == null || s.isBlank();
    }

    private static Finding finding(String code, String subject, Object... args) {
        Map<String, Object> details = new LinkedHashMap<>();
        return new Finding(code, Severity.ERROR, subject, CustodyException.MESSAGES.text(code, args), details);
    }
}
