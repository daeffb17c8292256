package org.cundang.custody.access;

import static java.util.Objects.requireNonNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.cundang.internal.json.AccessJson;
import org.cundang.internal.text.FieldText;

/**
 * One entry of the 查阅利用登记簿 as kept: the request, the entry's id and the time the items went out (出借/查阅时间).
 * A loan's return is a separate {@link AccessReturn} referring to it, so a kept entry never changes.
 *
 * @param id      the entry's id: 1–80 of {@code A-Z a-z 0-9 . _ : -}, starting with a letter or digit
 * @param request what was asked and approved, not null
 * @param timeOut when the items were handed to the requester, not null
 */
public record AccessRecord(String id, AccessRequest request, LocalDateTime timeOut) {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,79}");

    /**
     * Validates the id.
     *
     * @throws AccessException CD-8040 for a bad id
     */
    public AccessRecord {
        requireNonNull(id, "id");
        requireNonNull(request, "request");
        requireNonNull(timeOut, "timeOut");
        if (!ID.matcher(id).matches()) {
            throw AccessException.of("CD-8040", "id", FieldText.printable(id), "80");
        }
    }

    /** @return whether the entry is a loan (借出) */
    public boolean isLoan() {
        return request.kind() == AccessKind.LOAN;
    }

    /**
     * Whether a loan is past its due day on a day (whether it has been returned is the {@link AccessLedger}'s
     * business).
     *
     * @param day the day, not null
     * @return true for a loan whose due day is before {@code day}
     */
    public boolean isPastDue(LocalDate day) {
        requireNonNull(day, "day");
        LocalDate due = request.dueBack();
        return isLoan() && due != null && due.isBefore(day);
    }

    /**
     * The entry as a JSON document (the body of the custody record, kind {@code access}); {@link #fromJson} reads it
     * back to an equal value.
     *
     * @return the JSON text
     */
    public String toJson() {
        return AccessJson.write(this);
    }

    /**
     * Reads an entry written by {@link #toJson()}.
     *
     * @param json the document, not null
     * @return the entry
     * @throws AccessException CD-8055 when the document is not an access entry, or the codes of the fields
     */
    public static AccessRecord fromJson(String json) {
        requireNonNull(json, "json");
        try {
            return AccessJson.readRecord(json);
        } catch (AccessException e) {
            throw e;
        } catch (RuntimeException | java.io.IOException e) {
            throw new AccessException("CD-8055", AccessException.MESSAGES.text("CD-8055", "access",
                    FieldText.printable(String.valueOf(e.getMessage()))), e);
        }
    }
}
