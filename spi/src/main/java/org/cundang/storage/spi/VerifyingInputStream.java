package org.cundang.storage.spi;

import static java.util.Objects.requireNonNull;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.cundang.digest.Digest;
import org.cundang.digest.MultiDigester;
import org.cundang.storage.ContentCorruptedException;

/**
 * A stream that digests the bytes as they pass and, at the end, throws {@link ContentCorruptedException} instead of
 * reporting end-of-stream when they do not match the expected digest: content is never returned as good when it is
 * not. {@code skip}, {@code mark} and {@code reset} are not supported (every byte must pass through the digest).
 */
public final class VerifyingInputStream extends FilterInputStream {

    private final Digest expected;
    private final MultiDigester digester;
    private boolean checked;

    /**
     * Wraps a stream.
     *
     * @param in       the stored bytes, not null
     * @param expected the digest they are stored under, not null
     */
    public VerifyingInputStream(InputStream in, Digest expected) {
        super(requireNonNull(in, "in"));
        this.expected = requireNonNull(expected, "expected");
        this.digester = MultiDigester.of(expected.algorithm());
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            finish();
        } else {
            digester.update(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = in.read(buf, off, len);
        if (n < 0) {
            finish();
        } else if (n > 0) {
            digester.update(buf, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buf = new byte[8192];
        long done = 0;
        while (done < n) {
            int r = read(buf, 0, (int) Math.min(buf.length, n - done));
            if (r < 0) {
                break;
            }
            done += r;
        }
        return done;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // not supported
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void finish() {
        if (checked) {
            return;
        }
        checked = true;
        Digest actual = digester.finish().get(expected.algorithm());
        if (!actual.equals(expected)) {
            throw new ContentCorruptedException(expected, actual);
        }
    }

    /**
     * Reads a stream whole and verifies it.
     *
     * @param in       the stored bytes, not null; closed
     * @param expected the expected digest, not null
     * @return the bytes
     * @throws IOException               when reading fails
     * @throws ContentCorruptedException when they do not match
     */
    public static byte[] readVerified(InputStream in, Digest expected) throws IOException {
        try (VerifyingInputStream v = new VerifyingInputStream(in, expected)) {
            return v.readAllBytes();
        }
    }
}
