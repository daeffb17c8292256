package org.cundang.storage;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.cundang.digest.Digest;

/**
 * One file of an item (a scan, a PDF) in a transfer: its name in the package and where to read it.
 *
 * @param name     the file name as in the package, e.g. {@code Z109-WS·2011-Y-BGS-0001.pdf}; not null, 1 to 255
 *                 characters, no control characters. Stored as data, never used as a path.
 * @param source   where the bytes are read, not null
 * @param expected digests declared by the package (the BagIt manifest), checked while storing (CD-5014); not null,
 *                 may be empty
 */
public record ContentSubmission(String name, ContentSource source, List<Digest> expected) {

    /** Validates and copies the fields. */
    public ContentSubmission {
        requireNonNull(name, "name");
        requireNonNull(source, "source");
        Limits.check("content.name", name, 255, false);
        if (name.isEmpty()) {
            throw StorageException.of("CD-5024", "content.name", "", "255");
        }
        expected = List.copyOf(requireNonNull(expected, "expected"));
    }

    /**
     * A file without declared digests.
     *
     * @param name   the file name, not null
     * @param source the bytes, not null
     * @return the submission
     */
    public static ContentSubmission of(String name, ContentSource source) {
        return new ContentSubmission(name, source, List.of());
    }
}
