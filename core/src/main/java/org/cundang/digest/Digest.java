package org.cundang.digest;

import static java.util.Objects.requireNonNull;

import java.util.HexFormat;
import org.cundang.internal.bagit.TransferMessages;

/**
 * A digest value with its algorithm: {@code sm3:66c7f0f4…}. Immutable; the hex text is lowercase.
 * {@link #toString()} round-trips through {@link #parse(CharSequence)}.
 *
 * @param algorithm the algorithm, not null
 * @param hex       the digest as lowercase hexadecimal of exactly {@code 2 × algorithm.lengthBytes()} characters
 */
public record Digest(DigestAlgorithm algorithm, String hex) {

    /**
     * Validates the value and lowercases the hex text.
     *
     * @throws DigestException CD-4002 when the hex text has the wrong length or a non-hex character
     */
    public Digest {
        requireNonNull(algorithm, "algorithm");
        requireNonNull(hex, "hex");
        int expected = algorithm.lengthBytes() * 2;
        for (int i = 0; i < hex.length(); i++) {
            if (Character.digit(hex.charAt(i), 16) < 0 || hex.charAt(i) > 'f') {
                throw bad(algorithm, hex, i);
            }
        }
        if (hex.length() != expected) {
            throw bad(algorithm, hex, Math.min(hex.length(), expected));
        }
        hex = hex.toLowerCase(java.util.Locale.ROOT);
    }

    private static DigestException bad(DigestAlgorithm a, String hex, int index) {
        return new DigestException("CD-4002", TransferMessages.text("CD-4002", DigestAlgorithm.printable(hex),
                a.id(), String.valueOf(a.lengthBytes() * 2)), hex, index, null);
    }

    /**
     * A digest from its hex text.
     *
     * @param algorithm the algorithm, not null
     * @param hex       the hex text (either case), not null
     * @return the digest
     * @throws DigestException CD-4002 when the hex text is malformed
     */
    public static Digest of(DigestAlgorithm algorithm, String hex) {
        return new Digest(algorithm, hex);
    }

    /**
     * A digest from its bytes.
     *
     * @param algorithm the algorithm, not null
     * @param bytes     the digest bytes, not null
     * @return the digest
     * @throws DigestException CD-4002 when the length is wrong
     */
    public static Digest of(DigestAlgorithm algorithm, byte[] bytes) {
        requireNonNull(bytes, "bytes");
        return new Digest(algorithm, HexFormat.of().formatHex(bytes));
    }

    /**
     * Parses {@code "<algorithm id>:<hex>"}, e.g. {@code "sm3:66c7…"}.
     *
     * @param text the text, not null
     * @return the digest
     * @throws DigestException CD-4003 when there is no colon, CD-4001 for an unknown algorithm, CD-4002 for bad hex
     */
    public static Digest parse(CharSequence text) {
        requireNonNull(text, "text");
        String s = text.toString();
        int colon = s.indexOf(':');
        if (colon <= 0) {
            throw new DigestException("CD-4003", TransferMessages.text("CD-4003", DigestAlgorithm.printable(s)), s,
                    Math.max(colon, 0), null);
        }
        DigestAlgorithm a;
        try {
            a = DigestAlgorithm.fromId(s.substring(0, colon));
        } catch (DigestException e) {
            throw new DigestException("CD-4001", e.text(), s, 0, null);
        }
        try {
            return new Digest(a, s.substring(colon + 1));
        } catch (DigestException e) {
            throw new DigestException("CD-4002", e.text(), s, colon + 1 + Math.max(e.errorIndex(), 0), null);
        }
    }

    /** The digest bytes (a fresh copy). */
    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    /** {@code "<algorithm id>:<hex>"}. */
    @Override
    public String toString() {
        return algorithm.id() + ":" + hex;
    }
}
