package org.cundang.internal.format;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * Random access to a file through positional reads with a one-block cache; the file is never loaded whole.
 * Not thread-safe.
 */
final class FileSource implements Closeable {

    private static final int BLOCK = 64 * 1024;

    private final @Nullable FileChannel ch;
    private final long size;
    private final byte[] block;
    private long blockStart = -1;
    private int blockLen;

    FileSource(Path file) throws IOException {
        this.ch = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        this.size = ch.size();
        this.block = new byte[BLOCK];
    }

    /** A source over a whole file already in memory (the fixity read's buffer): no second open, no copy. */
    FileSource(byte[] data, int length) {
        this.ch = null;
        this.size = length;
        this.block = data;
        this.blockStart = 0;
        this.blockLen = length;
    }

    long size() {
        return size;
    }

    int u8(long pos) throws IOException {
        if (pos < 0 || pos >= size) {
            throw new EOFException("offset " + pos + " beyond end " + size);
        }
        if (ch != null && (blockStart < 0 || pos < blockStart || pos >= blockStart + blockLen)) {
            blockStart = pos;
            ByteBuffer b = ByteBuffer.wrap(block);
            blockLen = 0;
            while (b.hasRemaining()) {
                int r = ch.read(b, blockStart + b.position());
                if (r < 0) {
                    break;
                }
            }
            blockLen = b.position();
            if (blockLen == 0) {
                throw new EOFException("offset " + pos);
            }
        }
        return block[(int) (pos - blockStart)] & 0xff;
    }

    int u16(long pos, boolean little) throws IOException {
        int a = u8(pos);
        int b = u8(pos + 1);
        return little ? (b << 8) | a : (a << 8) | b;
    }

    long u32(long pos, boolean little) throws IOException {
        long a = u16(pos, little);
        long b = u16(pos + 2, little);
        return little ? (b << 16) | a : (a << 16) | b;
    }

    byte[] bytes(long pos, int len) throws IOException {
        byte[] out = new byte[len];
        for (int i = 0; i < len; i++) {
            out[i] = (byte) u8(pos + i);
        }
        return out;
    }

    /** Reads up to len bytes at pos (fewer at end of file). */
    byte[] head(long pos, int len) throws IOException {
        int n = (int) Math.max(0, Math.min(len, size - pos));
        return bytes(pos, n);
    }

    @Override
    public void close() throws IOException {
        if (ch != null) {
            ch.close();
        }
    }
}
