package org.cundang.sensors.serial;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cundang.environment.Reading;
import org.cundang.sensor.SensorException;
import org.cundang.sensors.serial.internal.Messages;

/**
 * Parses the text lines that streaming probes send, such as {@code T=21.5,RH=48.2}, {@code T:21.5 H:48.2},
 * {@code temp=21.5C hum=48.2%} or {@code 21.5,48.2} (temperature first). Full-width characters are normalised
 * (NFKC) first. Keys (case-insensitive): {@code T}, {@code TEMP}, {@code TEMPERATURE} for °C; {@code RH}, {@code H},
 * {@code HUM}, {@code HUMIDITY} for %; others are ignored. Immutable and thread-safe.
 */
public final class AsciiLineFormat {

    private static final int MAX_LINE = 256;
    private static final Pattern PAIR = Pattern.compile("([A-Za-z]+)\\s*[=:]\\s*(-?\\d+(?:\\.\\d+)?)");
    private static final Pattern BARE = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*[,;\\s]\\s*(-?\\d+(?:\\.\\d+)?)\\s*");

    private AsciiLineFormat() {
    }

    /** The format. */
    public static AsciiLineFormat standard() {
        return new AsciiLineFormat();
    }

    /**
     * Parses one line.
     *
     * @param sensorId the sensor id, not null
     * @param time     the reading time, not null
     * @param line     the line without its end-of-line, not null
     * @return the reading
     * @throws SensorException CD-6160 with the line and the index of the first character not understood
     */
    public Reading parse(String sensorId, Instant time, String line) {
        requireNonNull(sensorId, "sensorId");
        requireNonNull(time, "time");
        requireNonNull(line, "line");
        if (line.length() > MAX_LINE) {
            throw bad(line, MAX_LINE, "longer than " + MAX_LINE + " characters");
        }
        String text = Normalizer.normalize(line, Normalizer.Form.NFKC).strip();
        Matcher bare = BARE.matcher(text);
        if (bare.matches()) {
            return Reading.of(sensorId, time, Double.parseDouble(bare.group(1)), Double.parseDouble(bare.group(2)));
        }
        Double t = null;
        Double h = null;
        Matcher m = PAIR.matcher(text);
        while (m.find()) {
            String key = m.group(1).toUpperCase(Locale.ROOT);
            double v = Double.parseDouble(m.group(2));
            switch (key) {
                case "T", "TEMP", "TEMPERATURE" -> t = v;
                case "RH", "H", "HUM", "HUMIDITY" -> h = v;
                default -> {
                    // other values (dew point, battery) are ignored
                }
            }
        }
        if (t == null || h == null) {
            int index = firstBad(text);
            throw bad(line, index, t == null ? "no temperature (T=...)" : "no humidity (RH=...)");
        }
        return Reading.of(sensorId, time, t, h);
    }

    private static int firstBad(String text) {
        Matcher m = PAIR.matcher(text);
        int end = 0;
        while (m.find()) {
            if (m.start() > end && !text.substring(end, m.start()).matches("[\\s,;°C%]*")) {
                return end;
            }
            end = m.end();
        }
        return end;
    }

    private static SensorException bad(String line, int index, String detail) {
        String shown = line.length() > 80 ? line.substring(0, 80) + "…" : line;
        return new SensorException("CD-6160", Messages.text("CD-6160", shown.replaceAll("\\p{Cntrl}", "?"),
                String.valueOf(index), detail), null);
    }
}
