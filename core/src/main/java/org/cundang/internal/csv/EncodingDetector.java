package org.cundang.internal.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Tells UTF-8 (with or without BOM) from GB18030 (what Excel writes on a Chinese Windows) by strict decoding of a
 * sample: a UTF-8 BOM decides at once; otherwise the sample must decode as UTF-8 without error, else as GB18030.
 * A truncated multi-byte sequence at the very end of the sample is not an error. When neither decodes cleanly,
 * the encoding that decodes further before its first error is chosen and the result is marked uncertain.
 */
public final class EncodingDetector {

    /** GB18030. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private EncodingDetector() {
    }

    /**
     * The result.
     *
     * @param charset the charset to read with
     * @param bom     whether a UTF-8 BOM starts the data (to skip)
     * @param certain false when neither encoding decodes the sample cleanly (the charset is then the better guess)
     */
    public record Detected(Charset charset, boolean bom, boolean certain) {
    }

    /**
     * Detects the encoding of a sample (the first bytes of the file; 1 MiB is plenty).
     *
     * @param sample the sample
     * @param whole  whether the sample is the whole file
     * @return the detected encoding
     */
    public static Detected detect(byte[] sample, boolean whole) {
        if (sample.length >= 3 && (sample[0] & 0xff) == 0xEF && (sample[1] & 0xff) == 0xBB
                && (sample[2] & 0xff) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, true, errorAt(sample, 3, StandardCharsets.UTF_8, whole) < 0);
        }
        int utf8 = errorAt(sample, 0, StandardCharsets.UTF_8, whole);
        if (utf8 < 0) {
            return new Detected(StandardCharsets.UTF_8, false, true);
        }
        int gb = errorAt(sample, 0, GB18030, whole);
        if (gb < 0) {
            return new Detected(GB18030, false, true);
        }
        // Neither decodes cleanly: the one that goes further before its first error is the better guess, so a
        // UTF-8 file with one broken byte is reported as broken UTF-8 at the right line.
        return new Detected(utf8 >= gb ? StandardCharsets.UTF_8 : GB18030, false, false);
    }

    /** The byte offset of the first decoding error, or -1. */
    static int errorAt(byte[] b, int from, Charset cs, boolean whole) {
        ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
        CharBuffer out = CharBuffer.allocate(8192);
        var dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        while (true) {
            CoderResult r = dec.decode(in, out, whole);
            if (r.isError()) {
                return in.position();
            }
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            return whole && in.hasRemaining() ? in.position() : -1;
        }
    }

    /**
     * The charset with this name, or null.
     *
     * @param name the name
     * @return the charset
     */
    static @Nullable Charset named(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
