package org.cundang.custody.access;

import static java.util.Objects.requireNonNull;
import java.time.LocalDateTime;
import org.cundang.internal.json.AccessJson;
import org.cundang.internal.text.FieldText;
import org.jspecify.annotations.Nullable;

/**
 * The return of a loan (归还登记), kept as its own record referring to the loan. Build one with
 * {@link AccessLedger#returning}, which checks the loan exists, is a loan, is not returned yet and went out before.
 *
 * @param id         the return's id (same form as {@link AccessRecord#id()})
 * @param loanId     the loan's id, not null
 * @param timeBack   when the items came back (归还时间), not null
 * @param receivedBy who took them back (接收人), not blank
 * @param note       the state the items came back in (e.g. 完好, 第3页破损), or null
 */
public record AccessReturn(String id, String loanId, LocalDateTime timeBack, String receivedBy,
                           @Nullable String note) {

    /**
     * Validates the fields.
     *
     * @throws AccessException CD-8040 for a bad id, loan id, name or note
     */
    public AccessReturn {
        requireNonNull(id, "id");
        requireNonNull(loanId, "loanId");
        requireNonNull(timeBack, "timeBack");
        if (!AccessRecord.ID.matcher(id).matches()) {
            throw AccessException.of("CD-8040", "id", FieldText.printable(id), "80");
        }
        if (!AccessRecord.ID.matcher(loanId).matches()) {
            throw AccessException.of("CD-8040", "loanId", FieldText.printable(loanId), "80");
        }
        receivedBy = AccessException.FIELDS.required(receivedBy, "receivedBy", FieldText.SHORT);
        note = AccessException.FIELDS.optional(note, "note", FieldText.LONG);
    }

    /**
     * The return as a JSON document (the body of the custody record, kind {@code access-return}).
     *
     * @return the JSON text
     */
    public String toJson() {
        return AccessJson.write(this);
    }

    /**
     * Reads a return written by {@link #toJson()}.
     *
     * @param json the document, not null
     * @return the return
     * @throws AccessException CD-8055 when the document is not a return, or the codes of the fields
     */
    public static AccessReturn fromJson(String json) {
        requireNonNull(json, "json");
        try {
            return AccessJson.readReturn(json);
        } catch (AccessException e) {
            throw e;
        } catch (RuntimeException | java.io.IOException e) {
            throw new AccessException("CD-8055", AccessException.MESSAGES.text("CD-8055", "access-return",
                    FieldText.printable(String.valueOf(e.getMessage()))), e);
        }
    }
}
