package org.cundang.environment;

/**
 * The allowed fluctuation within any 24 hours, written as JGJ 25-2010 5.2.3 writes it: "±2 °C" and "±5 % RH" around
 * the set point (V).
 *
 * <p><b>Interpretation.</b> The set point of a village room is rarely known, so Cundang reads "±a" as: all readings
 * of any rolling 24-hour window fit inside a window of ±a around some set point, that is, their range
 * {@code max − min} is at most {@code 2a} (4 °C and 10 % RH by default). A county that reads the rule strictly as a
 * range of at most 2 °C sets {@code temperature = 1}. See {@code docs/environment.md}.
 *
 * @param temperature the allowed ± amplitude of temperature, °C, finite and positive
 * @param humidity    the allowed ± amplitude of relative humidity, % RH, finite and positive
 */
public record SwingLimit(double temperature, double humidity) {

    /**
     * Validates the amplitudes.
     *
     * @throws EnvironmentException CD-6002 if an amplitude is not finite and positive
     */
    public SwingLimit {
        if (!(temperature > 0) || !(humidity > 0) || !Double.isFinite(temperature) || !Double.isFinite(humidity)) {
            throw EnvironmentException.of("CD-6002", "swing", "±" + temperature + " °C / ±" + humidity + " %");
        }
    }

    /** JGJ 25-2010 5.2.3: ±2 °C and ±5 % RH within 24 hours (V). */
    public static SwingLimit jgj25() {
        return new SwingLimit(2, 5);
    }

    /** The largest allowed 24-hour temperature range {@code max − min}, °C: twice the amplitude. */
    public double maxTemperatureRange() {
        return 2 * temperature;
    }

    /** The largest allowed 24-hour relative-humidity range {@code max − min}, % RH: twice the amplitude. */
    public double maxHumidityRange() {
        return 2 * humidity;
    }
}
