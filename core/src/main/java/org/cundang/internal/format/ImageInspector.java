package org.cundang.internal.format;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import org.cundang.transfer.ColourMode;
import org.jspecify.annotations.Nullable;

/**
 * Reads pixel size, resolution and colour mode from image headers, and checks structure, without decoding pixels:
 * <ul>
 * <li>JPEG: marker segments well formed up to the first scan, the file ends with EOI (a truncated JPEG fails);
 *     density from JFIF APP0 (units 1 = dpi, 2 = dots/cm) or EXIF XResolution/YResolution/ResolutionUnit.</li>
 * <li>PNG: every chunk's CRC, IHDR first, IEND last; pHYs (pixels per metre).</li>
 * <li>TIFF: the IFD chain, every IFD and strip/tile offset inside the file; tags 256/257/258/262/277/282/283/296.</li>
 * <li>JPEG 2000: JP2 boxes (ihdr, res/resc or resd) and the codestream ending with EOC; raw codestreams (SIZ).</li>
 * </ul>
 */
public final class ImageInspector {

    private static final double CM_PER_INCH = 2.54;
    private static final double M_PER_INCH = 0.0254;

    private ImageInspector() {
    }

    /**
     * Inspects an image file that already passed path safety.
     *
     * @param file   the file
     * @param format its format (JPEG, PNG, TIFF, JP2 or J2K)
     * @return what was read
     * @throws IOException when the file cannot be read at all
     */
    public static ImageInfo inspect(Path file, FileFormat format) throws IOException {
        try (FileSource s = new FileSource(file)) {
            return inspect(s, format);
        }
    }

    /**
     * Inspects a whole image file already in memory (read once for the digests).
     *
     * @param data   the bytes (not copied, not modified)
     * @param length how many bytes of data are the file
     * @param format its format
     * @return what was read
     */
    public static ImageInfo inspect(byte[] data, int length, FileFormat format) {
        try {
            return inspect(new FileSource(data, length), format);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ImageInfo inspect(FileSource s, FileFormat format) throws IOException {
        {
            Builder b = new Builder();
            try {
                switch (format) {
                    case JPEG -> jpeg(s, b);
                    case PNG -> png(s, b);
                    case TIFF -> tiff(s, 0, b, true);
                    case JP2 -> jp2(s, b);
                    case J2K -> j2k(s, 0, s.size(), b);
                    default -> b.problems.add("not an image format: " + format);
                }
            } catch (EOFException e) {
                b.problems.add("truncated: " + e.getMessage());
            }
            return b.build();
        }
    }

    private static final class Builder {
        int width = -1;
        int height = -1;
        @Nullable Double dpiX;
        @Nullable Double dpiY;
        @Nullable ColourMode colour;
        final List<String> problems = new ArrayList<>();

        ImageInfo build() {
            return new ImageInfo(width, height, dpiX, dpiY, colour, problems);
        }
    }

    // ---- JPEG ----

    private static void jpeg(FileSource s, Builder b) throws IOException {
        long p = 2;
        boolean sof = false;
        boolean jfifDensity = false;
        while (true) {
            if (s.u8(p) != 0xFF) {
                b.problems.add("JPEG: marker expected at offset " + p);
                return;
            }
            while (s.u8(p) == 0xFF) {
                p++;
            }
            int m = s.u8(p++);
            if (m == 0xD9) {
                b.problems.add("JPEG: EOI before any scan");
                return;
            }
            if (m == 0x01 || (m >= 0xD0 && m <= 0xD7)) {
                continue;
            }
            int len = s.u16(p, false);
            if (len < 2) {
                b.problems.add("JPEG: segment length " + len + " at offset " + p);
                return;
            }
            long data = p + 2;
            long end = p + len;
            if (end > s.size()) {
                b.problems.add("JPEG: segment runs past the end of the file at offset " + p);
                return;
            }
            if (m == 0xE0 && len >= 16 && "JFIF\0".equals(new String(s.bytes(data, 5), StandardCharsets.ISO_8859_1))) {
                int units = s.u8(data + 7);
                int xd = s.u16(data + 8, false);
                int yd = s.u16(data + 10, false);
                if ((units == 1 || units == 2) && xd > 0 && yd > 0) {
                    double f = units == 2 ? CM_PER_INCH : 1;
                    b.dpiX = xd * f;
                    b.dpiY = yd * f;
                    jfifDensity = true;
                }
            } else if (m == 0xE1 && len > 16
                    && "Exif\0\0".equals(new String(s.bytes(data, 6), StandardCharsets.ISO_8859_1))) {
                Builder ex = new Builder();
                try {
                    tiffIfd0Resolution(s, data + 6, end, ex);
                } catch (EOFException | RuntimeException e) {
                    ex.dpiX = null;
                }
                if (!jfifDensity && ex.dpiX != null && ex.dpiY != null) {
                    b.dpiX = ex.dpiX;
                    b.dpiY = ex.dpiY;
                }
            } else if (isSof(m)) {
                sof = true;
                int bits = s.u8(data);
                b.height = s.u16(data + 1, false);
                b.width = s.u16(data + 3, false);
                int comps = s.u8(data + 5);
                b.colour = comps >= 3 ? ColourMode.COLOUR : (bits == 1 ? ColourMode.BILEVEL : ColourMode.GREY);
            } else if (m == 0xDA) {
                if (!sof) {
                    b.problems.add("JPEG: scan without a frame header (SOF)");
                }
                long size = s.size();
                // Entropy-coded data is not decoded; the file must end with EOI (trailing zero padding allowed).
                long q = size - 1;
                while (q > end && s.u8(q) == 0x00 && size - q < 4096) {
                    q--;
                }
                if (q <= end || s.u8(q) != 0xD9 || s.u8(q - 1) != 0xFF) {
                    b.problems.add("JPEG: no EOI marker at the end (truncated)");
                }
                return;
            }
            p = end;
        }
    }

    private static boolean isSof(int m) {
        return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
    }

    // ---- PNG ----

    private static void png(FileSource s, Builder b) throws IOException {
        long p = 8;
        boolean first = true;
        boolean iend = false;
        byte[] buf = new byte[64 * 1024];
        while (p < s.size()) {
            long len = s.u32(p, false);
            byte[] type = s.bytes(p + 4, 4);
            String t = new String(type, StandardCharsets.ISO_8859_1);
            if (len > Integer.MAX_VALUE || p + 12 + len > s.size()) {
                b.problems.add("PNG: chunk " + printable(t) + " runs past the end of the file (truncated)");
                return;
            }
            CRC32 crc = new CRC32();
            crc.update(type);
            long d = p + 8;
            long left = len;
            while (left > 0) {
                int n = (int) Math.min(left, buf.length);
                for (int i = 0; i < n; i++) {
                    buf[i] = (byte) s.u8(d + i);
                }
                crc.update(buf, 0, n);
                d += n;
                left -= n;
            }
            long stored = s.u32(p + 8 + len, false);
            if (stored != crc.getValue()) {
                b.problems.add("PNG: CRC mismatch in chunk " + printable(t) + " at offset " + p);
            }
            if (first && !t.equals("IHDR")) {
                b.problems.add("PNG: first chunk is not IHDR");
            }
            if (t.equals("IHDR") && len >= 13) {
                b.width = (int) Math.min(Integer.MAX_VALUE, s.u32(p + 8, false));
                b.height = (int) Math.min(Integer.MAX_VALUE, s.u32(p + 12, false));
                int depth = s.u8(p + 16);
                int ct = s.u8(p + 17);
                b.colour = switch (ct) {
                    case 0, 4 -> depth == 1 ? ColourMode.BILEVEL : ColourMode.GREY;
                    case 2, 3, 6 -> ColourMode.COLOUR;
                    default -> null;
                };
            } else if (t.equals("pHYs") && len >= 9) {
                long x = s.u32(p + 8, false);
                long y = s.u32(p + 12, false);
                if (s.u8(p + 16) == 1 && x > 0 && y > 0) {
                    b.dpiX = x * M_PER_INCH;
                    b.dpiY = y * M_PER_INCH;
                }
            }
            first = false;
            p += 12 + len;
            if (t.equals("IEND")) {
                iend = true;
                break;
            }
        }
        if (!iend) {
            b.problems.add("PNG: no IEND chunk (truncated)");
        }
    }

    // ---- TIFF ----

    private static void tiff(FileSource s, long base, Builder b, boolean full) throws IOException {
        boolean le = s.u8(base) == 'I';
        long ifd = s.u32(base + 4, le);
        Set<Long> seen = new HashSet<>();
        boolean firstIfd = true;
        while (ifd != 0) {
            if (!seen.add(ifd) || seen.size() > 10_000) {
                b.problems.add("TIFF: IFD loop at offset " + ifd);
                return;
            }
            long at = base + ifd;
            if (at + 2 > s.size()) {
                b.problems.add("TIFF: IFD offset " + ifd + " beyond the end of the file");
                return;
            }
            int count = s.u16(at, le);
            if (at + 2 + 12L * count + 4 > s.size()) {
                b.problems.add("TIFF: IFD at " + ifd + " runs past the end of the file");
                return;
            }
            TiffDir dir = new TiffDir();
            for (int i = 0; i < count; i++) {
                long e = at + 2 + 12L * i;
                int tag = s.u16(e, le);
                int type = s.u16(e + 2, le);
                long n = s.u32(e + 4, le);
                int unit = switch (type) {
                    case 1, 2, 6, 7 -> 1;
                    case 3, 8 -> 2;
                    case 4, 9, 11 -> 4;
                    case 5, 10, 12 -> 8;
                    default -> 0;
                };
                long bytes = unit * n;
                long valueAt = bytes <= 4 ? e + 8 : base + s.u32(e + 8, le);
                if (unit > 0 && bytes > 4 && valueAt + bytes > s.size()) {
                    b.problems.add("TIFF: tag " + tag + " value beyond the end of the file");
                    continue;
                }
                if (firstIfd) {
                    dir.read(s, tag, type, n, valueAt, le);
                }
            }
            if (firstIfd) {
                dir.apply(b);
                if (full) {
                    checkStrips(s, dir, b);
                }
            }
            firstIfd = false;
            ifd = s.u32(at + 2 + 12L * count, le);
            if (!full) {
                return;
            }
        }
    }

    private static void tiffIfd0Resolution(FileSource s, long base, long end, Builder b) throws IOException {
        tiff(s, base, b, false);
    }

    private static void checkStrips(FileSource s, TiffDir d, Builder b) {
        if (d.offsets == null || d.counts == null) {
            b.problems.add("TIFF: no strip or tile offsets");
            return;
        }
        if (d.offsets.length != d.counts.length) {
            b.problems.add("TIFF: strip offsets and byte counts differ in number");
            return;
        }
        for (int i = 0; i < d.offsets.length; i++) {
            if (d.offsets[i] + d.counts[i] > s.size()) {
                b.problems.add("TIFF: strip or tile " + i + " lies beyond the end of the file (truncated)");
                return;
            }
        }
    }

    private static final class TiffDir {
        int width = -1;
        int height = -1;
        int bits = 1;
        int photometric = -1;
        int samples = 1;
        @Nullable Double xres;
        @Nullable Double yres;
        int unit = 2;
        long @Nullable [] offsets;
        long @Nullable [] counts;

        void read(FileSource s, int tag, int type, long n, long at, boolean le) throws IOException {
            switch (tag) {
                case 256 -> width = (int) first(s, type, at, le);
                case 257 -> height = (int) first(s, type, at, le);
                case 258 -> bits = (int) first(s, type, at, le);
                case 262 -> photometric = (int) first(s, type, at, le);
                case 277 -> samples = (int) first(s, type, at, le);
                case 282 -> xres = rational(s, type, at, le);
                case 283 -> yres = rational(s, type, at, le);
                case 296 -> unit = (int) first(s, type, at, le);
                case 273, 324 -> offsets = array(s, type, n, at, le);
                case 279, 325 -> counts = array(s, type, n, at, le);
                default -> {
                }
            }
        }

        void apply(Builder b) {
            b.width = width;
            b.height = height;
            if (xres != null && yres != null && xres > 0 && yres > 0 && unit != 1) {
                double f = unit == 3 ? CM_PER_INCH : 1;
                b.dpiX = xres * f;
                b.dpiY = yres * f;
            }
            b.colour = switch (photometric) {
                case 0, 1 -> bits == 1 ? ColourMode.BILEVEL : ColourMode.GREY;
                case 2, 3, 5, 6, 8 -> ColourMode.COLOUR;
                default -> samples >= 3 ? ColourMode.COLOUR : null;
            };
        }

        private static long first(FileSource s, int type, long at, boolean le) throws IOException {
            return type == 3 ? s.u16(at, le) : type == 1 ? s.u8(at) : s.u32(at, le);
        }

        private static @Nullable Double rational(FileSource s, int type, long at, boolean le) throws IOException {
            if (type != 5) {
                return (double) first(s, type, at, le);
            }
            long num = s.u32(at, le);
            long den = s.u32(at + 4, le);
            return den == 0 ? null : (double) num / den;
        }

        private static long[] array(FileSource s, int type, long n, long at, boolean le) throws IOException {
            int k = (int) Math.min(n, 1_000_000);
            long[] out = new long[k];
            int unit = type == 3 ? 2 : 4;
            for (int i = 0; i < k; i++) {
                out[i] = type == 3 ? s.u16(at + 2L * i, le) : s.u32(at + (long) unit * i, le);
            }
            return out;
        }
    }

    // ---- JPEG 2000 ----

    private static void jp2(FileSource s, Builder b) throws IOException {
        long p = 0;
        boolean codestream = false;
        while (p < s.size()) {
            long[] box = box(s, p);
            long len = box[0];
            int hdr = (int) box[1];
            String type = new String(s.bytes(p + 4, 4), StandardCharsets.ISO_8859_1);
            long end = len == 0 ? s.size() : p + len;
            if (end > s.size() || len != 0 && len < hdr) {
                b.problems.add("JP2: box " + printable(type) + " runs past the end of the file (truncated)");
                return;
            }
            if (type.equals("jp2h")) {
                jp2h(s, p + hdr, end, b);
            } else if (type.equals("jp2c")) {
                codestream = true;
                Builder cs = new Builder();
                j2k(s, p + hdr, end, cs);
                b.problems.addAll(cs.problems);
                if (b.width < 0) {
                    b.width = cs.width;
                    b.height = cs.height;
                }
            }
            p = end;
        }
        if (!codestream) {
            b.problems.add("JP2: no codestream box (jp2c)");
        }
    }

    private static long[] box(FileSource s, long p) throws IOException {
        long len = s.u32(p, false);
        if (len == 1) {
            long hi = s.u32(p + 8, false);
            long lo = s.u32(p + 12, false);
            return new long[] {(hi << 32) | lo, 16};
        }
        return new long[] {len, 8};
    }

    private static void jp2h(FileSource s, long p, long end, Builder b) throws IOException {
        while (p + 8 <= end) {
            long[] box = box(s, p);
            long len = box[0] == 0 ? end - p : box[0];
            int hdr = (int) box[1];
            if (len < hdr || p + len > end) {
                b.problems.add("JP2: malformed header box");
                return;
            }
            String type = new String(s.bytes(p + 4, 4), StandardCharsets.ISO_8859_1);
            long d = p + hdr;
            if (type.equals("ihdr")) {
                b.height = (int) s.u32(d, false);
                b.width = (int) s.u32(d + 4, false);
                int nc = s.u16(d + 8, false);
                int bpc = (s.u8(d + 10) & 0x7F) + 1;
                b.colour = nc >= 3 ? ColourMode.COLOUR : (bpc == 1 ? ColourMode.BILEVEL : ColourMode.GREY);
            } else if (type.equals("res ")) {
                long q = d;
                while (q + 8 <= p + len) {
                    long sub = s.u32(q, false);
                    String st = new String(s.bytes(q + 4, 4), StandardCharsets.ISO_8859_1);
                    if (sub < 8 + 10) {
                        break;
                    }
                    if (st.equals("resc") || (st.equals("resd") && b.dpiX == null)) {
                        long r = q + 8;
                        double v = s.u16(r, false) / (double) Math.max(1, s.u16(r + 2, false))
                                * Math.pow(10, (byte) s.u8(r + 8));
                        double h = s.u16(r + 4, false) / (double) Math.max(1, s.u16(r + 6, false))
                                * Math.pow(10, (byte) s.u8(r + 9));
                        b.dpiY = v * M_PER_INCH;
                        b.dpiX = h * M_PER_INCH;
                    }
                    q += sub;
                }
            }
            p += len;
        }
    }

    private static void j2k(FileSource s, long start, long end, Builder b) throws IOException {
        if (end - start < 4 || s.u16(start, false) != 0xFF4F || s.u16(start + 2, false) != 0xFF51) {
            b.problems.add("JPEG 2000: codestream does not start with SOC/SIZ");
            return;
        }
        long siz = start + 4;
        long xs = s.u32(siz + 4, false);
        long ys = s.u32(siz + 8, false);
        long xo = s.u32(siz + 12, false);
        long yo = s.u32(siz + 16, false);
        int comps = s.u16(siz + 36, false);
        int depth = (s.u8(siz + 38) & 0x7F) + 1;
        b.width = (int) (xs - xo);
        b.height = (int) (ys - yo);
        if (b.colour == null) {
            b.colour = comps >= 3 ? ColourMode.COLOUR : (depth == 1 ? ColourMode.BILEVEL : ColourMode.GREY);
        }
        if (s.u16(end - 2, false) != 0xFFD9) {
            b.problems.add("JPEG 2000: codestream does not end with EOC (truncated)");
        }
    }

    private static String printable(String t) {
        return t.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
