package org.cundang.samples.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cundang.arrange.ArrangeItem;
import org.cundang.arrange.Arrangement;
import org.cundang.arrange.Arranger;
import org.cundang.arrange.Box;
import org.cundang.arrange.Boxer;
import org.cundang.arrange.BoxingRules;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeTemplate;
import org.cundang.retention.RetentionPeriod;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperPrinterTest {

    static final CodeTemplate T = CodeTemplate.daT22();
    static final PaperPrinter PRINTER = PaperPrinter.of(PaperLayout.defaults(), null, T);

    /** 50 items of 2023: 45 permanent (机构 BGS) and 5 kept 10 years. */
    @org.junit.jupiter.api.BeforeEach
    void font() {
        CjkFont.assume();
    }

    static List<CatalogueEntry> entries() {
        List<ArrangeItem> items = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            items.add(ArrangeItem.builder(String.valueOf(i), "关于村道建设第" + (i + 1) + "期工程的请示与批复")
                    .date(LocalDate.of(2023, 1, 1).plusDays(i * 7L)).responsible("某某村民委员会").pages(30 + i)
                    .period(i % 10 == 9 ? RetentionPeriod.D10 : RetentionPeriod.PERMANENT)
                    .org(i % 10 == 9 ? null : "BGS").documentNumber("某村〔2023〕" + (i + 1) + "号").build());
        }
        Arrangement a = Arranger.builder("Z109").build().arrange(items);
        assertThat(a.findings()).isEmpty();
        return a.entries();
    }

    static PDDocument load(ByteArrayOutputStream out) throws IOException {
        return Loader.loadPDF(out.toByteArray());
    }

    static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    static void assertFontsEmbeddedSubsets(PDDocument doc) throws IOException {
        int fonts = 0;
        for (PDPage page : doc.getPages()) {
            for (COSName n : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(n);
                assertThat(f).isInstanceOf(PDType0Font.class);
                assertThat(f.isEmbedded()).as("embedded %s", f.getName()).isTrue();
                assertThat(f.getName()).as("subset prefix").matches("[A-Z]{6}\\+.*");
                fonts++;
            }
        }
        assertThat(fonts).isPositive();
    }

    @Test
    void stamps_carry_the_DA_T_22_fields_on_A4_label_sheets() throws IOException {
        List<CatalogueEntry> e = entries();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PaperPrinter.PrintResult r = PRINTER.stamps(e, out);
        // 45 × 16 mm labels with 4 mm gaps on A4 with 10 mm margins: 3 across, 14 down = 42 a sheet
        assertThat(r.pages()).isEqualTo(2);
        assertThat(r.missingGlyphs()).isZero();
        try (PDDocument doc = load(out)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertFontsEmbeddedSubsets(doc);
            String first = new PDFTextStripper() {
                {
                    setStartPage(1);
                    setEndPage(1);
                }
            }.getText(doc);
            // the first stamp: Z109-WS·2023-Y-BGS-0001, 30 pages
            assertThat(first).contains("Z109", "2023", "0001", "BGS", "永久", "30");
            assertThat(text(doc)).contains("0045", "0005", "10年");
        }
    }

    @Test
    void spines_show_the_range_box_number_and_class() throws IOException {
        List<CatalogueEntry> e = entries();
        List<Box> boxes = Boxer.of(BoxingRules.defaults().withFixedSpine(30), T).box(e).boxes();
        assertThat(boxes).hasSizeGreaterThan(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PaperPrinter.PrintResult r = PRINTER.spines(boxes, out);
        // 30 mm labels across 190 mm: 6 a sheet
        assertThat(r.pages()).isEqualTo((boxes.size() + 5) / 6);
        try (PDDocument doc = load(out)) {
            assertFontsEmbeddedSubsets(doc);
            String t = text(doc);
            assertThat(t).contains("全宗号", "年度", "保管期限", "起止件号", "盒号", "Z109", "2023",
                    boxes.get(0).range().split("-")[0], boxes.get(0).range().split("-")[1]);
        }
    }

    @Test
    void notes_one_page_per_box() throws IOException {
        List<Box> boxes = Boxer.of(BoxingRules.defaults(), T).box(entries()).boxes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PaperPrinter.PrintResult r = PRINTER.notes(boxes, new PaperPrinter.NoteFields("张三", "2024-01-10", "李四",
                "2024-01-12"), out);
        assertThat(r.pages()).isEqualTo(boxes.size());
        try (PDDocument doc = load(out)) {
            String t = text(doc);
            assertThat(t).contains("备", "盒内文件情况说明", "整理人", "张三", "检查日期", "2024-01-12");
            assertThat(t).contains("本盒共 " + boxes.get(0).contents().size() + " 件");
        }
    }

    @Test
    void the_catalogue_has_a_cover_per_volume_and_every_row() throws IOException {
        List<CatalogueEntry> e = entries();
        ByteArrayOutputStream perPeriod = new ByteArrayOutputStream();
        PRINTER.catalogue(e, "某某村民委员会", true, perPeriod);
        ByteArrayOutputStream perYear = new ByteArrayOutputStream();
        PRINTER.catalogue(e, "某某村民委员会", false, perYear);
        try (PDDocument a = load(perPeriod); PDDocument b = load(perYear)) {
            String t = text(a);
            assertThat(t.split("归档文件目录", -1)).hasSize(3); // two volumes: Y and D10
            assertThat(text(b).split("归档文件目录", -1)).hasSize(2);
            assertThat(t).contains("全宗名称", "某某村民委员会", "序号", "档号", "题名", "备注");
            for (CatalogueEntry x : e) {
                assertThat(t).contains(x.code());
            }
            assertFontsEmbeddedSubsets(a);
        }
    }

    @Test
    void renders_to_png_with_pdftoppm(@TempDir Path dir) throws Exception {
        String reason = null;
        Process probe = null;
        try {
            probe = new ProcessBuilder("pdftoppm", "-v").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            probe.waitFor(20, TimeUnit.SECONDS);
        } catch (IOException e) {
            reason = "pdftoppm (Debian poppler-utils) is not installed: " + e.getMessage();
        }
        if (reason != null) {
            if (Boolean.getBoolean("cundang.requirePdfTools")) {
                fail("cundang.requirePdfTools=true but " + reason);
            }
            Assumptions.abort(reason);
        }
        List<CatalogueEntry> e = entries();
        List<Box> boxes = Boxer.of(BoxingRules.defaults().withFixedSpine(30), T).box(e).boxes();
        for (String kind : List.of("stamps", "spines", "notes", "catalog")) {
            Path pdf = dir.resolve(kind + ".pdf");
            try (var out = Files.newOutputStream(pdf)) {
                switch (kind) {
                    case "stamps" -> PRINTER.stamps(e, out);
                    case "spines" -> PRINTER.spines(boxes, out);
                    case "notes" -> PRINTER.notes(boxes, PaperPrinter.NoteFields.blank(), out);
                    default -> PRINTER.catalogue(e, "某某村民委员会", true, out);
                }
            }
            Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", pdf.toString(),
                    dir.resolve(kind).toString()).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(log).isZero();
            assertThat(log).as("poppler warnings").doesNotContainIgnoringCase("error");
            Path png = Files.list(dir).filter(f -> f.getFileName().toString().startsWith(kind + "-")
                    && f.toString().endsWith(".png")).sorted().findFirst().orElseThrow();
            var img = ImageIO.read(png.toFile());
            assertThat(img.getWidth()).isGreaterThan(100);
            int dark = 0;
            for (int y = 0; y < img.getHeight(); y += 2) {
                for (int x = 0; x < img.getWidth(); x += 2) {
                    if ((img.getRGB(x, y) & 0xff) < 128) {
                        dark++;
                    }
                }
            }
            assertThat(dark).as("ink on the first page of %s", kind).isGreaterThan(200);
            String keep = System.getProperty("cundang.keepPng");
            if (keep != null) {
                Files.copy(png, Path.of(keep).resolve(png.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
