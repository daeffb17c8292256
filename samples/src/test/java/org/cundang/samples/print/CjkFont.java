package org.cundang.samples.print;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that print need a Chinese TrueType font on the machine (Debian fonts-wqy-microhei). Without one they are
 * skipped with the reason; with {@code -Dcundang.requirePdfTools=true} (set by {@code .ci/run}) they fail instead.
 */
public final class CjkFont {

    private CjkFont() {
    }

    /** Skips (or fails, when PDF tools are required) the calling test when no system font is found. */
    public static void assume() {
        if (PaperPrinter.systemFontAvailable()) {
            return;
        }
        String reason = "no Chinese TrueType font installed (apt-get install fonts-wqy-microhei)";
        if (Boolean.getBoolean("cundang.requirePdfTools")) {
            fail("cundang.requirePdfTools=true but " + reason);
        }
        Assumptions.abort(reason);
    }
}
