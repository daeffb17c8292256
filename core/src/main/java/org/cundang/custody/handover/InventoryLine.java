package org.cundang.custody.handover;

import static java.util.Objects.requireNonNull;
import java.util.List;
import org.cundang.internal.text.FieldText;
import org.jspecify.annotations.Nullable;

/**
 * One line of the 交接清单: an item the outgoing custodian holds.
 *
 * @param code   档号, not blank
 * @param title  题名, not null
 * @param year   年度 (from the 档号), or null when the 档号 has none
 * @param period 保管期限 as printed (e.g. {@code Y}, {@code D30}), not null
 * @param pages  页数, ≥ 0
 * @param files  the names of its content files, not null
 */
public record InventoryLine(String code, String title, @Nullable Integer year, String period, int pages,
                            List<String> files) {

    /**
     * Validates the fields.
     *
     * @throws HandoverException CD-8056 for a blank 档号 or a negative page count
     */
    public InventoryLine {
        requireNonNull(code, "code");
        requireNonNull(title, "title");
        requireNonNull(period, "period");
        files = List.copyOf(requireNonNull(files, "files"));
        if (code.isBlank() || code.length() > FieldText.SHORT || !FieldText.clean(code)) {
            throw HandoverException.of("CD-8056", "code", FieldText.printable(code), String.valueOf(FieldText.SHORT));
        }
        if (pages < 0) {
            throw HandoverException.of("CD-8056", "pages", String.valueOf(pages), "100000");
        }
    }
}
