package org.cundang.internal.format;

import org.cundang.transfer.ScanFormat;
import org.jspecify.annotations.Nullable;

/** What {@link FormatSniffer} recognised from a file's first bytes. */
public enum FileFormat {
    /** JPEG. */
    JPEG(ScanFormat.JPEG),
    /** TIFF. */
    TIFF(ScanFormat.TIFF),
    /** JP2 file. */
    JP2(ScanFormat.JPEG2000),
    /** Raw JPEG 2000 codestream. */
    J2K(ScanFormat.JPEG2000),
    /** PNG. */
    PNG(ScanFormat.PNG),
    /** PDF. */
    PDF(ScanFormat.PDF),
    /** OFD. */
    OFD(ScanFormat.OFD),
    /** Other ZIP archive. */
    ZIP(null),
    /** RAR archive. */
    RAR(null),
    /** 7z archive. */
    SEVEN_ZIP(null),
    /** Windows PE (MZ). */
    EXE_PE(null),
    /** ELF executable. */
    EXE_ELF(null),
    /** Mach-O or Java class file (CAFEBABE). */
    EXE_MACHO(null),
    /** Script with a #! line. */
    SCRIPT(null),
    /** Not recognised. */
    UNKNOWN(null);

    private final @Nullable ScanFormat scan;

    FileFormat(@Nullable ScanFormat scan) {
        this.scan = scan;
    }

    /** The scan format, or null when this is not a scan format. */
    public @Nullable ScanFormat scanFormat() {
        return scan;
    }

    /** Whether this is executable content. */
    public boolean isExecutable() {
        return this == EXE_PE || this == EXE_ELF || this == EXE_MACHO || this == SCRIPT;
    }

    /** Whether this is a (non-OFD) archive. */
    public boolean isArchive() {
        return this == ZIP || this == RAR || this == SEVEN_ZIP;
    }
}
