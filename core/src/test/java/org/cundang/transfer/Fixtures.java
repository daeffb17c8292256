package org.cundang.transfer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Builds real test files: JPEG/PNG with a known dpi, a hand-made TIFF, PDFs, and a clean transfer folder. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A small JPEG (colour or grey) with JFIF density set to dpi (units = inches). */
    public static byte[] jpeg(int dpi, boolean colour) throws IOException {
        BufferedImage img = new BufferedImage(16, 16, colour ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(2, 2, 8, 8);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        byte[] b = out.toByteArray();
        // JFIF APP0 follows SOI: FFD8 FFE0 len(2) "JFIF\0" version(2) units xd(2) yd(2)
        if (!new String(b, 6, 4, StandardCharsets.ISO_8859_1).equals("JFIF")) {
            throw new IllegalStateException("ImageIO wrote no JFIF header");
        }
        b[13] = 1;
        b[14] = (byte) (dpi >> 8);
        b[15] = (byte) dpi;
        b[16] = (byte) (dpi >> 8);
        b[17] = (byte) dpi;
        return b;
    }

    /** A small PNG with a pHYs chunk for dpi (pixels per metre), inserted after IHDR. */
    public static byte[] png(int dpi) throws IOException {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        byte[] b = out.toByteArray();
        int afterIhdr = 8 + 8 + 13 + 4;
        long ppm = Math.round(dpi / 0.0254);
        ByteBuffer chunk = ByteBuffer.allocate(21);
        chunk.putInt(9).put("pHYs".getBytes(StandardCharsets.ISO_8859_1)).putInt((int) ppm).putInt((int) ppm).put((byte) 1);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 13);
        chunk.putInt((int) crc.getValue());
        ByteArrayOutputStream r = new ByteArrayOutputStream();
        r.write(b, 0, afterIhdr);
        r.write(chunk.array());
        r.write(b, afterIhdr, b.length - afterIhdr);
        return r.toByteArray();
    }

    /**
     * A hand-made uncompressed 4×4 TIFF, little-endian.
     *
     * @param xres       XResolution numerator (denominator 1)
     * @param unit       ResolutionUnit (2 inch, 3 cm)
     * @param rgb        RGB (photometric 2) or grey (photometric 1)
     * @param truncate   whether to cut the pixel data
     */
    public static byte[] tiff(int xres, int unit, boolean rgb, boolean truncate) {
        int spp = rgb ? 3 : 1;
        int pixels = 16 * spp;
        int entries = 10;
        int ifdAt = 8;
        int ifdLen = 2 + entries * 12 + 4;
        int resAt = ifdAt + ifdLen;
        int bpsAt = resAt + 16;
        int dataAt = bpsAt + 6;
        ByteBuffer b = ByteBuffer.allocate(dataAt + pixels).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifdAt);
        b.putShort((short) entries);
        entry(b, 256, 3, 1, 4);
        entry(b, 257, 3, 1, 4);
        if (rgb) {
            entry(b, 258, 3, 3, bpsAt);
        } else {
            entry(b, 258, 3, 1, 8);
        }
        entry(b, 262, 3, 1, rgb ? 2 : 1);
        entry(b, 273, 4, 1, dataAt);
        entry(b, 277, 3, 1, spp);
        entry(b, 279, 4, 1, pixels);
        entry(b, 282, 5, 1, resAt);
        entry(b, 283, 5, 1, resAt + 8);
        entry(b, 296, 3, 1, unit);
        b.putInt(0);
        b.putInt(xres).putInt(1).putInt(xres).putInt(1);
        b.putShort((short) 8).putShort((short) 8).putShort((short) 8);
        byte[] all = b.array();
        return truncate ? java.util.Arrays.copyOf(all, dataAt + pixels / 2) : all;
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count);
        if (type == 3 && count == 1) {
            b.putShort((short) value).putShort((short) 0);
        } else {
            b.putInt(value);
        }
    }

    /** A PDF with n blank pages. */
    public static byte[] pdf(int pages) throws IOException {
        try (PDDocument d = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                d.addPage(new PDPage());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            return out.toByteArray();
        }
    }

    /** A hand-written PDF whose page tree claims 3 pages but only the first page object exists. */
    public static byte[] pdfClaimingMissingPages() {
        String[] objs = {
            "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>\nendobj\n",
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n"};
        StringBuilder s = new StringBuilder("%PDF-1.4\n");
        int[] offs = new int[objs.length];
        for (int i = 0; i < objs.length; i++) {
            offs[i] = s.length();
            s.append(objs[i]);
        }
        int xref = s.length();
        s.append("xref\n0 4\n0000000000 65535 f \n");
        for (int o : offs) {
            s.append(String.format("%010d 00000 n \n", o));
        }
        s.append("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return s.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The catalogue header line. */
    public static final String HEADER = "序号,档号,文号,责任者,题名,日期,密级,页数,保管期限,备注\n";

    /**
     * A clean plain folder: two entries, one PDF of 2 pages and one 2-page JPEG set at 300 dpi, plus bag-info.txt.
     */
    public static Path cleanFolder(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("files/Z109-WS·2023-Y-0002"));
        Files.writeString(dir.resolve("catalog.csv"), HEADER
                + "1,Z109-WS·2023-Y-0001,村委〔2023〕1号,某村村民委员会,关于土地承包的通知,20230105,,2,Y,\n"
                + "2,Z109-WS·2023-Y-0002,,某村村民委员会,\"会议记录, 第一次\",2023-03-01,,2,Y,\n",
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("files/Z109-WS·2023-Y-0001.pdf"), pdf(2));
        Files.write(dir.resolve("files/Z109-WS·2023-Y-0002/Z109-WS·2023-Y-0002-0001.jpg"), jpeg(300, true));
        Files.write(dir.resolve("files/Z109-WS·2023-Y-0002/Z109-WS·2023-Y-0002-0002.jpg"), jpeg(300, true));
        Files.writeString(dir.resolve("bag-info.txt"), "全宗号: Z109\n立档单位: 某村村民委员会\n接收单位: 某镇人民政府\n"
                + "移交批次: 2024-01\n档案门类: WS\n移交人: 张三\n接收人: 李四\n", StandardCharsets.UTF_8);
        return dir;
    }
}
