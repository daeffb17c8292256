package org.cundang.custody.access;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the access rules need to know about one item: its 档号, its 题名, when it was formed, whether its schedule entry
 * is controlled (personal or sensitive information, 查阅须经批准) and whether its content has been destroyed.
 *
 * @param code       档号, not null
 * @param title      题名, not null
 * @param formed     the formation date (the 目录 日期, or the last day of the 档号's 年度 when the date is unknown), or
 *                   null when neither is known — such an item is never treated as open to the public
 * @param controlled whether access needs an approver
 * @param destroyed  whether the item's content has been destroyed (only its record remains)
 */
public record AccessItem(String code, String title, @Nullable LocalDate formed, boolean controlled,
                         boolean destroyed) {

    /** Checks the fields are present. */
    public AccessItem {
        requireNonNull(code, "code");
        requireNonNull(title, "title");
    }
}
