package org.cundang.storage;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.cundang.digest.Digest;

/**
 * A stored file of an item: its name in the transfer, its size and its digests, each with its algorithm id
 * (DOMAIN.md decision 8). The first digest is the one the store addresses the bytes by.
 *
 * @param name    the file name as in the transfer, not null
 * @param size    the size in bytes
 * @param digests the digests, not null, at least one; the first is the address
 */
public record StoredContent(String name, long size, List<Digest> digests) {

    /** Validates and copies the fields. */
    public StoredContent {
        requireNonNull(name, "name");
        digests = List.copyOf(requireNonNull(digests, "digests"));
        if (digests.isEmpty() || size < 0) {
            throw new IllegalArgumentException("a stored file needs a digest and a size >= 0");
        }
    }

    /** The digest the store addresses the bytes by. */
    public Digest address() {
        return digests.get(0);
    }
}
