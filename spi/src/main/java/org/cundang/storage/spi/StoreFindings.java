package org.cundang.storage.spi;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.cundang.Finding;
import org.cundang.Severity;
import org.cundang.digest.Digest;
import org.cundang.storage.StorageException;

/** The fixity findings every store reports the same way, in Chinese and English. */
public final class StoreFindings {

    private StoreFindings() {
    }

    /**
     * A blob an item refers to is missing (CD-5040).
     *
     * @param digest the blob's address, not null
     * @param code   the 档号 of an item that refers to it, not null
     * @return the finding
     */
    public static Finding missingBlob(Digest digest, String code) {
        return new Finding("CD-5040", Severity.ERROR, requireNonNull(code, "code"),
                AuditChain.MESSAGES.text("CD-5040", requireNonNull(digest, "digest").toString(), code),
                Map.of("digest", digest.toString()));
    }

    /**
     * A blob no longer matches its digest (CD-5041).
     *
     * @param digest the blob's address, not null
     * @param actual the digest of its bytes now, not null
     * @param code   the 档号 of an item that refers to it, not null
     * @return the finding
     */
    public static Finding alteredBlob(Digest digest, Digest actual, String code) {
        return new Finding("CD-5041", Severity.ERROR, requireNonNull(code, "code"),
                AuditChain.MESSAGES.text("CD-5041", digest.toString(), actual.toString(), code),
                Map.of("digest", digest.toString(), "actual", actual.toString()));
    }

    /**
     * An item record is unreadable, missing or altered (CD-5042).
     *
     * @param where  the 档号 or record location, not null
     * @param reason what is wrong, not null
     * @return the finding
     */
    public static Finding badItem(String where, String reason) {
        return Finding.of("CD-5042", Severity.ERROR, requireNonNull(where, "where"),
                AuditChain.MESSAGES.text("CD-5042", StorageException.printable(where),
                        StorageException.printable(requireNonNull(reason, "reason"))));
    }

    /**
     * A custody record is missing, unreadable or does not match the digest its audit event committed (CD-5087).
     *
     * @param id     the record's id, not null
     * @param reason what is wrong (for example the digest now), not null
     * @return the finding
     */
    public static Finding badRecord(String id, String reason) {
        return Finding.of("CD-5087", Severity.ERROR, requireNonNull(id, "id"),
                AuditChain.MESSAGES.text("CD-5087", StorageException.printable(id),
                        StorageException.printable(requireNonNull(reason, "reason"))));
    }

    /**
     * A destroyed item whose destruction record is not in the store (CD-5088): something disappeared without trace.
     *
     * @param code     the item's 档号, not null
     * @param recordId the destruction record's id it names, not null
     * @return the finding
     */
    public static Finding destroyedWithoutRecord(String code, String recordId) {
        return Finding.of("CD-5088", Severity.ERROR, requireNonNull(code, "code"),
                AuditChain.MESSAGES.text("CD-5088", code, StorageException.printable(requireNonNull(recordId,
                        "recordId"))));
    }
}
