package org.cundang.samples.print;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * The Chinese font of a document: a TrueType font (.ttf, or the first suitable font of a .ttc collection) with CJK
 * glyphs, embedded as a subset (PDFBox {@link PDType0Font}). OpenType fonts with CFF outlines (such as the Noto CJK
 * .ttc files) are refused: PDFBox 3 cannot embed them as a Type 0 subset.
 *
 * <p>Where it looks, in order: the file given ({@code --font}), then the system property {@code cundang.font}, then
 * {@link #CANDIDATES} (Debian fonts-wqy-microhei first). None usable: CD-9043; a file given that cannot be used:
 * CD-9044. Characters the font has no glyph for are drawn as {@code ?} and counted ({@link #missing()}). Not
 * thread-safe; one per document; close after the document is saved.
 */
final class PdfFont implements Closeable {

    /** The system fonts tried when no file is given. */
    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "C:/Windows/Fonts/simsun.ttc",
            "C:/Windows/Fonts/simhei.ttf",
            "/System/Library/Fonts/Supplemental/Songti.ttc",
            "/Library/Fonts/Arial Unicode.ttf");

    /** A character every usable font must have: 档. */
    private static final int PROBE = 0x6863;

    private final PDType0Font font;
    private final java.util.Map<Integer, Boolean> glyphs = new java.util.HashMap<>();
    private final Closeable source;
    private final String name;
    private int missing;

    private PdfFont(PDType0Font font, Closeable source, String name) {
        this.font = font;
        this.source = source;
        this.name = name;
    }

    /**
     * Finds and loads the font into a document.
     *
     * @param doc      the document, not null
     * @param explicit the font file asked for, or null to search
     * @return the font
     * @throws PrintException CD-9043 when no font is found, CD-9044 when the given file cannot be used
     */
    static PdfFont load(PDDocument doc, @Nullable Path explicit) {
        String prop = System.getProperty("cundang.font");
        if (explicit == null && prop != null && !prop.isBlank()) {
            explicit = Path.of(prop);
        }
        if (explicit != null) {
            try {
                PdfFont f = tryLoad(doc, explicit);
                if (f == null) {
                    throw PrintException.of("CD-9044", null, explicit.toString(),
                            "no TrueType font with Chinese glyphs (CFF/OTF outlines are not supported)");
                }
                return f;
            } catch (IOException | RuntimeException e) {
                if (e instanceof PrintException) {
                    throw (PrintException) e;
                }
                throw PrintException.of("CD-9044", e, explicit.toString(), String.valueOf(e.getMessage()));
            }
        }
        List<String> tried = new ArrayList<>();
        for (String c : CANDIDATES) {
            Path p = Path.of(c);
            if (!Files.isRegularFile(p)) {
                continue;
            }
            tried.add(c);
            try {
                PdfFont f = tryLoad(doc, p);
                if (f != null) {
                    return f;
                }
            } catch (IOException | RuntimeException e) {
                // try the next candidate
            }
        }
        throw PrintException.of("CD-9043", null, String.join(", ", CANDIDATES.subList(0, 2)));
    }

    private static @Nullable PdfFont tryLoad(PDDocument doc, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("not a regular file");
        }
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                throw new IOException("too short for a font");
            }
        }
        if (new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals("ttcf")) {
            TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
            List<TrueTypeFont> fonts = new ArrayList<>();
            ttc.processAllFonts(fonts::add);
            for (TrueTypeFont t : fonts) {
                if (usable(t)) {
                    return new PdfFont(PDType0Font.load(doc, t, true), ttc, t.getName());
                }
            }
            ttc.close();
            return null;
        }
        PDType0Font single = PDType0Font.load(doc, file.toFile());
        PdfFont f = new PdfFont(single, () -> { }, single.getName());
        return f.has(PROBE) ? f : null;
    }

    private static boolean usable(TrueTypeFont t) throws IOException {
        if (t instanceof OpenTypeFont && ((OpenTypeFont) t).isPostScript()) {
            return false;
        }
        if (t.getTableMap().containsKey("CFF ")) {
            return false;
        }
        return t.getUnicodeCmapLookup(false) != null && t.getUnicodeCmapLookup().getGlyphId(PROBE) != 0;
    }

    /** The PDF font. */
    PDType0Font font() {
        return font;
    }

    /** The font's name, e.g. WenQuanYi Micro Hei. */
    String name() {
        return name;
    }

    /** How many characters had no glyph so far. */
    int missing() {
        return missing;
    }

    /** The text with every character the font lacks replaced by {@code ?} (and counted). */
    String safe(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                b.append(' ');
            } else if (cp == ' ' || has(cp)) {
                b.appendCodePoint(cp);
            } else {
                missing++;
                b.append('?');
            }
        });
        return b.toString();
    }

    /** Whether the font has a glyph for a code point. */
    boolean has(int codePoint) {
        return glyphs.computeIfAbsent(codePoint, cp -> {
            try {
                return font.encode(new String(Character.toChars(cp))).length > 0;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    /** The width of a text in points at a size. */
    float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            return text.length() * size;
        }
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
