package org.cundang.retention;

import static java.util.Objects.requireNonNull;

import java.time.Year;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How legacy 永久/长期/短期 periods become current ones. The default is 永久→Y, 长期→D30, 短期→D10 (DOMAIN.md decision 5;
 * the mapping itself is tagged R, so it is configuration, not a constant).
 *
 * <p>A mapping never shortens what the legacy term promised: 永久 maps only to 永久, and 长期 (16 to about 50 years
 * under the 1987 rule) to at least 16 years. The letter {@code D} is ambiguous: in legacy data it is 短期, while
 * current codes start with D ({@code D30}, {@code D10}). {@link #resolve(CharSequence, Year)} reads a bare
 * {@code D}, {@code C} or digit as legacy and says it is unsure when the record's year is at or after the
 * {@linkplain #cutOverYear() cut-over year} (default 2007, configurable; DOMAIN.md §2.2, S).
 *
 * <p>Immutable and thread-safe.
 */
public final class LegacyPeriodMapping {

    /** Default cut-over from 卷-style Y/C/D to 件-style Y/D30/D10: 2007 (one public code base; S). */
    public static final int DEFAULT_CUT_OVER_YEAR = 2007;

    private static final LegacyPeriodMapping DEFAULTS = new LegacyPeriodMapping(
            new EnumMap<>(Map.of(
                    LegacyPeriod.PERMANENT, RetentionPeriod.PERMANENT,
                    LegacyPeriod.LONG, RetentionPeriod.D30,
                    LegacyPeriod.SHORT, RetentionPeriod.D10)),
            Year.of(DEFAULT_CUT_OVER_YEAR));

    private final EnumMap<LegacyPeriod, RetentionPeriod> targets;
    private final Year cutOverYear;

    private LegacyPeriodMapping(EnumMap<LegacyPeriod, RetentionPeriod> targets, Year cutOverYear) {
        this.targets = targets;
        this.cutOverYear = cutOverYear;
    }

    /** The default mapping: 永久→Y, 长期→D30, 短期→D10, cut-over 2007. */
    public static LegacyPeriodMapping defaults() {
        return DEFAULTS;
    }

    /**
     * A copy that maps {@code legacy} to {@code target}.
     *
     * @param legacy the legacy term, not null
     * @param target the current period, not null
     * @return the new mapping
     * @throws PeriodParseException (CD-2003) if the target would shorten the legacy term
     */
    public LegacyPeriodMapping with(LegacyPeriod legacy, RetentionPeriod target) {
        requireNonNull(legacy, "legacy");
        requireNonNull(target, "target");
        boolean shortens = switch (legacy) {
            case PERMANENT -> !target.isPermanent();
            case LONG -> !target.isPermanent() && target.years().orElse(0) < 16;
            case SHORT -> false;
        };
        if (shortens || target.kind() == RetentionPeriod.Kind.AFTER_EVENT) {
            throw PeriodParseException.shorteningMapping(legacy, target);
        }
        EnumMap<LegacyPeriod, RetentionPeriod> copy = new EnumMap<>(targets);
        copy.put(legacy, target);
        return new LegacyPeriodMapping(copy, cutOverYear);
    }

    /**
     * A copy with another cut-over year.
     *
     * @param year the first year whose records use current codes, not null
     * @return the new mapping
     */
    public LegacyPeriodMapping withCutOverYear(Year year) {
        return new LegacyPeriodMapping(targets, requireNonNull(year, "year"));
    }

    /** The first year whose records are expected to use current codes. */
    public Year cutOverYear() {
        return cutOverYear;
    }

    /**
     * The current period for a legacy term.
     *
     * @param legacy the legacy term, not null
     * @return the mapped period, never null
     */
    public RetentionPeriod map(LegacyPeriod legacy) {
        return targets.get(requireNonNull(legacy, "legacy"));
    }

    /**
     * Reads a period written either way: a current code or label, or a legacy term mapped by this mapping.
     *
     * @param text the text, not null
     * @param year the record's year (formation or filing), or null when unknown
     * @return the resolution, or empty if the text is no period at all
     */
    public Optional<Resolution> resolve(CharSequence text, @Nullable Year year) {
        requireNonNull(text, "text");
        String s = text.toString().strip();
        Optional<LegacyPeriod> legacy = LegacyPeriod.tryParse(s);
        if (legacy.isPresent() && !(legacy.get() == LegacyPeriod.PERMANENT && "Y".equals(s))) {
            LegacyPeriod l = legacy.get();
            boolean unsure = l != LegacyPeriod.PERMANENT && year != null && !year.isBefore(cutOverYear);
            return Optional.of(new Resolution(map(l), l, unsure));
        }
        return RetentionPeriod.tryParse(s).map(p -> new Resolution(p, null, false));
    }

    /**
     * The outcome of {@link #resolve(CharSequence, Year)}.
     *
     * @param period the current period, not null
     * @param legacy the legacy term it was read as, or null when the text was a current period
     * @param unsure true when a legacy term appeared in a record at or after the cut-over year, where it may be a
     *               mistake for a current code; callers should report it
     */
    public record Resolution(RetentionPeriod period, @Nullable LegacyPeriod legacy, boolean unsure) {
        /** Validates the fields. */
        public Resolution {
            requireNonNull(period, "period");
        }

        /** Whether the text was a legacy term. */
        public boolean wasLegacy() {
            return legacy != null;
        }
    }
}
