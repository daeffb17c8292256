package org.cundang.sensors.serial.modbus;

import static java.util.Objects.requireNonNull;

import java.util.HexFormat;
import org.cundang.sensor.SensorException;
import org.cundang.sensors.serial.internal.Messages;

/**
 * A Modbus RTU frame is malformed or does not answer the request, or a request cannot be encoded. The only
 * exception the codec ({@link ModbusRtu}, {@link ResponseDecoder}) throws for any input.
 *
 * <p>Codes, one per {@link Reason}: CD-6120 (invalid request) to CD-6127 (see {@code docs/errors.md}). The frame
 * bytes seen so far are kept ({@link #frame()}) with the index of the first bad byte ({@link #index()}), as parse
 * errors elsewhere in Cundang carry their input and error index.
 */
public final class ModbusFrameException extends SensorException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the frame; each reason has its own permanent code. */
    public enum Reason {
        /** CD-6120: a request argument is out of range (address, register, quantity, value). */
        INVALID_REQUEST("CD-6120"),
        /** CD-6121: the CRC does not match the frame (line noise, wrong baud rate or parity). */
        BAD_CRC("CD-6121"),
        /** CD-6122: the frame ended before its declared length. */
        SHORT_FRAME("CD-6122"),
        /** CD-6123: bytes follow the end of the frame. */
        LONG_FRAME("CD-6123"),
        /** CD-6124: the frame comes from another slave address than the one asked. */
        WRONG_ADDRESS("CD-6124"),
        /** CD-6125: the function code is neither the one asked nor its exception form. */
        WRONG_FUNCTION("CD-6125"),
        /** CD-6126: the byte count does not match the quantity asked. */
        BAD_BYTE_COUNT("CD-6126"),
        /** CD-6127: a write's echo does not repeat the register and value written. */
        ECHO_MISMATCH("CD-6127");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** The permanent CD code of this reason. */
        public String code() {
            return code;
        }
    }

    private final Reason reason;
    private final byte[] frame;
    private final int index;

    private ModbusFrameException(Reason reason, byte[] frame, int index, String detail) {
        super(reason.code(), Messages.text(reason.code(), hex(frame),
                String.valueOf(index), detail), null);
        this.reason = reason;
        this.frame = frame.clone();
        this.index = index;
    }

    /** Hex of at most the first 64 bytes, so a hostile stream cannot make a huge message. */
    static String hex(byte[] frame) {
        int n = Math.min(frame.length, 64);
        String h = HexFormat.ofDelimiter(" ").formatHex(frame, 0, n);
        return n < frame.length ? h + " …(" + frame.length + " bytes)" : h;
    }

    /**
     * Creates the exception.
     *
     * @param reason what is wrong, not null
     * @param frame  the bytes seen (copied), not null; empty for an invalid request
     * @param index  the index of the first bad byte in {@code frame}, or -1
     * @param detail a short detail for the message (expected and found values), not null
     * @return the exception
     */
    public static ModbusFrameException of(Reason reason, byte[] frame, int index, String detail) {
        requireNonNull(reason, "reason");
        requireNonNull(frame, "frame");
        requireNonNull(detail, "detail");
        return new ModbusFrameException(reason, frame, index, detail);
    }

    /** What is wrong. */
    public Reason reason() {
        return reason;
    }

    /** A copy of the bytes seen. */
    public byte[] frame() {
        return frame.clone();
    }

    /** The index of the first bad byte in {@link #frame()}, or -1 when not tied to a byte. */
    public int index() {
        return index;
    }
}
