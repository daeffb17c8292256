package org.cundang.storage;

import org.jspecify.annotations.Nullable;

/**
 * Which custody records to list, oldest first (in the order the store kept them).
 *
 * @param kind    only this kind, or null for all
 * @param subject only records naming this 档号 or scope among their subjects, or null for all
 * @param offset  how many matching records to skip, ≥ 0
 * @param limit   the most to return, 1..{@value ItemQuery#MAX_LIMIT}
 */
public record RecordQuery(@Nullable String kind, @Nullable String subject, long offset, int limit) {

    /**
     * Validates the paging.
     *
     * @throws StorageException CD-5060 for a negative offset or a limit out of range
     */
    public RecordQuery {
        if (offset < 0 || limit < 1 || limit > ItemQuery.MAX_LIMIT) {
            throw StorageException.of("CD-5060", "offset " + offset + ", limit " + limit);
        }
    }

    /**
     * The first records of a kind.
     *
     * @param kind the kind, or null for all
     * @return the query (limit {@value ItemQuery#DEFAULT_LIMIT})
     */
    public static RecordQuery ofKind(@Nullable String kind) {
        return new RecordQuery(kind, null, 0, ItemQuery.DEFAULT_LIMIT);
    }

    /**
     * The next page.
     *
     * @return the query for the records after these
     */
    public RecordQuery next() {
        return new RecordQuery(kind, subject, offset + limit, limit);
    }

    /**
     * Whether a record matches.
     *
     * @param r the record, not null
     * @return true when kind and subject match
     */
    public boolean matches(CustodyRecord r) {
        return (kind == null || kind.equals(r.kind())) && (subject == null || r.subjects().contains(subject));
    }
}
