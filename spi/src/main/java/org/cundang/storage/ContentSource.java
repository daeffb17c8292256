package org.cundang.storage;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Where a store reads a scan's bytes from when it accepts a transfer: opened once, read to the end and closed by the
 * store. An {@link IOException} thrown while opening or reading makes the whole transfer fail and leaves nothing
 * behind (CD-5013).
 */
@FunctionalInterface
public interface ContentSource {

    /**
     * Opens the bytes.
     *
     * @return a new stream, not null
     * @throws IOException when the bytes cannot be read; the store wraps it in CD-5013
     */
    InputStream open() throws IOException;

    /**
     * Bytes in memory.
     *
     * @param bytes the bytes, not null; copied
     * @return the source
     */
    static ContentSource ofBytes(byte[] bytes) {
        byte[] copy = requireNonNull(bytes, "bytes").clone();
        return () -> new ByteArrayInputStream(copy);
    }
}
