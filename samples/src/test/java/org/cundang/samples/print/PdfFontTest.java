package org.cundang.samples.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFontTest {

    @Test
    void a_file_that_is_not_a_font_is_CD_9044(@TempDir Path dir) throws Exception {
        Path notAFont = Files.writeString(dir.resolve("x.ttf"), "not a font");
        try (PDDocument doc = new PDDocument()) {
            assertThatThrownBy(() -> PdfFont.load(doc, notAFont)).isInstanceOf(PrintException.class)
                    .hasMessageStartingWith("CD-9044").hasMessageContaining("x.ttf");
            assertThatThrownBy(() -> PdfFont.load(doc, dir.resolve("missing.ttc")))
                    .isInstanceOf(PrintException.class).hasMessageStartingWith("CD-9044");
        }
    }

    @Test
    void a_cff_collection_is_refused() throws Exception {
        Path noto = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(noto), "Noto CJK (CFF) not installed");
        try (PDDocument doc = new PDDocument()) {
            assertThatThrownBy(() -> PdfFont.load(doc, noto)).isInstanceOf(PrintException.class)
                    .hasMessageStartingWith("CD-9044");
        }
    }

    @Test
    void a_latin_only_font_is_refused_and_missing_glyphs_are_counted() throws Exception {
        Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(dejavu), "DejaVu not installed");
        try (PDDocument doc = new PDDocument()) {
            assertThatThrownBy(() -> PdfFont.load(doc, dejavu)).isInstanceOf(PrintException.class)
                    .hasMessageStartingWith("CD-9044");
        }
    }

    @Test
    void the_system_font_has_the_characters_of_the_forms() throws Exception {
        CjkFont.assume();
        try (PDDocument doc = new PDDocument(); PdfFont f = PdfFont.load(doc, null)) {
            assertThat(f.safe("全宗号年度保管期限件号页数机构(问题)起止件号盒号备考表整理人检查日期归档文件目录永久定期30年"))
                    .doesNotContain("?");
            assertThat(f.missing()).isZero();
            assertThat(f.safe("\uE000")).isEqualTo("?");
            assertThat(f.missing()).isEqualTo(1);
        }
    }
}
