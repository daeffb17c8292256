package org.cundang.internal.format;

import java.util.List;
import org.cundang.transfer.ColourMode;
import org.jspecify.annotations.Nullable;

/**
 * Image properties read from headers, without decoding pixels.
 *
 * @param width    pixels, or -1 when unknown
 * @param height   pixels, or -1 when unknown
 * @param dpiX     horizontal resolution in dots per inch, or null when the file declares none
 * @param dpiY     vertical resolution in dots per inch, or null
 * @param colour   the colour mode, or null when unknown
 * @param problems structural problems (empty when the file is well formed as far as checked)
 */
public record ImageInfo(int width, int height, @Nullable Double dpiX, @Nullable Double dpiY,
                        @Nullable ColourMode colour, List<String> problems) {

    /** Copies the problems. */
    public ImageInfo {
        problems = List.copyOf(problems);
    }

    /** The lower of the two resolutions, or null when either is missing. */
    public @Nullable Double dpi() {
        return dpiX == null || dpiY == null ? null : Math.min(dpiX, dpiY);
    }
}
