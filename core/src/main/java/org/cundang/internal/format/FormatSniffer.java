package org.cundang.internal.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Identifies a file by its first bytes (magic numbers), never by its name. A ZIP holding {@code OFD.xml} at its root
 * is OFD (GB/T 33190-2016 7.1).
 */
public final class FormatSniffer {

    private FormatSniffer() {
    }

    /**
     * Identifies a file that already passed path safety.
     *
     * @param file the file
     * @return the format
     * @throws IOException when the file cannot be read
     */
    public static FileFormat identify(Path file) throws IOException {
        byte[] h;
        try (FileSource src = new FileSource(file)) {
            h = src.head(0, 1024);
        }
        FileFormat f = fromHead(h);
        if (f == FileFormat.ZIP && isOfd(file)) {
            return FileFormat.OFD;
        }
        return f;
    }

    /**
     * Identifies from the first bytes (up to 1024). A ZIP is reported as ZIP; see {@link #identify(Path)} for OFD.
     *
     * @param h the first bytes
     * @return the format
     */
    public static FileFormat fromHead(byte[] h) {
        return fromHead(h, h.length);
    }

    /**
     * Identifies from the first {@code n} bytes of {@code h} (up to 1024 are looked at), without copying them (the
     * fixity pass hands its read buffer).
     *
     * @param h the buffer holding the first bytes
     * @param n how many bytes of {@code h} are valid
     * @return the format
     */
    public static FileFormat fromHead(byte[] h, int n) {
        if (starts(h, n, 0xFF, 0xD8, 0xFF)) {
            return FileFormat.JPEG;
        }
        if (starts(h, n, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return FileFormat.PNG;
        }
        if (starts(h, n, 'I', 'I', 42, 0) || starts(h, n, 'M', 'M', 0, 42)) {
            return FileFormat.TIFF;
        }
        if (starts(h, n, 0, 0, 0, 0x0C, 'j', 'P', ' ', ' ', 0x0D, 0x0A, 0x87, 0x0A)) {
            return FileFormat.JP2;
        }
        if (starts(h, n, 0xFF, 0x4F, 0xFF, 0x51)) {
            return FileFormat.J2K;
        }
        String ascii = new String(h, 0, Math.min(n, 1024), StandardCharsets.ISO_8859_1);
        if (ascii.startsWith("%PDF-") || (ascii.contains("%PDF-") && ascii.indexOf("%PDF-") < 1024)) {
            return FileFormat.PDF;
        }
        if (starts(h, n, 'P', 'K', 3, 4) || starts(h, n, 'P', 'K', 5, 6)) {
            return FileFormat.ZIP;
        }
        if (starts(h, n, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
            return FileFormat.RAR;
        }
        if (starts(h, n, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return FileFormat.SEVEN_ZIP;
        }
        if (starts(h, n, 'M', 'Z')) {
            return FileFormat.EXE_PE;
        }
        if (starts(h, n, 0x7F, 'E', 'L', 'F')) {
            return FileFormat.EXE_ELF;
        }
        if (starts(h, n, 0xFE, 0xED, 0xFA, 0xCE) || starts(h, n, 0xFE, 0xED, 0xFA, 0xCF)
                || starts(h, n, 0xCE, 0xFA, 0xED, 0xFE) || starts(h, n, 0xCF, 0xFA, 0xED, 0xFE)
                || starts(h, n, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return FileFormat.EXE_MACHO;
        }
        if (starts(h, n, '#', '!') || starts(h, n, 0xEF, 0xBB, 0xBF, '#', '!')) {
            return FileFormat.SCRIPT;
        }
        return FileFormat.UNKNOWN;
    }

    private static boolean isOfd(Path file) {
        try (ZipFile z = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (z.getEntry("OFD.xml") != null) {
                return true;
            }
            Enumeration<? extends ZipEntry> en = z.entries();
            int n = 0;
            while (en.hasMoreElements() && n++ < 10_000) {
                if (en.nextElement().getName().equalsIgnoreCase("OFD.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean starts(byte[] h, int n, int... sig) {
        if (n < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((h[i] & 0xff) != sig[i]) {
                return false;
            }
        }
        return true;
    }
}
