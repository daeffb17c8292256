package org.cundang.transfer;

/**
 * The formats a scan may have, identified by content (magic bytes), never by file name extension.
 * DA/T 31-2017 9.5 (S): long-term formats are TIFF, JPEG and JPEG 2000; PDF and OFD are access copies
 * (DOMAIN.md decision 7). Which ones a transfer accepts is set by {@link DigitisationProfile}.
 */
public enum ScanFormat {
    /** JPEG (JFIF/EXIF), ISO/IEC 10918-1. */
    JPEG,
    /** TIFF 6.0, either byte order. */
    TIFF,
    /** JPEG 2000: a JP2 file (ISO/IEC 15444-1 annex I) or a raw codestream. */
    JPEG2000,
    /** PNG (ISO/IEC 15948). */
    PNG,
    /** PDF (ISO 32000). */
    PDF,
    /** OFD (GB/T 33190-2016), a ZIP package with OFD.xml. */
    OFD
}
