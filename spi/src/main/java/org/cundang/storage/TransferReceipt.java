package org.cundang.storage;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * What a store answers when it accepts a transfer (移交接收).
 *
 * @param transferId      the transfer id, not null
 * @param batch           the batch, not null
 * @param fonds           the 全宗号, not null
 * @param items           how many items it brought
 * @param bytes           how many content bytes it brought
 * @param auditSequence   the sequence number of the audit event that recorded the acceptance
 * @param acceptedAt      when it was accepted (the store's clock), not null
 * @param alreadyAccepted true when this call found the transfer already accepted and changed nothing
 */
public record TransferReceipt(String transferId, String batch, String fonds, int items, long bytes,
                              long auditSequence, Instant acceptedAt, boolean alreadyAccepted) {

    /** Validates the fields. */
    public TransferReceipt {
        requireNonNull(transferId, "transferId");
        requireNonNull(batch, "batch");
        requireNonNull(fonds, "fonds");
        requireNonNull(acceptedAt, "acceptedAt");
    }

    /** The same receipt marked as found already accepted. */
    public TransferReceipt asRepeat() {
        return new TransferReceipt(transferId, batch, fonds, items, bytes, auditSequence, acceptedAt, true);
    }
}
