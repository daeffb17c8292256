package org.cundang.sensors.serial;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cundang.sensor.SensorException;
import org.cundang.sensors.serial.internal.Messages;

/**
 * Serial line settings: baud rate, data bits, parity, stop bits, written {@code 9600 8N1}. Immutable.
 *
 * <p>Timing (Modbus over Serial Line V1.02, §2.5.1.1): a character takes {@link #bitsPerCharacter()} bit times
 * (1 start + data + parity + stop: 10 for 8N1, 11 for 8E1 and 8N2); the inter-frame gap t3.5 is 3.5 character
 * times, fixed at 1.75 ms above 19200 baud.
 *
 * @param baudRate 300..4000000
 * @param dataBits 7 or 8
 * @param parity   not null
 * @param stopBits 1 or 2
 */
public record SerialSettings(int baudRate, int dataBits, Parity parity, int stopBits) {

    private static final Pattern TEXT = Pattern.compile("(\\d{3,7})\\s*([78])([NEOneo])([12])");

    /** Parity of a serial line. */
    public enum Parity {
        /** No parity bit. */
        NONE,
        /** Even parity. */
        EVEN,
        /** Odd parity. */
        ODD
    }

    /**
     * Validates the fields.
     *
     * @throws SensorException CD-6152 if a field is out of range
     */
    public SerialSettings {
        requireNonNull(parity, "parity");
        if (baudRate < 300 || baudRate > 4_000_000 || (dataBits != 7 && dataBits != 8) || (stopBits != 1 && stopBits != 2)) {
            throw new SensorException("CD-6152", Messages.text("CD-6152",
                    baudRate + " " + dataBits + "/" + parity + "/" + stopBits), null);
        }
    }

    /**
     * The common 8-bit setting.
     *
     * @param baudRate 300..4000000
     * @param parity   not null
     * @return e.g. 9600 8N1 (one stop bit)
     */
    public static SerialSettings of(int baudRate, Parity parity) {
        return new SerialSettings(baudRate, 8, parity, 1);
    }

    /**
     * Parses {@code 9600 8N1}, {@code 9600 8E1}, {@code 19200 8N2}.
     *
     * @param text the text, not null
     * @return the settings
     * @throws SensorException CD-6152 if malformed or out of range
     */
    public static SerialSettings parse(String text) {
        requireNonNull(text, "text");
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new SensorException("CD-6152", Messages.text("CD-6152",
                    text.length() > 40 ? text.substring(0, 40) + "…" : text), null);
        }
        Parity p = switch (m.group(3).toUpperCase(Locale.ROOT)) {
            case "E" -> Parity.EVEN;
            case "O" -> Parity.ODD;
            default -> Parity.NONE;
        };
        return new SerialSettings(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), p, Integer.parseInt(m.group(4)));
    }

    /** Bits on the wire per character: start + data + parity + stop. */
    public int bitsPerCharacter() {
        return 1 + dataBits + (parity == Parity.NONE ? 0 : 1) + stopBits;
    }

    /**
     * How long {@code n} characters take on the wire.
     *
     * @param n characters
     * @return nanoseconds
     */
    public long nanosFor(int n) {
        return (long) n * bitsPerCharacter() * 1_000_000_000L / baudRate;
    }

    /** The t3.5 inter-frame gap: 3.5 character times, or 1.75 ms above 19200 baud. */
    public long interFrameGapNanos() {
        return baudRate > 19_200 ? 1_750_000L : nanosFor(7) / 2;
    }

    @Override
    public String toString() {
        return baudRate + " " + dataBits + parity.name().charAt(0) + stopBits;
    }
}
