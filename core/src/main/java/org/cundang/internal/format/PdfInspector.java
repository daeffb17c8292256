package org.cundang.internal.format;

import java.nio.file.Path;

/**
 * Counts the pages of a PDF and detects encryption. The PDF library stays behind this interface so that it can be
 * replaced.
 *
 * <p>Implementations are thread-safe.
 */
public interface PdfInspector {

    /**
     * Inspects a PDF that already passed path safety. Never throws for a damaged file: problems are reported.
     *
     * @param file the file
     * @return what was found
     */
    DocumentInfo inspect(Path file);

    /** The default implementation (Apache PDFBox, main-memory cache capped at 64 MiB per document). */
    static PdfInspector defaults() {
        return new PdfBoxInspector(64L * 1024 * 1024);
    }
}
