package org.cundang.samples.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes scan-like pages: A4 at a given resolution, a letterhead rule, a red seal for colour scans and lines of
 * "text" (drawn as strokes, so no font is needed on a fresh machine), as JPEG with the resolution in its JFIF
 * header, or as a PDF with one JPEG page image per page (how scanners write PDFs).
 */
final class ScanWriter {

    private ScanWriter() {
    }

    static byte[] page(long seed, int dpi, boolean colour) {
        int w = (int) Math.round(210 / 25.4 * dpi);
        int h = (int) Math.round(297 / 25.4 * dpi);
        BufferedImage img = new BufferedImage(w, h, colour ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(new Color(250, 249, 244));
            g.fillRect(0, 0, w, h);
            Random r = new Random(seed);
            int margin = w / 9;
            g.setColor(colour ? new Color(190, 20, 20) : Color.DARK_GRAY);
            g.fillRect(margin, h / 10, w - 2 * margin, Math.max(2, dpi / 60));
            g.setColor(new Color(40, 40, 40));
            int lineH = Math.max(6, dpi / 6);
            for (int y = h / 7; y < h - h / 8; y += lineH) {
                int len = (int) ((w - 2 * margin) * (0.55 + 0.45 * r.nextDouble()));
                g.fillRect(margin, y, len, Math.max(1, dpi / 90));
            }
            if (colour) {
                g.setColor(new Color(200, 30, 30, 200));
                int d = dpi * 4 / 10;
                g.setStroke(new java.awt.BasicStroke(Math.max(2, dpi / 50f)));
                g.drawOval(w - margin - d, h - h / 5, d, d);
            }
        } finally {
            g.dispose();
        }
        return jpeg(img, dpi);
    }

    private static byte[] jpeg(BufferedImage img, int dpi) {
        try {
            Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg");
            ImageWriter writer = it.next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.7f);
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            Element tree = (Element) meta.getAsTree("javax_imageio_jpeg_image_1.0");
            Node jfif = tree.getElementsByTagName("app0JFIF").item(0);
            if (jfif instanceof Element e) {
                e.setAttribute("resUnits", "1");
                e.setAttribute("Xdensity", Integer.toString(dpi));
                e.setAttribute("Ydensity", Integer.toString(dpi));
            }
            meta.setFromTree("javax_imageio_jpeg_image_1.0", tree);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(img, null, meta), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeJpegPages(Path dir, String code, long seed, int pages, int dpi, boolean colour) throws IOException {
        Files.createDirectories(dir);
        for (int i = 1; i <= pages; i++) {
            Files.write(dir.resolve(code + String.format("-%04d.jpg", i)), page(seed * 31 + i, dpi, colour));
        }
    }

    static void writePdf(Path file, long seed, int pages, int dpi, boolean colour) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject image = JPEGFactory.createFromByteArray(doc, page(seed * 31 + i, dpi, colour));
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(file.toFile());
        }
    }
}
