package org.cundang.environment;

/**
 * A closed range of allowed values, such as 14–24 °C or 45–60 % RH.
 *
 * @param min the lower bound, finite
 * @param max the upper bound, finite, not below {@code min}
 */
public record Band(double min, double max) {

    /**
     * Validates the bounds.
     *
     * @throws EnvironmentException CD-6002 if a bound is not finite or {@code min > max}
     */
    public Band {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw EnvironmentException.of("CD-6002", "band", min + "–" + max);
        }
    }

    /**
     * A band.
     *
     * @param min the lower bound
     * @param max the upper bound
     * @return the band
     * @throws EnvironmentException CD-6002 if a bound is not finite or {@code min > max}
     */
    public static Band of(double min, double max) {
        return new Band(min, max);
    }

    /**
     * Whether the value lies inside the band, bounds included.
     *
     * @param value the value
     * @return true when {@code min <= value <= max}
     */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /**
     * Whether this band lies entirely inside another one (it is the same or narrower).
     *
     * @param other the other band, not null
     * @return true when {@code other.min <= min} and {@code max <= other.max}
     */
    public boolean isWithin(Band other) {
        return other.min <= min && max <= other.max;
    }

    /** The width {@code max − min}. */
    public double width() {
        return max - min;
    }

    /** The centre of the band. */
    public double midpoint() {
        return (min + max) / 2;
    }

    /** Returns for example {@code 14–24}. */
    @Override
    public String toString() {
        return EnvironmentException.num(min) + "–" + EnvironmentException.num(max);
    }
}
