package org.cundang.digest;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.cundang.internal.bagit.TransferMessages;

/**
 * A digest algorithm Cundang computes, with its permanent id (DOMAIN.md decision 8: every stored digest carries its
 * algorithm id). The id is also the BagIt manifest name ({@code manifest-sm3.txt}, {@code manifest-sha256.txt},
 * RFC 8493 §2.1.3 and §2.4).
 */
public enum DigestAlgorithm {

    /** SHA-256 (FIPS 180-4), computed by the JDK. Common in archive systems (DOMAIN.md §4.4, S). */
    SHA256("sha256", 32),

    /**
     * SM3 (GB/T 32905-2016), normatively cited by DA/T 97-2023 (DOMAIN.md §4.4, V). Computed by BouncyCastle's
     * lightweight {@code SM3Digest}; no JCA provider is registered.
     */
    SM3("sm3", 32);

    private final String id;
    private final int length;

    DigestAlgorithm(String id, int length) {
        this.id = id;
        this.length = length;
    }

    /** The permanent lowercase id, e.g. {@code "sm3"}. */
    public String id() {
        return id;
    }

    /** The digest length in bytes. */
    public int lengthBytes() {
        return length;
    }

    /**
     * The algorithm with the given id, ignoring case and surrounding spaces ({@code "SHA-256"} is accepted for
     * {@code sha256}).
     *
     * @param id the id, not null
     * @return the algorithm
     * @throws DigestException CD-4001 when the id names no supported algorithm
     */
    public static DigestAlgorithm fromId(String id) {
        requireNonNull(id, "id");
        String norm = id.strip().toLowerCase(Locale.ROOT).replace("-", "");
        for (DigestAlgorithm a : values()) {
            if (a.id.equals(norm)) {
                return a;
            }
        }
        throw new DigestException("CD-4001", TransferMessages.text("CD-4001", printable(id)), id, 0, null);
    }

    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return s.length() > 80 ? b + "…" : b.toString();
    }
}
