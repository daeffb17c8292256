package org.cundang.environment;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One reading from a room sensor: temperature in °C and relative humidity in %, optionally illuminance in lux and
 * ultraviolet in µW/lm.
 *
 * <p>Values are kept as measured, including implausible ones (a probe reporting 300 °C): judging them is the
 * assessment's job, which reports them as findings rather than dropping them. NaN and infinities are refused.
 *
 * @param sensorId           the sensor's id, not null, may be empty when the source has a single sensor
 * @param time               when the reading was taken, not null
 * @param temperature        temperature, °C, finite
 * @param relativeHumidity   relative humidity, %, finite
 * @param illuminance        illuminance, lux, or null when not measured
 * @param ultraviolet        ultraviolet, µW/lm, or null when not measured
 */
public record Reading(String sensorId, Instant time, double temperature, double relativeHumidity,
                      @Nullable Double illuminance, @Nullable Double ultraviolet) {

    /** Validates the fields. */
    public Reading {
        requireNonNull(sensorId, "sensorId");
        requireNonNull(time, "time");
        requireFinite(temperature, "temperature");
        requireFinite(relativeHumidity, "relativeHumidity");
        if (illuminance != null) {
            requireFinite(illuminance, "illuminance");
        }
        if (ultraviolet != null) {
            requireFinite(ultraviolet, "ultraviolet");
        }
    }

    /**
     * A temperature and humidity reading.
     *
     * @param sensorId         the sensor's id, not null
     * @param time             when it was taken, not null
     * @param temperature      °C
     * @param relativeHumidity %
     * @return the reading
     */
    public static Reading of(String sensorId, Instant time, double temperature, double relativeHumidity) {
        return new Reading(sensorId, time, temperature, relativeHumidity, null, null);
    }

    private static void requireFinite(double v, String name) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number, was " + v);
        }
    }
}
