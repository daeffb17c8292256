package org.cundang.code;

/**
 * One part of a {@link CodeTemplate}, with its separator and widths. Package-private: the public view is
 * {@link PartKind} plus the template's description methods.
 */
final class Part {
    final PartKind kind;
    /** The separator written before this part; {@code '\0'} for the first part. */
    final char separator;
    final int minWidth;
    final int maxWidth;
    final boolean optional;
    private final String labelZh;
    private final String labelEn;
    private final String describeZh;
    private final String describeEn;

    Part(PartKind kind, char separator, int minWidth, int maxWidth, boolean optional, String labelZh, String labelEn,
         String describeZh, String describeEn) {
        this.kind = kind;
        this.separator = separator;
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
        this.optional = optional;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.describeZh = describeZh;
        this.describeEn = describeEn;
    }

    PartKind kind() {
        return kind;
    }

    String labelZh() {
        return labelZh;
    }

    String labelEn() {
        return labelEn;
    }

    /** E.g. 年度（4 位数字，1900–2999）. */
    String describeZh() {
        return describeZh;
    }

    String describeEn() {
        return describeEn;
    }

    /** The failure code for a malformed value of this part. */
    String code() {
        switch (kind) {
            case FONDS:
                return "CD-1003";
            case CATEGORY:
                return "CD-1004";
            case YEAR:
                return "CD-1006";
            case PERIOD:
                return "CD-1008";
            case ORG:
                return "CD-1010";
            case CATALOGUE:
                return "CD-1013";
            case VOLUME:
                return "CD-1014";
            default:
                return "CD-1011";
        }
    }

    String signature() {
        return (separator == '\0' ? "" : String.valueOf(separator)) + kind + "(" + minWidth + "," + maxWidth
                + (optional ? ",opt" : "") + ")";
    }
}
