package org.cundang.storage;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.ArchivalCode;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionPeriod;
import org.cundang.retention.RetentionStatus;
import org.jspecify.annotations.Nullable;

/**
 * An item as the store holds it.
 *
 * @param code            the 档号, not null
 * @param entry           the 目录 entry as written, not null
 * @param scheduleEntry   the retention schedule entry id, or null
 * @param period          the 保管期限, not null
 * @param expiry          the last day of the period, or null (永久, or waiting for an event)
 * @param holds           the holds, not null
 * @param townshipCustody whether the township keeps it
 * @param transferId      the transfer that brought it, not null
 * @param content         its files, not null
 */
public record StoredItem(ArchivalCode code, CatalogueEntry entry, @Nullable String scheduleEntry,
                         RetentionPeriod period, @Nullable LocalDate expiry, List<RetentionHold> holds,
                         boolean townshipCustody, String transferId, List<StoredContent> content) {

    /** Validates and copies the fields. */
    public StoredItem {
        requireNonNull(code, "code");
        requireNonNull(entry, "entry");
        requireNonNull(period, "period");
        holds = List.copyOf(requireNonNull(holds, "holds"));
        requireNonNull(transferId, "transferId");
        content = List.copyOf(requireNonNull(content, "content"));
    }

    /**
     * The item as submitted, for stores.
     *
     * @param item       the submitted item, not null
     * @param transferId the transfer id, not null
     * @param content    the stored files, in the order submitted, not null
     * @return the stored item
     */
    public static StoredItem of(ItemSubmission item, String transferId, List<StoredContent> content) {
        requireNonNull(item, "item");
        return new StoredItem(item.code(), item.entry(), item.scheduleEntry().orElse(null), item.period(),
                item.expiry().orElse(null), item.holds(), item.townshipCustody(), transferId, content);
    }

    /**
     * The item with one more hold.
     *
     * @param hold the hold, not null
     * @return a new item
     */
    public StoredItem withHold(RetentionHold hold) {
        requireNonNull(hold, "hold");
        List<RetentionHold> h = new java.util.ArrayList<>(holds);
        h.add(hold);
        return new StoredItem(code, entry, scheduleEntry, period, expiry, h, townshipCustody, transferId, content);
    }

    /**
     * Where the item stands on a date, from its stored period, expiry and holds, with the same precedence as
     * {@code RetentionEvaluator}: 永久 first, then an active hold, then waiting for an event (no expiry), then
     * expired (the day after the expiry date or later, DOMAIN.md decision 3: due for appraisal, never destruction).
     *
     * @param asOf the date, not null
     * @return the status
     */
    public RetentionStatus status(LocalDate asOf) {
        requireNonNull(asOf, "asOf");
        if (period.isPermanent()) {
            return RetentionStatus.PERMANENT;
        }
        for (RetentionHold h : holds) {
            if (h.isActiveOn(asOf)) {
                return RetentionStatus.ON_HOLD;
            }
        }
        if (expiry == null) {
            return RetentionStatus.AWAITING_EVENT;
        }
        return asOf.isAfter(expiry) ? RetentionStatus.DUE_FOR_APPRAISAL : RetentionStatus.RETAINED;
    }
}
