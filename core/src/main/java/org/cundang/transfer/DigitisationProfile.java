package org.cundang.transfer;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;

/**
 * The digitisation requirements scans are checked against (DOMAIN.md decision 7). The default follows DA/T 31-2017
 * (S): at least 200 dpi (9.4), colour preferred but not required (9.3), TIFF/JPEG/JPEG 2000 long-term (9.5), PDF and
 * OFD accepted as access copies, PNG accepted. A county makes it stricter, e.g. {@code builder().minDpi(300)
 * .minColour(ColourMode.COLOUR).build()} (the 临海 2023 rules demand colour, V). Immutable.
 *
 * @param minDpi          the lowest accepted resolution in dpi (1..10000)
 * @param minColour       the lowest accepted colour mode
 * @param colourPreferred whether a non-colour scan gets a WARN
 * @param accepted        the formats accepted at all
 * @param longTerm        the long-term formats (an accepted format outside this set gets a WARN)
 */
public record DigitisationProfile(int minDpi, ColourMode minColour, boolean colourPreferred, Set<ScanFormat> accepted,
                                  Set<ScanFormat> longTerm) {

    /** Validates and copies. */
    public DigitisationProfile {
        requireNonNull(minColour, "minColour");
        if (minDpi < 1 || minDpi > 10_000) {
            throw new IllegalArgumentException("minDpi must be within 1..10000: " + minDpi);
        }
        accepted = Set.copyOf(requireNonNull(accepted, "accepted"));
        longTerm = Set.copyOf(requireNonNull(longTerm, "longTerm"));
    }

    /** The DA/T 31-2017 default. */
    public static DigitisationProfile daT31() {
        return builder().build();
    }

    /** A builder starting from the DA/T 31-2017 default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a profile. */
    public static final class Builder {
        private int minDpi = 200;
        private ColourMode minColour = ColourMode.BILEVEL;
        private boolean colourPreferred = true;
        private Set<ScanFormat> accepted = EnumSet.allOf(ScanFormat.class);
        private Set<ScanFormat> longTerm = EnumSet.of(ScanFormat.TIFF, ScanFormat.JPEG, ScanFormat.JPEG2000);

        private Builder() {
        }

        /**
         * Sets the lowest resolution.
         *
         * @param dpi dots per inch
         * @return this
         */
        public Builder minDpi(int dpi) {
            this.minDpi = dpi;
            return this;
        }

        /**
         * Sets the lowest colour mode.
         *
         * @param mode the mode, not null
         * @return this
         */
        public Builder minColour(ColourMode mode) {
            this.minColour = requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Sets whether non-colour scans get a WARN.
         *
         * @param preferred the flag
         * @return this
         */
        public Builder colourPreferred(boolean preferred) {
            this.colourPreferred = preferred;
            return this;
        }

        /**
         * Sets the accepted formats.
         *
         * @param formats the formats, not null
         * @return this
         */
        public Builder accepted(Set<ScanFormat> formats) {
            this.accepted = requireNonNull(formats, "formats");
            return this;
        }

        /**
         * Sets the long-term formats.
         *
         * @param formats the formats, not null
         * @return this
         */
        public Builder longTerm(Set<ScanFormat> formats) {
            this.longTerm = requireNonNull(formats, "formats");
            return this;
        }

        /** Builds the profile. */
        public DigitisationProfile build() {
            return new DigitisationProfile(minDpi, minColour, colourPreferred, accepted, longTerm);
        }
    }
}
