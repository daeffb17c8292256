package org.cundang.environment;

/** What a sensor measures, with its unit. */
public enum Quantity {
    /** Air temperature, °C. */
    TEMPERATURE("°C"),
    /** Relative humidity, %. */
    RELATIVE_HUMIDITY("%"),
    /** Illuminance, lux. */
    ILLUMINANCE("lx"),
    /** Ultraviolet proportion, µW/lm. */
    ULTRAVIOLET("µW/lm");

    private final String unit;

    Quantity(String unit) {
        this.unit = unit;
    }

    /** The unit symbol, e.g. {@code °C}. */
    public String unit() {
        return unit;
    }
}
