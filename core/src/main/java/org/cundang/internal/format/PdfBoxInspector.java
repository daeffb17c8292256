package org.cundang.internal.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * {@link PdfInspector} on Apache PDFBox 3. The page count is not taken from {@code /Count} alone: the page tree is
 * walked and every leaf must resolve to a page dictionary. A PDF whose {@code /Count} says N while fewer page
 * objects resolve ("claims pages it lacks") is reported with both numbers.
 */
final class PdfBoxInspector implements PdfInspector {

    private static final int MAX_DEPTH = 64;
    private static final int MAX_PAGES = 1_000_000;

    private final long maxMemory;

    PdfBoxInspector(long maxMemory) {
        this.maxMemory = maxMemory;
    }

    @Override
    public DocumentInfo inspect(Path file) {
        List<String> problems = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "",
                MemoryUsageSetting.setupMainMemoryOnly(maxMemory).streamCache)) {
            boolean enc = doc.isEncrypted();
            COSBase pagesBase = doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.PAGES);
            if (!(pagesBase instanceof COSDictionary pages)) {
                problems.add("PDF: no page tree");
                return new DocumentInfo(-1, 0, enc, problems);
            }
            int declared = pages.getDictionaryObject(COSName.COUNT) instanceof COSNumber n ? n.intValue() : -1;
            int[] count = {0};
            walk(pages, 0, new HashSet<>(), count, problems);
            if (declared != count[0]) {
                problems.add("PDF: /Count says " + declared + " pages but " + count[0] + " page objects resolve");
            }
            return new DocumentInfo(declared, count[0], enc, problems);
        } catch (InvalidPasswordException e) {
            return new DocumentInfo(-1, -1, true, List.of("PDF: encrypted with a user password"));
        } catch (IOException | RuntimeException e) {
            problems.add("PDF: cannot be read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return new DocumentInfo(-1, -1, false, problems);
        }
    }

    private static void walk(COSDictionary node, int depth, Set<COSDictionary> seen, int[] count,
                             List<String> problems) {
        if (depth > MAX_DEPTH || !seen.add(node) || count[0] > MAX_PAGES) {
            problems.add("PDF: page tree loop or too deep");
            return;
        }
        COSBase kidsBase = node.getDictionaryObject(COSName.KIDS);
        if (!(kidsBase instanceof COSArray kids)) {
            problems.add("PDF: page tree node without /Kids");
            return;
        }
        for (int i = 0; i < kids.size(); i++) {
            COSBase k = kids.get(i);
            if (k instanceof COSObject o) {
                k = o.getObject();
            }
            if (!(k instanceof COSDictionary d)) {
                problems.add("PDF: page tree entry " + i + " does not resolve to an object");
                continue;
            }
            COSName type = d.getCOSName(COSName.TYPE);
            if (COSName.PAGES.equals(type) || (type == null && d.containsKey(COSName.KIDS))) {
                walk(d, depth + 1, seen, count, problems);
            } else if (COSName.PAGE.equals(type) || type == null) {
                count[0]++;
            } else {
                problems.add("PDF: page tree entry " + i + " is a /" + type.getName());
            }
        }
    }
}
