package org.cundang.storage;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cundang.code.ArchivalCode;
import org.cundang.code.SequenceScope;
import org.cundang.digest.Digest;
import org.cundang.retention.RetentionHold;

/**
 * An archive store: the township's custody of accepted transfers. Open one with {@link ArchiveStores}; close it when
 * done. No method throws a checked exception; failures are {@link StorageException}s with a CD code.
 *
 * <h2>Guarantees (checked by the conformance kit)</h2>
 * <ul>
 *   <li>{@link #accept} is atomic: every item, every file and the audit event become visible together, or nothing
 *       does. Accepting the same transfer id again with the same 档号 is a no-op that returns the first receipt
 *       marked {@linkplain TransferReceipt#alreadyAccepted() already accepted}; with other 档号 it is refused
 *       (CD-5023). A 档号 already stored by another transfer is refused (CD-5022).</li>
 *   <li>{@link #allocate} never hands out a number twice, under concurrent threads and processes.</li>
 *   <li>Content is verified on read: {@link #readContent} and the stream of {@link #openContent} throw
 *       {@link ContentCorruptedException} (CD-5012) instead of returning bytes that no longer match.</li>
 *   <li>The audit trail is append-only and chained; {@link #verify()} reports every edited, removed or reordered
 *       event and every missing or altered blob or item.</li>
 * </ul>
 *
 * <h2>Specification for implementors</h2>
 * Thread-safe. Values returned are immutable. A read-only store refuses writes with CD-5030; a closed store refuses
 * everything with CD-5031. Pass {@code org.cundang.storage.tck.ArchiveStoreCompatibilityKit} (spi test-jar).
 */
public interface ArchiveStore extends AutoCloseable {

    /**
     * Accepts a validated transfer (移交接收), atomically.
     *
     * @param transfer the transfer, not null
     * @return the receipt
     * @throws StorageException CD-5022 (档号 already stored), CD-5023 (transfer id reused for other items), CD-5013
     *                          (a content source failed), CD-5014 (a declared digest does not match), CD-5030
     */
    TransferReceipt accept(TransferSubmission transfer);

    /**
     * An accepted transfer.
     *
     * @param transferId the id, not null
     * @return its receipt, or empty if not accepted
     */
    Optional<TransferReceipt> transfer(String transferId);

    /**
     * An item by its 档号 text (canonical form, as {@link ArchivalCode#toString()}).
     *
     * @param code the 档号, not null
     * @return the item, or empty
     */
    Optional<StoredItem> item(String code);

    /**
     * An item by its 档号, or an error naming it.
     *
     * @param code the 档号, not null
     * @return the item
     * @throws StorageException CD-5010 when no item has that 档号
     */
    default StoredItem require(String code) {
        return item(code).orElseThrow(() -> StorageException.of("CD-5010", StorageException.printable(code)));
    }

    /**
     * Items matching a query, in 档号 order, one page.
     *
     * @param query the query, not null
     * @return the page, possibly empty
     */
    List<StoredItem> query(ItemQuery query);

    /**
     * The next 件号 in a scope: one more than the largest stored or handed out there (DA/T 22-2015 5.4.3 e, V).
     * Never the same number twice, even across processes; a number handed out and not used leaves a gap.
     *
     * @param scope the scope, not null
     * @return the code with the new 件号
     * @throws org.cundang.code.CodeException CD-1030 when the scope is full
     * @throws StorageException               CD-5030 when read-only
     */
    ArchivalCode allocate(SequenceScope scope);

    /**
     * Places a hold on a stored item (recorded in the audit trail).
     *
     * @param code  the 档号, not null
     * @param hold  the hold, not null
     * @param actor who places it, not null, not blank
     * @return the item with the hold
     * @throws StorageException CD-5010 for an unknown 档号, CD-5081 for a destroyed item, CD-5030 when read-only
     */
    StoredItem addHold(String code, RetentionHold hold, String actor);

    /**
     * Keeps a custody record (鉴定意见书, 销毁清册 with its certificate, a hold, a 查阅利用 entry, a 交接清单 …) and applies
     * its actions, all in one step: after a crash or a failure either the record and every change are there, or
     * none. The store checks the actions with {@link org.cundang.storage.spi.CustodyRules} against its own records
     * (never shorten a period; approve or destroy only what is due and not held; destroy only under a 销毁清册 that
     * passes {@link org.cundang.custody.DestructionChecker}). Destroying removes the item's content (a blob still
     * used by an item that is not destroyed is kept) and keeps the item's record with its {@link Disposal}. The record
     * is covered by the audit chain (one event, action {@code custody.<kind>}).
     *
     * <p>Keeping a submission that is already kept (same id and fields) returns the kept record and changes nothing.
     *
     * @param submission the record and its actions, not null
     * @return the kept record
     * @throws StorageException CD-5082 (the id is kept with other content), the codes of
     *                          {@link org.cundang.storage.spi.CustodyRules}, CD-5030 (read-only), CD-5031 (closed)
     */
    CustodyRecord keep(CustodySubmission submission);

    /**
     * A custody record by id.
     *
     * @param id the id, not null
     * @return the record, or empty
     */
    Optional<CustodyRecord> custodyRecord(String id);

    /**
     * Custody records, oldest first.
     *
     * @param query which records, not null
     * @return at most {@code query.limit()} records
     */
    List<CustodyRecord> custodyRecords(RecordQuery query);

    /**
     * Every hold placed on a scope (active or ended), oldest first.
     *
     * @return the scope holds
     */
    List<ScopeHold> scopeHolds();

    /**
     * Opens stored content. The stream verifies the bytes as they are read: at the end it throws
     * {@link ContentCorruptedException} instead of reporting end-of-stream when they do not match.
     *
     * @param digest the address (the first digest of {@link StoredContent}), not null
     * @return the stream; the caller closes it
     * @throws StorageException CD-5011 when no content has that digest
     */
    InputStream openContent(Digest digest);

    /**
     * Reads stored content whole, verified.
     *
     * @param digest the address, not null
     * @return the bytes
     * @throws ContentCorruptedException CD-5012 when the bytes no longer match
     * @throws StorageException          CD-5011 when no content has that digest
     */
    byte[] readContent(Digest digest);

    /**
     * Appends an event to the audit trail (for example a consultation, 查阅利用).
     *
     * @param actor   who, not null, not blank, at most 200 characters
     * @param action  what, not null, not blank, at most 200 characters
     * @param subject on what, not null, at most 1,000 characters
     * @param details further facts, not null (values up to 10,000 characters)
     * @return the event as recorded
     * @throws StorageException CD-5054 for a bad field, CD-5055 for an action the store writes itself
     *                          ({@code transfer.accept}, {@code item.hold}, {@code custody.*}), CD-5030 when read-only
     */
    AuditEvent record(String actor, String action, String subject, Map<String, String> details);

    /**
     * Audit events in order, from a sequence number.
     *
     * @param fromSequence the first sequence number wanted (1 for the start)
     * @param limit        the most events, 1 to 10,000
     * @return the events
     */
    List<AuditEvent> auditTrail(long fromSequence, int limit);

    /**
     * The fixity audit and the audit-chain verification: every item, every blob, every event.
     *
     * @return the report, with every problem found
     */
    VerificationReport verify();

    /** Releases the store (locks, files, connections). Idempotent. */
    @Override
    void close();
}
