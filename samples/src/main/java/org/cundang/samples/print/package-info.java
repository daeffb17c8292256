/**
 * Printing the paper side of 规范整理 (issue 9): filing stamps (归档章), spine labels (盒脊), the 备考表 and the
 * 归档文件目录 with its cover as PDF (Apache PDFBox, Chinese font embedded as a subset), and the catalogue as the CSV
 * that {@code cundang transfer validate} reads, so that the catalogue printed is the one validated.
 *
 * <p>Rendering stays out of {@code core}; the rules (arranging, boxing) are {@code org.cundang.arrange}. Layout
 * defaults and the font decision: {@code docs/paper.md}.
 */
@NullMarked
package org.cundang.samples.print;

import org.jspecify.annotations.NullMarked;
