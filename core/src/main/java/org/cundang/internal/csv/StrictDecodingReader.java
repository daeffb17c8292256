package org.cundang.internal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader that decodes strictly and, instead of failing or silently replacing, records every malformed or
 * unmappable byte sequence with its 1-based line number, emits U+FFFD for it and goes on. Streaming: memory is two
 * fixed buffers.
 */
final class StrictDecodingReader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private final List<Integer> badLines = new ArrayList<>();
    private int badCount;
    private int line = 1;
    private boolean eof;
    private boolean flushed;

    StrictDecodingReader(InputStream in, Charset cs) {
        this.in = in;
        this.decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    /** Lines (1-based) holding malformed input, at most the first 1000. */
    List<Integer> badLines() {
        return badLines;
    }

    /** How many malformed sequences were met. */
    int badCount() {
        return badCount;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, chars.remaining());
        chars.get(cbuf, off, n);
        return n;
    }

    private void fill() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (!eof && bytes.remaining() < 16) {
                    bytes.compact();
                    int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (r < 0) {
                        eof = true;
                    } else {
                        bytes.position(bytes.position() + r);
                    }
                    bytes.flip();
                }
                int before = chars.position();
                CoderResult res = decoder.decode(bytes, chars, eof);
                countLines(before);
                if (res.isError()) {
                    bad();
                    bytes.position(bytes.position() + res.length());
                    chars.put('\uFFFD');
                } else if (res.isUnderflow() && eof) {
                    if (bytes.hasRemaining()) {
                        bad();
                        bytes.position(bytes.limit());
                        chars.put('\uFFFD');
                    }
                    decoder.flush(chars);
                    flushed = true;
                    break;
                } else if (res.isUnderflow() && chars.position() == 0 && !eof) {
                    bytes.compact();
                    int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (r < 0) {
                        eof = true;
                    } else {
                        bytes.position(bytes.position() + r);
                    }
                    bytes.flip();
                }
            }
        } finally {
            chars.flip();
        }
    }

    private void countLines(int from) {
        for (int i = from; i < chars.position(); i++) {
            if (chars.get(i) == '\n') {
                line++;
            }
        }
    }

    private void bad() {
        badCount++;
        if (badLines.size() < 1000 && (badLines.isEmpty() || badLines.get(badLines.size() - 1) != line)) {
            badLines.add(line);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
