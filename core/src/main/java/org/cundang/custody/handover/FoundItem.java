package org.cundang.custody.handover;

import static java.util.Objects.requireNonNull;
import org.cundang.internal.text.FieldText;
import org.jspecify.annotations.Nullable;

/**
 * What the incoming custodian found on the shelf: a 档号 and, optionally, a note on its state (e.g. 水渍, 缺第3页).
 *
 * @param code 档号 as read on the item, not blank, at most 200 characters, no control characters
 * @param note the state noted, or null (blank becomes null)
 */
public record FoundItem(String code, @Nullable String note) {

    /**
     * Validates the fields.
     *
     * @throws HandoverException CD-8056 for a bad 档号 or note
     */
    public FoundItem {
        requireNonNull(code, "code");
        code = HandoverException.FIELDS.required(code, "code", FieldText.SHORT);
        note = HandoverException.FIELDS.optional(note, "note", FieldText.LONG);
    }
}
