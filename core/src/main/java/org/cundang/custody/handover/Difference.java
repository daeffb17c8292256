package org.cundang.custody.handover;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One difference between the 交接清单 and what was found.
 *
 * @param code  档号, not null
 * @param kind  what differs, not null
 * @param title 题名 when the item is listed, else null
 * @param note  the note the incoming custodian wrote, or null
 */
public record Difference(String code, DifferenceKind kind, @Nullable String title, @Nullable String note) {

    /** Checks the fields are present. */
    public Difference {
        requireNonNull(code, "code");
        requireNonNull(kind, "kind");
    }
}
