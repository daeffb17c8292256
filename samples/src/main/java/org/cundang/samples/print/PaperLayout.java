package org.cundang.samples.print;

/**
 * Sizes of the printed outputs, in millimetres (font sizes in points).
 *
 * <p>Defaults ({@link #defaults()}, see {@code docs/paper.md}): A4 sheets (210 × 297) with 10 mm margins; 归档章
 * labels 45 × 16 mm (3 × 2 cells of 15 × 8 mm, R: the usual size, the standard's figure gives the cell layout) with
 * 4 mm gaps; the box of DA/T 22-2015 6.4 (S): 310 × 220 mm, so a spine label is the spine thickness wide and as tall
 * as the box, capped at the sheet's printable height (277 mm on A4); text 9 pt, the catalogue table 7.5 pt.
 *
 * @param pageWidth        sheet width
 * @param pageHeight       sheet height
 * @param margin           margin on every side
 * @param stampWidth       归档章 width
 * @param stampHeight      归档章 height
 * @param stampGap         gap between 归档章 labels
 * @param boxHeight        box height (the spine's length)
 * @param boxWidth         box width
 * @param fontSize         text size in points
 * @param tableFontSize    catalogue table text size in points
 */
public record PaperLayout(float pageWidth, float pageHeight, float margin, float stampWidth, float stampHeight,
                          float stampGap, float boxHeight, float boxWidth, float fontSize, float tableFontSize) {

    /**
     * Validates the sizes.
     *
     * @throws PrintException CD-9047 when a size is not positive or the labels do not fit on the sheet
     */
    public PaperLayout {
        float[] all = {pageWidth, pageHeight, stampWidth, stampHeight, boxHeight, boxWidth, fontSize, tableFontSize};
        for (float f : all) {
            if (!(f > 0) || f > 2000) {
                throw PrintException.of("CD-9047", null, String.valueOf(f));
            }
        }
        if (!(margin >= 0) || !(stampGap >= 0) || stampWidth + 2 * margin > pageWidth
                || stampHeight + 2 * margin > pageHeight) {
            throw PrintException.of("CD-9047", null, margin + " / " + stampGap);
        }
    }

    /** The defaults described above. */
    public static PaperLayout defaults() {
        return new PaperLayout(210, 297, 10, 45, 16, 4, 310, 220, 9, 7.5f);
    }

    /**
     * The same layout with another 归档章 size.
     *
     * @param width  mm
     * @param height mm
     * @return the new layout
     */
    public PaperLayout withStamp(float width, float height) {
        return new PaperLayout(pageWidth, pageHeight, margin, width, height, stampGap, boxHeight, boxWidth, fontSize,
                tableFontSize);
    }

    /**
     * The same layout with another box size.
     *
     * @param height mm (the spine's length)
     * @param width  mm
     * @return the new layout
     */
    public PaperLayout withBox(float height, float width) {
        return new PaperLayout(pageWidth, pageHeight, margin, stampWidth, stampHeight, stampGap, height, width,
                fontSize, tableFontSize);
    }

    /** The height of a spine label: the box height, capped at the printable height of the sheet. */
    public float spineLabelHeight() {
        return Math.min(boxHeight, pageHeight - 2 * margin);
    }
}
