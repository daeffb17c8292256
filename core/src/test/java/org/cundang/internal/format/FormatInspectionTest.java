package org.cundang.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.cundang.transfer.ColourMode;
import org.cundang.transfer.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatInspectionTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] b) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, b);
        return p;
    }

    @Test
    void identifies_by_content_not_extension() throws Exception {
        assertThat(FormatSniffer.identify(write("a.pdf", Fixtures.jpeg(200, true)))).isEqualTo(FileFormat.JPEG);
        assertThat(FormatSniffer.identify(write("b.jpg", Fixtures.pdf(1)))).isEqualTo(FileFormat.PDF);
        assertThat(FormatSniffer.identify(write("c.jpg", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))))
                .isEqualTo(FileFormat.EXE_PE);
        assertThat(FormatSniffer.fromHead(new byte[] {0x7F, 'E', 'L', 'F'})).isEqualTo(FileFormat.EXE_ELF);
        assertThat(FormatSniffer.fromHead(new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE}))
                .isEqualTo(FileFormat.EXE_MACHO);
        assertThat(FormatSniffer.fromHead("#!/bin/sh\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(FileFormat.SCRIPT);
        assertThat(FormatSniffer.fromHead("Rar!\u001a\u0007\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo(FileFormat.RAR);
        assertThat(FormatSniffer.fromHead(new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C}))
                .isEqualTo(FileFormat.SEVEN_ZIP);
        assertThat(FormatSniffer.fromHead(new byte[] {'M', 'M', 0, 42})).isEqualTo(FileFormat.TIFF);
        assertThat(FormatSniffer.fromHead(new byte[] {0, 0, 0, 0x0C, 'j', 'P', ' ', ' ', 0x0D, 0x0A, (byte) 0x87, 0x0A}))
                .isEqualTo(FileFormat.JP2);
        assertThat(FormatSniffer.fromHead(new byte[] {(byte) 0xFF, 0x4F, (byte) 0xFF, 0x51})).isEqualTo(FileFormat.J2K);
        assertThat(FormatSniffer.identify(write("z.zip", zip("x.txt", "hi")))).isEqualTo(FileFormat.ZIP);
        assertThat(FormatSniffer.identify(write("o.ofd", ofd(2, 2)))).isEqualTo(FileFormat.OFD);
    }

    @Test
    void jpeg_density_colour_and_truncation() throws Exception {
        ImageInfo i = ImageInspector.inspect(write("a.jpg", Fixtures.jpeg(300, true)), FileFormat.JPEG);
        assertThat(i.dpi()).isEqualTo(300.0);
        assertThat(i.colour()).isEqualTo(ColourMode.COLOUR);
        assertThat(i.width()).isEqualTo(16);
        assertThat(i.problems()).isEmpty();
        byte[] grey = Fixtures.jpeg(150, false);
        assertThat(ImageInspector.inspect(write("g.jpg", grey), FileFormat.JPEG).colour()).isEqualTo(ColourMode.GREY);
        ImageInfo cut = ImageInspector.inspect(write("t.jpg", Arrays.copyOf(grey, grey.length - 40)), FileFormat.JPEG);
        assertThat(cut.problems()).anyMatch(p -> p.contains("EOI"));
    }

    @Test
    void png_phys_and_crc() throws Exception {
        byte[] png = Fixtures.png(254);
        ImageInfo i = ImageInspector.inspect(write("a.png", png), FileFormat.PNG);
        assertThat(i.dpi()).isCloseTo(254.0, org.assertj.core.data.Offset.offset(0.5));
        assertThat(i.problems()).isEmpty();
        png[40] ^= 0x01;
        assertThat(ImageInspector.inspect(write("b.png", png), FileFormat.PNG).problems()).anyMatch(p -> p.contains("CRC"));
        assertThat(ImageInspector.inspect(write("c.png", Arrays.copyOf(Fixtures.png(200), 60)), FileFormat.PNG)
                .problems()).isNotEmpty();
    }

    @Test
    void tiff_tags_units_and_truncation() throws Exception {
        ImageInfo inch = ImageInspector.inspect(write("a.tif", Fixtures.tiff(300, 2, true, false)), FileFormat.TIFF);
        assertThat(inch.dpi()).isEqualTo(300.0);
        assertThat(inch.colour()).isEqualTo(ColourMode.COLOUR);
        assertThat(inch.problems()).isEmpty();
        ImageInfo cm = ImageInspector.inspect(write("b.tif", Fixtures.tiff(100, 3, false, false)), FileFormat.TIFF);
        assertThat(cm.dpi()).isEqualTo(254.0);
        assertThat(cm.colour()).isEqualTo(ColourMode.GREY);
        assertThat(ImageInspector.inspect(write("c.tif", Fixtures.tiff(300, 2, true, true)), FileFormat.TIFF)
                .problems()).anyMatch(p -> p.contains("beyond"));
    }

    @Test
    void pdf_pages_missing_pages_and_encryption() throws Exception {
        PdfInspector pdf = PdfInspector.defaults();
        DocumentInfo ok = pdf.inspect(write("a.pdf", Fixtures.pdf(3)));
        assertThat(ok.pages()).isEqualTo(3);
        assertThat(ok.intact()).isTrue();
        DocumentInfo liar = pdf.inspect(write("b.pdf", Fixtures.pdfClaimingMissingPages()));
        assertThat(liar.declaredPages()).isEqualTo(3);
        assertThat(liar.pages()).isEqualTo(1);
        assertThat(liar.intact()).isFalse();
        assertThat(pdf.inspect(write("c.pdf", encrypted("user"))).encrypted()).isTrue();
        assertThat(pdf.inspect(write("d.pdf", encrypted(""))).encrypted()).isTrue();
        assertThat(pdf.inspect(write("e.pdf", "%PDF-1.4 garbage".getBytes(StandardCharsets.US_ASCII))).intact())
                .isFalse();
    }

    @Test
    void ofd_pages_counted_and_missing_pages_found() throws Exception {
        DocumentInfo ok = OfdInspector.inspect(write("a.ofd", ofd(3, 3)));
        assertThat(ok.pages()).isEqualTo(3);
        assertThat(ok.intact()).isTrue();
        DocumentInfo liar = OfdInspector.inspect(write("b.ofd", ofd(3, 1)));
        assertThat(liar.declaredPages()).isEqualTo(3);
        assertThat(liar.pages()).isEqualTo(1);
        assertThat(liar.intact()).isFalse();
    }

    private static byte[] encrypted(String user) throws Exception {
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            d.protect(new StandardProtectionPolicy("owner", user, new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            return out.toByteArray();
        }
    }

    static byte[] zip(String name, String content) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    /** An OFD whose Document.xml lists declared pages, of which present have content. */
    static byte[] ofd(int declared, int present) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry("OFD.xml"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" "
                    + "Version=\"1.0\"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody>"
                    + "</ofd:OFD>").getBytes(StandardCharsets.UTF_8));
            StringBuilder doc = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document "
                    + "xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Pages>");
            for (int i = 0; i < declared; i++) {
                doc.append("<ofd:Page ID=\"").append(i + 1).append("\" BaseLoc=\"Pages/Page_").append(i)
                        .append("/Content.xml\"/>");
            }
            doc.append("</ofd:Pages></ofd:Document>");
            z.putNextEntry(new ZipEntry("Doc_0/Document.xml"));
            z.write(doc.toString().getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < present; i++) {
                z.putNextEntry(new ZipEntry("Doc_0/Pages/Page_" + i + "/Content.xml"));
                z.write("<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes(StandardCharsets.UTF_8));
            }
        }
        return b.toByteArray();
    }
}
