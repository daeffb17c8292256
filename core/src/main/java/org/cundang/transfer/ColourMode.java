package org.cundang.transfer;

/**
 * The colour mode of a scan (DA/T 31-2017 9.3, S): ordered from least to most information, so a profile can
 * demand "at least grey" or "colour".
 */
public enum ColourMode {
    /** Black and white, one bit per pixel (二值). */
    BILEVEL,
    /** Greyscale (灰度). */
    GREY,
    /** Colour (彩色): RGB, YCbCr, CMYK, palette. */
    COLOUR
}
