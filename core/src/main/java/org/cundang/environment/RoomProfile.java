package org.cundang.environment;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;
import org.cundang.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * What a storage room must keep to: the temperature and humidity bands of its room type, the allowed 24-hour swing,
 * and optional light limits. The shipped profiles ({@link RoomProfiles#defaults()}) are the JGJ 25-2010 5.2.1/5.2.2
 * bands (V) and DA/T 87-2021's 光盘库 (S); each carries its source and confidence.
 *
 * <p>A county may tighten a profile, never loosen it: every {@code with…} method refuses a wider band, a larger
 * swing or a higher light limit with CD-6003 (the bands are the standard's minimum requirement).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id                 the id used on the command line, e.g. {@code paper}: 1–40 characters {@code a-z 0-9 -}
 * @param name               the room type in both languages, not null
 * @param temperature        the allowed temperature band, °C, not null
 * @param humidity           the allowed relative-humidity band, %, not null
 * @param swing              the allowed 24-hour swing, not null
 * @param ultravioletLimit   the largest allowed UV proportion, µW/lm, or null when not checked (ISO 11799: 75, V)
 * @param illuminanceLimit   the largest allowed illuminance, lux, or null when not checked (S/R; see docs)
 * @param source             the regulation or standard and clause, not null
 * @param confidence         how well the source is verified, not null
 */
public record RoomProfile(String id, LocalizedText name, Band temperature, Band humidity, SwingLimit swing,
                          @Nullable Double ultravioletLimit, @Nullable Double illuminanceLimit, String source,
                          Confidence confidence) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /**
     * Validates the profile.
     *
     * @throws EnvironmentException CD-6002 if the id is malformed, the humidity band leaves 0–100 % or a light
     *                              limit is not a finite positive number
     */
    public RoomProfile {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(temperature, "temperature");
        requireNonNull(humidity, "humidity");
        requireNonNull(swing, "swing");
        requireNonNull(source, "source");
        requireNonNull(confidence, "confidence");
        if (!ID.matcher(id).matches()) {
            throw EnvironmentException.of("CD-6002", "id", EnvironmentException.shown(id));
        }
        if (humidity.min() < 0 || humidity.max() > 100) {
            throw EnvironmentException.of("CD-6002", "humidity", humidity.toString());
        }
        requirePositive(ultravioletLimit, "ultravioletLimit");
        requirePositive(illuminanceLimit, "illuminanceLimit");
    }

    private static void requirePositive(@Nullable Double v, String what) {
        if (v != null && (!Double.isFinite(v) || v <= 0)) {
            throw EnvironmentException.of("CD-6002", what, String.valueOf(v));
        }
    }

    /** The UV limit, µW/lm, when checked. */
    public Optional<Double> ultravioletLimitValue() {
        return Optional.ofNullable(ultravioletLimit);
    }

    /** The illuminance limit, lux, when checked. */
    public Optional<Double> illuminanceLimitValue() {
        return Optional.ofNullable(illuminanceLimit);
    }

    /**
     * A copy with a narrower (or equal) temperature band.
     *
     * @param band the new band, not null
     * @return the tightened profile
     * @throws EnvironmentException CD-6003 if the band reaches outside the current one
     */
    public RoomProfile withTemperature(Band band) {
        requireNonNull(band, "band");
        if (!band.isWithin(temperature)) {
            throw widening("temperature", temperature.toString(), band.toString());
        }
        return new RoomProfile(id, name, band, humidity, swing, ultravioletLimit, illuminanceLimit, source, confidence);
    }

    /**
     * A copy with a narrower (or equal) relative-humidity band.
     *
     * @param band the new band, not null
     * @return the tightened profile
     * @throws EnvironmentException CD-6003 if the band reaches outside the current one
     */
    public RoomProfile withHumidity(Band band) {
        requireNonNull(band, "band");
        if (!band.isWithin(humidity)) {
            throw widening("humidity", humidity.toString(), band.toString());
        }
        return new RoomProfile(id, name, temperature, band, swing, ultravioletLimit, illuminanceLimit, source, confidence);
    }

    /**
     * A copy with a smaller (or equal) allowed 24-hour swing.
     *
     * @param limit the new limit, not null
     * @return the tightened profile
     * @throws EnvironmentException CD-6003 if either amplitude is larger than the current one
     */
    public RoomProfile withSwing(SwingLimit limit) {
        requireNonNull(limit, "limit");
        if (limit.temperature() > swing.temperature() || limit.humidity() > swing.humidity()) {
            throw widening("swing", "±" + EnvironmentException.num(swing.temperature()) + "/±"
                    + EnvironmentException.num(swing.humidity()), "±" + EnvironmentException.num(limit.temperature())
                    + "/±" + EnvironmentException.num(limit.humidity()));
        }
        return new RoomProfile(id, name, temperature, humidity, limit, ultravioletLimit, illuminanceLimit, source,
                confidence);
    }

    /**
     * A copy with a UV limit no higher than the current one (any limit when none is set).
     *
     * @param limit the limit, µW/lm, finite and positive
     * @return the tightened profile
     * @throws EnvironmentException CD-6003 if the limit is higher than the current one, CD-6002 if not positive
     */
    public RoomProfile withUltravioletLimit(double limit) {
        if (ultravioletLimit != null && limit > ultravioletLimit) {
            throw widening("ultravioletLimit", EnvironmentException.num(ultravioletLimit),
                    EnvironmentException.num(limit));
        }
        return new RoomProfile(id, name, temperature, humidity, swing, limit, illuminanceLimit, source, confidence);
    }

    /**
     * A copy with an illuminance limit no higher than the current one (any limit when none is set).
     *
     * @param limit the limit, lux, finite and positive
     * @return the tightened profile
     * @throws EnvironmentException CD-6003 if the limit is higher than the current one, CD-6002 if not positive
     */
    public RoomProfile withIlluminanceLimit(double limit) {
        if (illuminanceLimit != null && limit > illuminanceLimit) {
            throw widening("illuminanceLimit", EnvironmentException.num(illuminanceLimit),
                    EnvironmentException.num(limit));
        }
        return new RoomProfile(id, name, temperature, humidity, swing, ultravioletLimit, limit, source, confidence);
    }

    /**
     * A copy that names the rule that tightened it (for example a county's 库房管理办法).
     *
     * @param newSource  the regulation and article, not null
     * @param newConfidence how well it is verified, not null
     * @return the copy
     */
    public RoomProfile withSource(String newSource, Confidence newConfidence) {
        return new RoomProfile(id, name, temperature, humidity, swing, ultravioletLimit, illuminanceLimit,
                requireNonNull(newSource, "newSource"), requireNonNull(newConfidence, "newConfidence"));
    }

    private EnvironmentException widening(String what, String current, String proposed) {
        return EnvironmentException.of("CD-6003", id, what, current, proposed);
    }
}
