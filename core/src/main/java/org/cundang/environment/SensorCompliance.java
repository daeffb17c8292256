package org.cundang.environment;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The compliance view for one sensor (DOMAIN.md decision 9): time in and out of the profile's bands, excursions,
 * 24-hour swings and data issues.
 *
 * <p>Times are weighted by sample and hold: a reading stands until the next one, at most for the gap threshold; the
 * last reading stands as long as the interval before it. Implausible readings count for nothing.
 *
 * @param sensorId          the sensor, not null
 * @param readings          how many readings were assessed (after dropping duplicates)
 * @param first             the first reading's time, not null
 * @param last              the last reading's time, not null
 * @param observed          the time covered by plausible readings, not null
 * @param inBand            the part of it with both temperature and humidity in band, not null
 * @param temperatureInBand the part with temperature in band, not null
 * @param humidityInBand    the part with humidity in band, not null
 * @param excursions        every excursion, in time order (temperature, humidity, then light), not null
 * @param swings            every 24-hour swing over the limit, not null
 * @param issues            every data issue, not null
 */
public record SensorCompliance(String sensorId, int readings, Instant first, Instant last, Duration observed,
                               Duration inBand, Duration temperatureInBand, Duration humidityInBand,
                               List<Excursion> excursions, List<Swing> swings, List<DataIssue> issues) {

    /** Validates and copies the fields. */
    public SensorCompliance {
        requireNonNull(sensorId, "sensorId");
        requireNonNull(first, "first");
        requireNonNull(last, "last");
        requireNonNull(observed, "observed");
        requireNonNull(inBand, "inBand");
        requireNonNull(temperatureInBand, "temperatureInBand");
        requireNonNull(humidityInBand, "humidityInBand");
        excursions = List.copyOf(excursions);
        swings = List.copyOf(swings);
        issues = List.copyOf(issues);
    }

    /** The share of observed time with both temperature and humidity in band (0–1), empty when nothing was observed. */
    public OptionalDouble fractionInBand() {
        return fraction(inBand);
    }

    /** The share of observed time with temperature in band, empty when nothing was observed. */
    public OptionalDouble fractionTemperatureInBand() {
        return fraction(temperatureInBand);
    }

    /** The share of observed time with humidity in band, empty when nothing was observed. */
    public OptionalDouble fractionHumidityInBand() {
        return fraction(humidityInBand);
    }

    /** The observed time outside the band (either quantity). */
    public Duration outOfBand() {
        return observed.minus(inBand);
    }

    private OptionalDouble fraction(Duration part) {
        return observed.isZero() ? OptionalDouble.empty()
                : OptionalDouble.of((double) part.toMillis() / observed.toMillis());
    }
}
