package org.cundang.environment;

import static java.util.Objects.requireNonNull;

/**
 * The risk view for one sensor (DOMAIN.md decision 9), over its plausible readings, time-weighted like
 * {@link SensorCompliance}. Formulas: {@link ClimateFormulas}; ratings: {@link RiskThresholds}.
 *
 * @param sensorId          the sensor, not null
 * @param twpi              time-weighted preservation index, years: the time-weighted harmonic mean of PI
 *                          ({@code Σw / Σ(w/PI)}, Padfield)
 * @param minPreservationIndex the lowest PI of a reading, years
 * @param maxPreservationIndex the highest PI of a reading, years
 * @param minDewPoint       the lowest dew point, °C
 * @param maxDewPoint       the highest dew point, °C
 * @param minDewPointSpread the smallest T − Td, °C
 * @param meanEmc           the time-weighted mean EMC, %
 * @param minEmc            the lowest EMC, %
 * @param maxEmc            the highest EMC, %
 * @param maxMouldIndex     the highest VTT mould index reached (0–6), starting from 0
 * @param finalMouldIndex   the VTT mould index at the end of the series
 * @param ageing            rating of TWPI
 * @param mechanical        rating of the EMC range
 * @param corrosion         rating of the highest EMC
 * @param mould             rating of the highest mould index
 * @param condensation      rating of the smallest dew-point spread
 */
public record SensorRisk(String sensorId, double twpi, double minPreservationIndex, double maxPreservationIndex,
                         double minDewPoint, double maxDewPoint, double minDewPointSpread, double meanEmc,
                         double minEmc, double maxEmc, double maxMouldIndex, double finalMouldIndex, Rating ageing,
                         Rating mechanical, Rating corrosion, Rating mould, Rating condensation) {

    /** Validates the fields. */
    public SensorRisk {
        requireNonNull(sensorId, "sensorId");
        requireNonNull(ageing, "ageing");
        requireNonNull(mechanical, "mechanical");
        requireNonNull(corrosion, "corrosion");
        requireNonNull(mould, "mould");
        requireNonNull(condensation, "condensation");
    }
}
