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
 * @param content         its files, not null (still listed after destruction, as a trace of what existed)
 * @param disposal        the destruction decision and, once carried out, the destruction; null when none
 */
public record StoredItem(ArchivalCode code, CatalogueEntry entry, @Nullable String scheduleEntry,
                         RetentionPeriod period, @Nullable LocalDate expiry, List<RetentionHold> holds,
                         boolean townshipCustody, String transferId, List<StoredContent> content,
                         @Nullable Disposal disposal) {

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
     * An item with no destruction decision (the state every item is accepted in).
     *
     * @param code            the 档号, not null
     * @param entry           the 目录 entry as written, not null
     * @param scheduleEntry   the retention schedule entry id, or null
     * @param period          the 保管期限, not null
     * @param expiry          the last day of the period, or null
     * @param holds           the holds, not null
     * @param townshipCustody whether the township keeps it
     * @param transferId      the transfer that brought it, not null
     * @param content         its files, not null
     */
    public StoredItem(ArchivalCode code, CatalogueEntry entry, @Nullable String scheduleEntry,
                      RetentionPeriod period, @Nullable LocalDate expiry, List<RetentionHold> holds,
                      boolean townshipCustody, String transferId, List<StoredContent> content) {
        this(code, entry, scheduleEntry, period, expiry, holds, townshipCustody, transferId, content, null);
    }

    /**
     * The same item with other holds.
     *
     * @param newHolds the holds, not null
     * @return the item
     */
    public StoredItem withHolds(List<RetentionHold> newHolds) {
        return new StoredItem(code, entry, scheduleEntry, period, expiry, newHolds, townshipCustody, transferId,
                content, disposal);
    }

    /**
     * The same item with a new period after an appraisal decided to keep it (the caller has checked that the period
     * is not shorter); a pending destruction decision is withdrawn.
     *
     * @param newPeriod the period, not null
     * @param newExpiry the new last day, or null for 永久 or when waiting for an event
     * @return the item
     */
    public StoredItem withPeriod(RetentionPeriod newPeriod, @Nullable LocalDate newExpiry) {
        return new StoredItem(code, entry, scheduleEntry, requireNonNull(newPeriod, "newPeriod"), newExpiry, holds,
                townshipCustody, transferId, content, null);
    }

    /**
     * The same item with a destruction decision or a destruction.
     *
     * @param newDisposal the disposal, or null to withdraw a decision
     * @return the item
     */
    public StoredItem withDisposal(@Nullable Disposal newDisposal) {
        return new StoredItem(code, entry, scheduleEntry, period, expiry, holds, townshipCustody, transferId, content,
                newDisposal);
    }

    /**
     * The year the item was formed: the 档号's 年度, else the year of the 目录 entry's 日期.
     *
     * @return the year, empty when neither gives one
     */
    public java.util.OptionalInt year() {
        if (code.year().isPresent()) {
            return code.year();
        }
        return entry.parsedDate().map(d -> java.util.OptionalInt.of(d.getYear())).orElse(java.util.OptionalInt.empty());
    }

    /** @return whether the item's content has been destroyed (its record remains) */
    public boolean isDestroyed() {
        return disposal != null && disposal.isDestroyed();
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
        return new StoredItem(code, entry, scheduleEntry, period, expiry, h, townshipCustody, transferId, content,
                disposal);
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
        if (isDestroyed()) {
            return RetentionStatus.DESTROYED;
        }
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
