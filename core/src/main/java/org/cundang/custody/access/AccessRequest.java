package org.cundang.custody.access;

import static java.util.Objects.requireNonNull;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cundang.internal.text.FieldText;
import org.jspecify.annotations.Nullable;

/**
 * A consultation, loan or copy asked for, before it is registered (查阅利用登记): who, which items, why, what kind,
 * who approved it, by when a loan comes back, and the clerk who registers it.
 *
 * @param requester the requester, not null
 * @param codes     the items' 档号, at least one, each once, not null
 * @param purpose   利用目的, not blank, at most 2,000 characters
 * @param kind      查阅, 借出 or 复制, not null
 * @param approver  who approved (批准人), or null when nobody did
 * @param dueBack   the day a loan must be back (应还日期): required for loans, null otherwise
 * @param clerk     who registers the entry (登记人), not blank
 */
public record AccessRequest(Requester requester, List<String> codes, String purpose, AccessKind kind,
                            @Nullable String approver, @Nullable LocalDate dueBack, String clerk) {

    /** The most items in one entry. */
    public static final int MAX_ITEMS = 10_000;

    /**
     * Validates the fields.
     *
     * @throws AccessException CD-8040 (a bad text), CD-8047 (no item, too many, one listed twice or a bad 档号 text),
     *                         CD-8046 (a loan without a due date, or a due date on something that is not a loan)
     */
    public AccessRequest {
        requireNonNull(requester, "requester");
        requireNonNull(codes, "codes");
        requireNonNull(kind, "kind");
        codes = List.copyOf(codes);
        if (codes.isEmpty() || codes.size() > MAX_ITEMS) {
            throw AccessException.of("CD-8047", String.valueOf(codes.size()));
        }
        Set<String> seen = new HashSet<>();
        for (String c : codes) {
            if (c.isBlank() || c.length() > FieldText.SHORT || !FieldText.clean(c) || !seen.add(c)) {
                throw AccessException.of("CD-8047", FieldText.printable(c));
            }
        }
        purpose = AccessException.FIELDS.required(purpose, "purpose", FieldText.LONG);
        approver = AccessException.FIELDS.optional(approver, "approver", FieldText.SHORT);
        clerk = AccessException.FIELDS.required(clerk, "clerk", FieldText.SHORT);
        if ((kind == AccessKind.LOAN) != (dueBack != null)) {
            throw AccessException.of("CD-8046", kind.name(), String.valueOf(dueBack));
        }
    }
}
