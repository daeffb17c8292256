package org.cundang.storage;

import static java.util.Objects.requireNonNull;

import org.cundang.digest.Digest;

/**
 * Stored content whose bytes no longer match their digest (CD-5012): reported on read instead of returning the bytes
 * as good.
 */
public final class ContentCorruptedException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final String expected;
    private final String actual;

    /**
     * Creates the exception.
     *
     * @param expected the digest the content is stored under, not null
     * @param actual   the digest of the bytes read, not null
     */
    public ContentCorruptedException(Digest expected, Digest actual) {
        super("CD-5012", MESSAGES.text("CD-5012", requireNonNull(expected, "expected").toString(),
                requireNonNull(actual, "actual").toString()), null);
        this.expected = expected.toString();
        this.actual = actual.toString();
    }

    /** The digest the content is stored under, e.g. {@code sha256:…}. */
    public Digest expected() {
        return Digest.parse(expected);
    }

    /** The digest of the bytes actually read. */
    public Digest actual() {
        return Digest.parse(actual);
    }
}
