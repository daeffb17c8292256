package org.cundang.environment;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How an {@link EnvironmentAssessor} judges the data itself (gaps, stuck, implausible and swapped values) and the
 * rating limits of the risk view. Every default is Cundang's documented choice (R, {@code docs/environment.md}).
 *
 * <p>Immutable; change a copy with the {@code with…} methods.
 *
 * @param mergeWithin          an excursion or swing ends only after the value has been back within the limit for
 *                             this long; shorter returns are merged into it, so a value flapping around a bound gives
 *                             one alert, not hundreds (default 1 h)
 * @param maxGap               the longest expected time between two readings of one sensor; a longer interval is a
 *                             gap, and no reading is held for longer than this in time-weighted figures (default 1 h;
 *                             set about 13 h for the twice-daily manual readings of the 1987 暂行规定 第十条)
 * @param stuckAfter           how long identical temperature and humidity readings (at least three) may repeat
 *                             before the sensor counts as stuck (default 12 h)
 * @param plausibleTemperature the temperatures a probe can really report, °C (default −40…80)
 * @param plausibleHumidity    the relative humidities a probe can really report, % (default 0…100)
 * @param swapMarginTemperature how far outside the temperature band a value still "fits" for the swap check, °C
 *                             (default 10)
 * @param swapMarginHumidity   the same for humidity, % RH (default 15)
 * @param swapShare            the share of a sensor's plausible readings that must look swapped before the sensor is
 *                             reported (default 0.5)
 * @param risk                 the rating limits, not null
 */
public record AssessmentSettings(Duration mergeWithin, Duration maxGap, Duration stuckAfter,
                                 Band plausibleTemperature, Band plausibleHumidity, double swapMarginTemperature, double swapMarginHumidity,
                                 double swapShare, RiskThresholds risk) {

    /**
     * Validates the settings.
     *
     * @throws EnvironmentException CD-6005 if a duration is not positive, a margin is negative or not finite, or the
     *                              share is not in (0, 1]
     */
    public AssessmentSettings {
        requireNonNull(mergeWithin, "mergeWithin");
        requireNonNull(maxGap, "maxGap");
        if (mergeWithin.isNegative() || mergeWithin.compareTo(Duration.ofDays(3650)) > 0) {
            throw EnvironmentException.of("CD-6005", "mergeWithin", mergeWithin.toString());
        }
        requireNonNull(stuckAfter, "stuckAfter");
        requireNonNull(plausibleTemperature, "plausibleTemperature");
        requireNonNull(plausibleHumidity, "plausibleHumidity");
        requireNonNull(risk, "risk");
        if (maxGap.isNegative() || maxGap.isZero() || maxGap.compareTo(Duration.ofDays(3650)) > 0) {
            throw EnvironmentException.of("CD-6005", "maxGap", maxGap.toString());
        }
        if (stuckAfter.isNegative() || stuckAfter.isZero() || stuckAfter.compareTo(Duration.ofDays(3650)) > 0) {
            throw EnvironmentException.of("CD-6005", "stuckAfter", stuckAfter.toString());
        }
        if (!(swapMarginTemperature >= 0) || !(swapMarginHumidity >= 0) || !Double.isFinite(swapMarginTemperature)
                || !Double.isFinite(swapMarginHumidity)) {
            throw EnvironmentException.of("CD-6005", "swapMargin", swapMarginTemperature + "/" + swapMarginHumidity);
        }
        if (!(swapShare > 0 && swapShare <= 1)) {
            throw EnvironmentException.of("CD-6005", "swapShare", String.valueOf(swapShare));
        }
    }

    /** The defaults: merge 1 h, gap 1 h, stuck 12 h, plausible −40…80 °C and 0…100 %, swap margins 10 °C / 15 %, share 0.5. */
    public static AssessmentSettings defaults() {
        return new AssessmentSettings(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(12),
                Band.of(-40, 80), Band.of(0, 100),
                10, 15, 0.5, RiskThresholds.defaults());
    }

    /**
     * A copy with another merge time for excursions and swings ({@link Duration#ZERO}: every return ends them).
     *
     * @param value the merge time, not negative, not null
     * @return the copy
     */
    public AssessmentSettings withMergeWithin(Duration value) {
        return new AssessmentSettings(value, maxGap, stuckAfter, plausibleTemperature, plausibleHumidity,
                swapMarginTemperature, swapMarginHumidity, swapShare, risk);
    }

    /**
     * A copy with another gap threshold.
     *
     * @param value the longest expected interval, positive, not null
     * @return the copy
     */
    public AssessmentSettings withMaxGap(Duration value) {
        return new AssessmentSettings(mergeWithin, value, stuckAfter, plausibleTemperature, plausibleHumidity,
                swapMarginTemperature, swapMarginHumidity, swapShare, risk);
    }

    /**
     * A copy with another stuck-sensor duration.
     *
     * @param value the duration, positive, not null
     * @return the copy
     */
    public AssessmentSettings withStuckAfter(Duration value) {
        return new AssessmentSettings(mergeWithin, maxGap, value, plausibleTemperature, plausibleHumidity,
                swapMarginTemperature,
                swapMarginHumidity, swapShare, risk);
    }

    /**
     * A copy with other plausible sensor ranges.
     *
     * @param temperature °C, not null
     * @param humidity    %, not null
     * @return the copy
     */
    public AssessmentSettings withPlausibleRanges(Band temperature, Band humidity) {
        return new AssessmentSettings(mergeWithin, maxGap, stuckAfter, temperature, humidity, swapMarginTemperature,
                swapMarginHumidity, swapShare, risk);
    }

    /**
     * A copy with other swap-check parameters.
     *
     * @param marginTemperature °C, not negative
     * @param marginHumidity    % RH, not negative
     * @param share             in (0, 1]
     * @return the copy
     */
    public AssessmentSettings withSwapCheck(double marginTemperature, double marginHumidity, double share) {
        return new AssessmentSettings(mergeWithin, maxGap, stuckAfter, plausibleTemperature, plausibleHumidity,
                marginTemperature,
                marginHumidity, share, risk);
    }

    /**
     * A copy with other rating limits.
     *
     * @param value the limits, not null
     * @return the copy
     */
    public AssessmentSettings withRisk(RiskThresholds value) {
        return new AssessmentSettings(mergeWithin, maxGap, stuckAfter, plausibleTemperature, plausibleHumidity,
                swapMarginTemperature, swapMarginHumidity, swapShare, value);
    }
}
