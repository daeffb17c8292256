package org.cundang.environment;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The risk metrics of one temperature/humidity point, as {@code cundang room metrics --t 20 --rh 50} shows them:
 * dew point, preservation index, equilibrium moisture content, the VTT mould limits, and their ratings. Formulas
 * and sources: {@link ClimateFormulas}; rating limits: {@link RiskThresholds}.
 *
 * @param temperature              °C
 * @param relativeHumidity         %
 * @param dewPoint                 °C (Magnus)
 * @param preservationIndex        years (Reilly/Padfield)
 * @param equilibriumMoistureContent % (Simpson)
 * @param mouldCriticalHumidity    % above which mould can grow at this temperature (VTT)
 * @param daysToMouldGrowth        days to mould index 1 if held constant, or null when mould does not grow
 * @param ageing                   natural-ageing rating from PI
 * @param mechanical               mechanical-damage rating from EMC
 * @param corrosion                metal-corrosion rating from EMC
 * @param mould                    GOOD when mould cannot grow, RISK when it can
 * @param condensation             rating of the dew-point spread
 */
public record ClimateMetrics(double temperature, double relativeHumidity, double dewPoint, double preservationIndex,
                             double equilibriumMoistureContent, double mouldCriticalHumidity,
                             @Nullable Double daysToMouldGrowth, Rating ageing, Rating mechanical, Rating corrosion,
                             Rating mould, Rating condensation) {

    /** Lowest temperature the metrics accept, °C (the usual probe range, see {@link AssessmentSettings}). */
    public static final double MIN_TEMPERATURE = -40;
    /** Highest temperature the metrics accept, °C. */
    public static final double MAX_TEMPERATURE = 80;

    /** Validates the fields. */
    public ClimateMetrics {
        requireNonNull(ageing, "ageing");
        requireNonNull(mechanical, "mechanical");
        requireNonNull(corrosion, "corrosion");
        requireNonNull(mould, "mould");
        requireNonNull(condensation, "condensation");
    }

    /**
     * The metrics with the default thresholds.
     *
     * @param temperature      °C, −40 to 80
     * @param relativeHumidity %, above 0 and at most 100
     * @return the metrics
     * @throws EnvironmentException CD-6007 if a value is outside that range or not finite
     */
    public static ClimateMetrics of(double temperature, double relativeHumidity) {
        return of(temperature, relativeHumidity, RiskThresholds.defaults());
    }

    /**
     * The metrics.
     *
     * @param temperature      °C, −40 to 80
     * @param relativeHumidity %, above 0 and at most 100
     * @param thresholds       the rating limits, not null
     * @return the metrics
     * @throws EnvironmentException CD-6007 if a value is outside that range or not finite
     */
    public static ClimateMetrics of(double temperature, double relativeHumidity, RiskThresholds thresholds) {
        requireNonNull(thresholds, "thresholds");
        if (!(temperature >= MIN_TEMPERATURE && temperature <= MAX_TEMPERATURE)) {
            throw EnvironmentException.of("CD-6007", "T", String.valueOf(temperature), "−40…80 °C");
        }
        if (!(relativeHumidity > 0 && relativeHumidity <= 100)) {
            throw EnvironmentException.of("CD-6007", "RH", String.valueOf(relativeHumidity), "0…100 %");
        }
        double dp = ClimateFormulas.dewPoint(temperature, relativeHumidity);
        double pi = ClimateFormulas.preservationIndex(temperature, relativeHumidity);
        double emc = ClimateFormulas.equilibriumMoistureContent(temperature, relativeHumidity);
        double days = ClimateFormulas.daysToMouldGrowth(temperature, relativeHumidity);
        boolean favourable = ClimateFormulas.mouldFavourable(temperature, relativeHumidity);
        return new ClimateMetrics(temperature, relativeHumidity, dp, pi, emc,
                ClimateFormulas.mouldCriticalHumidity(temperature), Double.isInfinite(days) ? null : days,
                thresholds.rateAgeing(pi), thresholds.rateMechanical(emc, emc), thresholds.rateCorrosion(emc),
                favourable ? Rating.RISK : Rating.GOOD, thresholds.rateCondensation(temperature - dp));
    }
}
