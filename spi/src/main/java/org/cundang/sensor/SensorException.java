package org.cundang.sensor;

import org.cundang.ArchiveException;
import org.cundang.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A sensor could not be found, opened or read: the one exception family of {@link SensorSource}s and
 * {@link org.cundang.sensor.spi.SensorProvider}s. Adapters wrap their I/O and library errors (for example
 * jSerialComm's) in it with the cause attached, so no checked exception crosses the API (STYLE.md 4).
 *
 * <p>Codes CD-6100 to CD-6199 ({@code docs/errors.md}, section CD-6xxx). Adapters may subclass it for their own
 * failure families (the Modbus frame codec's {@code ModbusFrameException}).
 */
public class SensorException extends ArchiveException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code  the permanent code, {@code CD-61nn}, not null
     * @param text  the message in Chinese and English, not null
     * @param cause the underlying cause, or null
     */
    public SensorException(String code, LocalizedText text, @Nullable Throwable cause) {
        super(code, text, cause);
    }

    /**
     * CD-6104: a source was used after {@link SensorSource#close()}; for implementers of {@link SensorSource}.
     *
     * @param sourceId the source's id, not null
     * @return the exception
     */
    public static SensorException closed(String sourceId) {
        return SensorMessages.exception("CD-6104", java.util.Objects.requireNonNull(sourceId, "sourceId"));
    }
}
