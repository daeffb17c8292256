package org.cundang.custody.access;

import static java.util.Objects.requireNonNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cundang.Finding;
import org.cundang.Severity;
import org.cundang.internal.text.FieldText;

/**
 * The rules a 查阅利用 entry must pass before it is registered. Every problem is returned (never only the first):
 * <ul>
 *   <li>CD-8041: a loan while the policy allows none (village practice, DOMAIN.md §6, S);</li>
 *   <li>CD-8046: a loan due back before the day it goes out;</li>
 *   <li>CD-8043: the approver is the requester (nobody approves their own access);</li>
 *   <li>CD-8044: a loan or copy of a destroyed item (its content is gone); CD-8045 (warning) a consultation of one:
 *       only its record and the 销毁清册 remain to be read;</li>
 *   <li>CD-8042: a controlled item (personal or sensitive information) without an approver;</li>
 *   <li>CD-8048: a requester from outside the unit asking for an item not yet open to the public (档案法 2020
 *       第二十七条, 25 years after formation, S; {@link AccessPolicy#openingYears()}) without an approver;</li>
 *   <li>CD-8053: an item the caller gave no facts about.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class AccessRules {

    private AccessRules() {
    }

    /**
     * Checks a request.
     *
     * @param request the request, not null
     * @param items   the facts about the requested items (others are ignored), not null
     * @param policy  the policy, not null
     * @param day     the day the items go out, not null
     * @return the findings, errors first in item order; empty when the request may be registered
     */
    public static List<Finding> check(AccessRequest request, Collection<AccessItem> items, AccessPolicy policy,
                                      LocalDate day) {
        requireNonNull(request, "request");
        requireNonNull(items, "items");
        requireNonNull(policy, "policy");
        requireNonNull(day, "day");
        Map<String, AccessItem> byCode = new LinkedHashMap<>();
        for (AccessItem i : items) {
            byCode.putIfAbsent(requireNonNull(i, "item").code(), i);
        }
        List<Finding> out = new ArrayList<>();
        AccessKind kind = request.kind();
        String who = request.requester().name();
        String approver = request.approver();
        if (kind == AccessKind.LOAN && !policy.loansAllowed()) {
            out.add(error("CD-8041", ""));
        }
        LocalDate due = request.dueBack();
        if (due != null && due.isBefore(day)) {
            out.add(error("CD-8046", "", kind.name(), due.toString()));
        }
        if (approver != null && FieldText.samePerson(approver, who)) {
            out.add(error("CD-8043", "", approver));
        }
        for (String code : request.codes()) {
            AccessItem item = byCode.get(code);
            if (item == null) {
                out.add(error("CD-8053", code, code));
                continue;
            }
            if (item.destroyed()) {
                if (kind == AccessKind.CONSULT) {
                    out.add(Finding.of("CD-8045", Severity.WARNING, code, AccessException.MESSAGES.text("CD-8045",
                            code)));
                } else {
                    out.add(error("CD-8044", code, code, kind.zh()));
                }
            }
            if (item.controlled() && approver == null) {
                out.add(error("CD-8042", code, code));
            }
            if (!request.requester().staff() && approver == null && !policy.isOpen(item.formed(), day)) {
                out.add(error("CD-8048", code, code, String.valueOf(item.formed() == null ? "?" : item.formed()),
                        policy.openingDate(item.formed()).map(LocalDate::toString).orElse("?")));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Checks a request and throws the first error.
     *
     * @param request the request, not null
     * @param items   the facts about the requested items, not null
     * @param policy  the policy, not null
     * @param day     the day the items go out, not null
     * @throws AccessException with the code of the first error finding ({@link #check})
     */
    public static void requireAllowed(AccessRequest request, Collection<AccessItem> items, AccessPolicy policy,
                                      LocalDate day) {
        for (Finding f : check(request, items, policy, day)) {
            if (f.isError()) {
                throw new AccessException(f.code(), f.message(), null);
            }
        }
    }

    /**
     * The items that open to the public in a calendar year ({@link AccessPolicy#openingDate}), in opening-day then
     * 档号 order. Items whose formation date is unknown are never listed (they are not opened by age).
     *
     * @param items  the items, not null
     * @param year   the year
     * @param policy the policy, not null
     * @return the items opening that year
     */
    public static List<AccessItem> openingIn(Collection<AccessItem> items, int year, AccessPolicy policy) {
        requireNonNull(items, "items");
        requireNonNull(policy, "policy");
        return items.stream()
                .filter(i -> policy.openingDate(i.formed()).map(d -> d.getYear() == year).orElse(false))
                .sorted(Comparator.comparing((AccessItem i) -> policy.openingDate(i.formed()).orElseThrow())
                        .thenComparing(AccessItem::code))
                .toList();
    }

    /**
     * The day an item opens to the public.
     *
     * @param item   the item, not null
     * @param policy the policy, not null
     * @return the day, or empty when its formation date is unknown
     */
    public static Optional<LocalDate> openingDate(AccessItem item, AccessPolicy policy) {
        return requireNonNull(policy, "policy").openingDate(requireNonNull(item, "item").formed());
    }

    private static Finding error(String code, String subject, Object... args) {
        return Finding.of(code, Severity.ERROR, subject, AccessException.MESSAGES.text(code, args));
    }
}
