package org.cundang.digest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.cundang.internal.bagit.TransferMessages;
import org.jspecify.annotations.Nullable;

/**
 * Computes several digests over one stream of bytes, so that each file is read once whatever the number of
 * algorithms (issue 3: "one read of each file computes all digests").
 *
 * <p>Not thread-safe: use one instance per thread. After {@link #finish()} the instance is reset and can be
 * reused for the next file, so a worker keeps one digester for its whole life.
 */
public final class MultiDigester {

    private final DigestAlgorithm[] algorithms;
    private final @Nullable MessageDigest sha256;
    private final @Nullable SM3Digest sm3;

    private MultiDigester(Set<DigestAlgorithm> algorithms) {
        this.algorithms = algorithms.toArray(new DigestAlgorithm[0]);
        try {
            this.sha256 = algorithms.contains(DigestAlgorithm.SHA256) ? MessageDigest.getInstance("SHA-256") : null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK must provide SHA-256", e);
        }
        this.sm3 = algorithms.contains(DigestAlgorithm.SM3) ? new SM3Digest() : null;
    }

    /**
     * A digester for the given algorithms.
     *
     * @param algorithms at least one algorithm, not null
     * @return a new digester
     * @throws IllegalArgumentException when the set is empty
     */
    public static MultiDigester of(Set<DigestAlgorithm> algorithms) {
        requireNonNull(algorithms, "algorithms");
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("at least one digest algorithm is needed");
        }
        return new MultiDigester(EnumSet.copyOf(algorithms));
    }

    /**
     * A digester for the given algorithms.
     *
     * @param first the first algorithm, not null
     * @param more  further algorithms, not null
     * @return a new digester
     */
    public static MultiDigester of(DigestAlgorithm first, DigestAlgorithm... more) {
        return of(EnumSet.of(requireNonNull(first, "first"), more));
    }

    /** The algorithms this digester computes. */
    public Set<DigestAlgorithm> algorithms() {
        return Collections.unmodifiableSet(EnumSet.of(algorithms[0], algorithms));
    }

    /**
     * Feeds bytes.
     *
     * @param bytes  the buffer, not null
     * @param offset the first byte
     * @param length how many bytes
     */
    public void update(byte[] bytes, int offset, int length) {
        if (sha256 != null) {
            sha256.update(bytes, offset, length);
        }
        if (sm3 != null) {
            sm3.update(bytes, offset, length);
        }
    }

    /**
     * Feeds the remaining bytes of a heap buffer (its position moves to its limit).
     *
     * @param buffer a buffer with an accessible array, not null
     */
    public void update(ByteBuffer buffer) {
        if (buffer.hasArray()) {
            update(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
            buffer.position(buffer.limit());
        } else {
            byte[] tmp = new byte[buffer.remaining()];
            buffer.get(tmp);
            update(tmp, 0, tmp.length);
        }
    }

    /**
     * Returns the digests of everything fed since the last finish, and resets.
     *
     * @return one digest per algorithm, in algorithm order
     */
    public Map<DigestAlgorithm, Digest> finish() {
        Map<DigestAlgorithm, Digest> out = new EnumMap<>(DigestAlgorithm.class);
        if (sha256 != null) {
            out.put(DigestAlgorithm.SHA256, Digest.of(DigestAlgorithm.SHA256, sha256.digest()));
        }
        if (sm3 != null) {
            byte[] d = new byte[sm3.getDigestSize()];
            sm3.doFinal(d, 0);
            out.put(DigestAlgorithm.SM3, Digest.of(DigestAlgorithm.SM3, d));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Forgets everything fed since the last finish. */
    public void reset() {
        if (sha256 != null) {
            sha256.reset();
        }
        if (sm3 != null) {
            sm3.reset();
        }
    }

    /**
     * Reads a stream to its end and returns its digests. The stream is not closed.
     *
     * @param in the stream, not null
     * @return one digest per algorithm
     * @throws DigestException CD-4004 when the stream cannot be read
     */
    public Map<DigestAlgorithm, Digest> digest(InputStream in) {
        requireNonNull(in, "in");
        reset();
        byte[] buf = new byte[64 * 1024];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                update(buf, 0, n);
            }
        } catch (IOException e) {
            reset();
            throw new DigestException("CD-4004", TransferMessages.text("CD-4004", String.valueOf(e.getMessage())), "",
                    -1, e);
        }
        return finish();
    }

    /**
     * The digests of a byte array.
     *
     * @param bytes the bytes, not null
     * @return one digest per algorithm
     */
    public Map<DigestAlgorithm, Digest> digest(byte[] bytes) {
        requireNonNull(bytes, "bytes");
        reset();
        update(bytes, 0, bytes.length);
        return finish();
    }
}
