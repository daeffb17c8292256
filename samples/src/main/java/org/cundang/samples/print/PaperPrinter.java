package org.cundang.samples.print;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.cundang.arrange.Box;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CodeTemplate;
import org.cundang.retention.RetentionPeriod;
import org.jspecify.annotations.Nullable;

/**
 * Prints the paper side of 规范整理 as PDF with the Chinese font embedded as a subset ({@link PdfFont}):
 * <ul>
 *   <li>{@link #stamps}: 归档章 labels on A4 sheets, one per 件, cells 全宗号 | 年度 | 件号 over 机构(问题) | 保管期限 |
 *       页数 (DA/T 22-2015 5.4.5, V; the cell order follows the standard's figure, S);</li>
 *   <li>{@link #spines}: one 盒脊 label per box, as wide as the spine and as tall as the box: 全宗号, 年度, 保管期限,
 *       机构(问题), 起止件号 (start on top, end below) and 盒号 (6.4.1.2, V/S);</li>
 *   <li>{@link #notes}: the 备考表 per box (6.4.2, V): 盒内文件情况说明, 整理人, 整理日期, 检查人, 检查日期;</li>
 *   <li>{@link #catalogue}: the 归档文件目录 with its cover (全宗号, 全宗名称, 年度, 保管期限, 机构(问题)), one volume
 *       per year or per year and period (5.5.4, V), columns 序号, 档号, 文号, 责任者, 题名, 日期, 密级, 页数, 备注
 *       (5.5.2, V), on A4 landscape.</li>
 * </ul>
 *
 * <p>Immutable; each call makes one document.
 */
public final class PaperPrinter {

    private static final float PT = 72f / 25.4f;

    private final PaperLayout layout;
    private final @Nullable Path fontFile;
    private final CodeTemplate template;

    private PaperPrinter(PaperLayout layout, @Nullable Path fontFile, CodeTemplate template) {
        this.layout = layout;
        this.fontFile = fontFile;
        this.template = template;
    }

    /**
     * A printer.
     *
     * @param layout   the sizes, not null
     * @param fontFile a TrueType font file (.ttf/.ttc) with Chinese glyphs, or null to look for a system font
     * @param template the template the catalogue's 档号 are written with, not null
     * @return the printer
     */
    public static PaperPrinter of(PaperLayout layout, @Nullable Path fontFile, CodeTemplate template) {
        return new PaperPrinter(requireNonNull(layout, "layout"), fontFile, requireNonNull(template, "template"));
    }

    /**
     * Whether a Chinese font would be found without {@code --font}: the system property {@code cundang.font} is set or
     * one of the system font files searched exists (it is not loaded here).
     *
     * @return true when printing without a font file can be expected to work
     */
    public static boolean systemFontAvailable() {
        String prop = System.getProperty("cundang.font");
        return (prop != null && !prop.isBlank())
                || PdfFont.CANDIDATES.stream().anyMatch(c -> java.nio.file.Files.isRegularFile(Path.of(c)));
    }

    /** What the 备考表 carries besides the box: who arranged and checked, and when (may be empty: filled by hand). */
    public record NoteFields(String arranger, String arrangedOn, String checker, String checkedOn) {
        /** Checks the fields are not null. */
        public NoteFields {
            requireNonNull(arranger, "arranger");
            requireNonNull(arrangedOn, "arrangedOn");
            requireNonNull(checker, "checker");
            requireNonNull(checkedOn, "checkedOn");
        }

        /** Blank fields, to be filled by hand. */
        public static NoteFields blank() {
            return new NoteFields("", "", "", "");
        }
    }

    /**
     * Prints 归档章 labels, one per catalogue row whose 档号 parses, in catalogue order.
     *
     * @param entries the rows, not null
     * @param out     where the PDF goes, not null; not closed
     * @return the pages written, the font used and the characters it lacked
     * @throws PrintException CD-9043/CD-9044 for the font, CD-9045 when writing fails
     */
    public PrintResult stamps(List<CatalogueEntry> entries, OutputStream out) {
        requireNonNull(entries, "entries");
        return render(out, (doc, font) -> {
            float w = layout.stampWidth() * PT;
            float h = layout.stampHeight() * PT;
            float gap = layout.stampGap() * PT;
            float m = layout.margin() * PT;
            PDRectangle size = new PDRectangle(layout.pageWidth() * PT, layout.pageHeight() * PT);
            int cols = Math.max(1, (int) ((size.getWidth() - 2 * m + gap) / (w + gap)));
            int rows = Math.max(1, (int) ((size.getHeight() - 2 * m + gap) / (h + gap)));
            PDPageContentStream cs = null;
            int n = 0;
            for (CatalogueEntry e : entries) {
                ArchivalCode c = e.archivalCode(template).orElse(null);
                if (c == null) {
                    continue;
                }
                int slot = n % (cols * rows);
                if (slot == 0) {
                    if (cs != null) {
                        cs.close();
                    }
                    PDPage page = new PDPage(size);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    cs.setLineWidth(0.6f);
                }
                float x = m + (slot % cols) * (w + gap);
                float y = size.getHeight() - m - (slot / cols + 1) * h - (slot / cols) * gap;
                String[] cells = {c.fonds(), c.year().isPresent() ? String.valueOf(c.year().getAsInt()) : "",
                        item(c), c.org().orElse(""), c.period().map(RetentionPeriod::label).orElse(""),
                        e.pages() == null ? "" : String.valueOf(e.pages())};
                grid(cs, font, x, y, w, h, 3, 2, cells, layout.fontSize());
                n++;
            }
            if (cs != null) {
                cs.close();
            }
        });
    }

    /**
     * Prints spine labels, side by side on A4 sheets, each as wide as its box's spine.
     *
     * @param boxes the boxes, not null
     * @param out   where the PDF goes, not null; not closed
     * @return the pages written, the font used and the characters it lacked
     * @throws PrintException CD-9043/CD-9044 for the font, CD-9045 when writing fails
     */
    public PrintResult spines(List<Box> boxes, OutputStream out) {
        requireNonNull(boxes, "boxes");
        return render(out, (doc, font) -> {
            PDRectangle size = new PDRectangle(layout.pageWidth() * PT, layout.pageHeight() * PT);
            float m = layout.margin() * PT;
            float h = layout.spineLabelHeight() * PT;
            float x = Float.MAX_VALUE;
            PDPageContentStream cs = null;
            for (Box b : boxes) {
                float w = b.spineMm() * PT;
                if (x + w > size.getWidth() - m) {
                    if (cs != null) {
                        cs.close();
                    }
                    PDPage page = new PDPage(size);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    cs.setLineWidth(0.6f);
                    x = m;
                }
                float top = size.getHeight() - m;
                cs.addRect(x, top - h, w, h);
                cs.stroke();
                ArchivalCode first = b.first();
                List<String[]> fields = new ArrayList<>();
                fields.add(new String[] {"全宗号", first.fonds()});
                fields.add(new String[] {"年度", first.year().isPresent() ? String.valueOf(first.year().getAsInt()) : ""});
                fields.add(new String[] {"保管期限", first.period().map(RetentionPeriod::label).orElse("")});
                first.org().ifPresent(o -> fields.add(new String[] {"机构(问题)", o}));
                fields.add(new String[] {"起止件号", item(first), "至", item(b.last())});
                fields.add(new String[] {"盒号", String.valueOf(b.number())});
                float fs = layout.fontSize();
                float content = 0;
                for (String[] f : fields) {
                    content += fs * 1.6f + (f.length - 1) * fs * 1.8f;
                }
                // spread the fields over the upper three quarters of the label
                float spacing = Math.max(fs * 1.6f, (h * 0.75f - content) / fields.size());
                float y = top - 12 * PT;
                for (String[] f : fields) {
                    centered(cs, font, f[0], x, y, w, fs * 0.8f);
                    y -= fs * 1.6f;
                    for (int i = 1; i < f.length; i++) {
                        centered(cs, font, f[i], x, y, w, i == 2 ? fs * 0.8f : fs * 1.2f);
                        y -= fs * 1.8f;
                    }
                    y -= spacing;
                }
                x += w + 2 * PT;
            }
            if (cs != null) {
                cs.close();
            }
        });
    }

    /**
     * Prints the 备考表, one A4 page per box.
     *
     * @param boxes  the boxes, not null
     * @param fields 整理人, 整理日期, 检查人, 检查日期, not null
     * @param out    where the PDF goes, not null; not closed
     * @return the pages written, the font used and the characters it lacked
     * @throws PrintException CD-9043/CD-9044 for the font, CD-9045 when writing fails
     */
    public PrintResult notes(List<Box> boxes, NoteFields fields, OutputStream out) {
        requireNonNull(boxes, "boxes");
        requireNonNull(fields, "fields");
        return render(out, (doc, font) -> {
            PDRectangle size = new PDRectangle(layout.pageWidth() * PT, layout.pageHeight() * PT);
            float m = 20 * PT;
            float w = size.getWidth() - 2 * m;
            float fs = layout.fontSize() * 1.3f;
            for (Box b : boxes) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.setLineWidth(0.8f);
                    float top = size.getHeight() - m;
                    centered(cs, font, "备  考  表", m, top - 10 * PT, w, fs * 1.8f);
                    ArchivalCode c = b.first();
                    String head = "全宗号 " + c.fonds() + "    年度 "
                            + (c.year().isPresent() ? c.year().getAsInt() : "") + "    保管期限 "
                            + c.period().map(RetentionPeriod::label).orElse("")
                            + c.org().map(o -> "    机构(问题) " + o).orElse("")
                            + "    起止件号 " + b.range() + "    盒号 " + b.number();
                    text(cs, font, head, m, top - 25 * PT, fs * 0.8f);
                    float boxTop = top - 32 * PT;
                    float boxBottom = m + 50 * PT;
                    cs.addRect(m, boxBottom, w, boxTop - boxBottom);
                    cs.stroke();
                    text(cs, font, "盒内文件情况说明：", m + 4 * PT, boxTop - 10 * PT, fs);
                    text(cs, font, "本盒共 " + b.contents().size() + " 件，" + b.pages() + " 页。", m + 8 * PT,
                            boxTop - 22 * PT, fs);
                    String[][] lines = {{"整理人：", fields.arranger(), "整理日期：", fields.arrangedOn()},
                            {"检查人：", fields.checker(), "检查日期：", fields.checkedOn()}};
                    float y = m + 35 * PT;
                    for (String[] l : lines) {
                        text(cs, font, l[0] + l[1], m + 4 * PT, y, fs);
                        text(cs, font, l[2] + l[3], m + w / 2, y, fs);
                        y -= 15 * PT;
                    }
                }
            }
        });
    }

    /**
     * Prints the 归档文件目录: for each volume (one year, or one year and period) a cover page and the table pages.
     *
     * @param entries    the rows, in 档号 order, not null
     * @param fondsName  全宗名称, not null (may be empty: filled by hand)
     * @param perPeriod  one volume per year and 保管期限 (true) or per year (false)
     * @param out        where the PDF goes, not null; not closed
     * @return the pages written, the font used and the characters it lacked
     * @throws PrintException CD-9043/CD-9044 for the font, CD-9045 when writing fails
     */
    public PrintResult catalogue(List<CatalogueEntry> entries, String fondsName, boolean perPeriod, OutputStream out) {
        requireNonNull(entries, "entries");
        requireNonNull(fondsName, "fondsName");
        Map<String, List<CatalogueEntry>> volumes = new LinkedHashMap<>();
        for (CatalogueEntry e : entries) {
            ArchivalCode c = e.archivalCode(template).orElse(null);
            String key = c == null ? "?" : c.fonds() + "|" + (c.year().isPresent() ? c.year().getAsInt() : "")
                    + (perPeriod ? "|" + c.period().map(RetentionPeriod::code).orElse("") : "");
            volumes.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        return render(out, (doc, font) -> {
            for (List<CatalogueEntry> vol : volumes.values()) {
                cover(doc, font, vol, fondsName, perPeriod);
                table(doc, font, vol);
            }
        });
    }

    private void cover(PDDocument doc, PdfFont font, List<CatalogueEntry> vol, String fondsName, boolean perPeriod)
            throws IOException {
        PDRectangle size = new PDRectangle(layout.pageWidth() * PT, layout.pageHeight() * PT);
        PDPage page = new PDPage(size);
        doc.addPage(page);
        ArchivalCode c = vol.get(0).archivalCode(template).orElse(null);
        TreeSet<String> orgs = new TreeSet<>();
        for (CatalogueEntry e : vol) {
            e.archivalCode(template).flatMap(ArchivalCode::org).ifPresent(orgs::add);
        }
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float w = size.getWidth();
            centered(cs, font, "归档文件目录", 0, size.getHeight() - 90 * PT, w, 28);
            String[][] rows = {
                    {"全宗号", c == null ? "" : c.fonds()},
                    {"全宗名称", fondsName},
                    {"年度", c == null || c.year().isEmpty() ? "" : String.valueOf(c.year().getAsInt())},
                    {"保管期限", perPeriod && c != null ? c.period().map(RetentionPeriod::label).orElse("") : ""},
                    {"机构(问题)", orgs.size() == 1 ? orgs.first() : ""}};
            float y = size.getHeight() - 150 * PT;
            cs.setLineWidth(0.6f);
            for (String[] r : rows) {
                text(cs, font, r[0] + "：", 50 * PT, y, 14);
                text(cs, font, r[1], 85 * PT, y, 14);
                cs.moveTo(83 * PT, y - 3);
                cs.lineTo(w - 50 * PT, y - 3);
                cs.stroke();
                y -= 16 * PT;
            }
        }
    }

    private void table(PDDocument doc, PdfFont font, List<CatalogueEntry> vol) throws IOException {
        PDRectangle size = new PDRectangle(layout.pageHeight() * PT, layout.pageWidth() * PT);
        float m = layout.margin() * PT;
        String[] heads = {"序号", "档号", "文号", "责任者", "题名", "日期", "密级", "页数", "备注"};
        float[] weights = {5, 18, 11, 12, 30, 8, 5, 5, 9};
        float total = 0;
        for (float f : weights) {
            total += f;
        }
        float usable = size.getWidth() - 2 * m;
        float[] widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = usable * weights[i] / total;
        }
        float fs = layout.tableFontSize();
        float lineH = fs * 1.35f;
        int maxLines = Math.max(1, (int) ((size.getHeight() - 2 * m) / lineH) - 6);
        PDPageContentStream cs = null;
        float y = 0;
        int row = 0;
        boolean header = true;
        while (header || row < vol.size()) {
            String[] cells;
            if (header) {
                cells = heads;
            } else {
                CatalogueEntry e = vol.get(row);
                cells = new String[] {str(e.sequence()), str(e.code()), str(e.documentNumber()),
                        str(e.responsible()), str(e.title()), str(e.date()), str(e.classification()),
                        str(e.pages()), str(e.remarks())};
            }
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < cells.length; i++) {
                List<String> l = wrap(font, font.safe(cells[i]), widths[i] - 4, fs);
                if (l.size() > maxLines) {
                    l = new ArrayList<>(l.subList(0, maxLines));
                    l.set(maxLines - 1, l.get(maxLines - 1) + "...");
                }
                wrapped.add(l);
                lines = Math.max(lines, l.size());
            }
            float rowH = lines * lineH + 4;
            if (cs == null || y - rowH < m) {
                if (cs != null) {
                    cs.close();
                }
                PDPage page = new PDPage(size);
                doc.addPage(page);
                cs = new PDPageContentStream(doc, page);
                cs.setLineWidth(0.5f);
                y = size.getHeight() - m;
                if (!header) {
                    header = true;
                    continue;
                }
            }
            float x = m;
            for (int i = 0; i < cells.length; i++) {
                cs.addRect(x, y - rowH, widths[i], rowH);
                float ty = y - 2 - fs;
                for (String s : wrapped.get(i)) {
                    text(cs, font, s, x + 2, ty, fs);
                    ty -= lineH;
                }
                x += widths[i];
            }
            cs.stroke();
            y -= rowH;
            if (header) {
                header = false;
            } else {
                row++;
            }
        }
        if (cs != null) {
            cs.close();
        }
    }

    private static List<String> wrap(PdfFont font, String text, float width, float size) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int[] cps = text.codePoints().toArray();
        for (int cp : cps) {
            String next = line + new String(Character.toChars(cp));
            if (line.length() > 0 && font.width(next, size) > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.appendCodePoint(cp);
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    private static String item(ArchivalCode c) {
        int width = String.valueOf(c.template().maxItem()).length();
        return String.format(java.util.Locale.ROOT, "%0" + width + "d", c.item());
    }

    private static String str(@Nullable Object o) {
        return o == null ? "" : o.toString();
    }

    private static void grid(PDPageContentStream cs, PdfFont font, float x, float y, float w, float h, int cols,
                             int rows, String[] cells, float size) throws IOException {
        cs.addRect(x, y, w, h);
        for (int i = 1; i < cols; i++) {
            cs.moveTo(x + i * w / cols, y);
            cs.lineTo(x + i * w / cols, y + h);
        }
        for (int j = 1; j < rows; j++) {
            cs.moveTo(x, y + j * h / rows);
            cs.lineTo(x + w, y + j * h / rows);
        }
        cs.stroke();
        float cw = w / cols;
        float ch = h / rows;
        for (int k = 0; k < cells.length; k++) {
            int col = k % cols;
            int r = k / cols;
            float cy = y + h - (r + 1) * ch;
            float fs = Math.min(size, ch * 0.6f);
            centered(cs, font, cells[k], x + col * cw, cy + (ch - fs * 0.75f) / 2, cw, fs);
        }
    }

    private static void centered(PDPageContentStream cs, PdfFont font, String s, float x, float y, float w,
                                 float size) throws IOException {
        String t = font.safe(s);
        float fs = size;
        float tw = font.width(t, fs);
        if (tw > w - 2 && tw > 0) {
            fs = fs * (w - 2) / tw;
            tw = font.width(t, fs);
        }
        text(cs, font, t, x + (w - tw) / 2, y, fs);
    }

    private static void text(PDPageContentStream cs, PdfFont font, String s, float x, float y, float size)
            throws IOException {
        String t = font.safe(s);
        if (t.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font.font(), size);
        cs.newLineAtOffset(x, y);
        cs.showText(t);
        cs.endText();
    }

    /**
     * What a print produced.
     *
     * @param pages         the number of pages
     * @param font          the name of the font embedded
     * @param missingGlyphs how many characters the font had no glyph for (printed as {@code ?})
     */
    public record PrintResult(int pages, String font, int missingGlyphs) {
    }

    /** Draws into a fresh document. */
    private interface Drawing {
        void draw(PDDocument doc, PdfFont font) throws IOException;
    }

    private PrintResult render(OutputStream out, Drawing drawing) {
        requireNonNull(out, "out");
        try (PDDocument doc = new PDDocument()) {
            try (PdfFont font = PdfFont.load(doc, fontFile)) {
                drawing.draw(doc, font);
                if (doc.getNumberOfPages() == 0) {
                    doc.addPage(new PDPage(new PDRectangle(layout.pageWidth() * PT, layout.pageHeight() * PT)));
                }
                doc.getDocumentInformation().setCreator("Cundang");
                doc.save(out);
                return new PrintResult(doc.getNumberOfPages(), font.name(), font.missing());
            }
        } catch (IOException e) {
            throw PrintException.of("CD-9045", e, "PDF", String.valueOf(e.getMessage()));
        }
    }
}
