package org.cundang.sensors.serial.modbus;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.cundang.sensors.serial.modbus.ModbusFrameException.Reason;

/**
 * The Modbus RTU frame codec: pure functions, no I/O. Encodes requests ({@link ModbusRequest#encode()}) and
 * responses (for slaves and simulators), decodes whole frames; {@link ResponseDecoder} decodes byte by byte.
 *
 * <p>Every decoding method answers any input, however malformed, either with a value or with a
 * {@link ModbusFrameException}; it never throws anything else and never loops on the input (checked by jqwik
 * properties in the tests).
 *
 * <p>Sources: Modbus Application Protocol Specification V1.1b3 (§6.3, §6.4, §6.6, §7) and Modbus over Serial Line
 * V1.02 (§2.5.1).
 */
public final class ModbusRtu {

    /** Function 03, read holding registers. */
    public static final int READ_HOLDING_REGISTERS = 0x03;
    /** Function 04, read input registers. */
    public static final int READ_INPUT_REGISTERS = 0x04;
    /** Function 06, write single register. */
    public static final int WRITE_SINGLE_REGISTER = 0x06;
    /** The longest RTU frame (Modbus over Serial Line V1.02, §2.5.1.1). */
    public static final int MAX_FRAME = 256;

    private ModbusRtu() {
    }

    /**
     * Decodes a whole response frame to a request.
     *
     * @param request the request it answers, not null
     * @param frame   the bytes received, not null
     * @return the response (register values, write echo, or exception response)
     * @throws ModbusFrameException CD-6121..CD-6127 if the frame is malformed or answers another request
     */
    public static ModbusResponse decodeResponse(ModbusRequest request, byte[] frame) {
        requireNonNull(request, "request");
        requireNonNull(frame, "frame");
        ResponseDecoder d = new ResponseDecoder(request);
        d.feed(frame, 0, frame.length);
        if (!d.isComplete()) {
            throw ModbusFrameException.of(Reason.SHORT_FRAME, frame, frame.length,
                    "need at least " + (frame.length + d.missing()) + " bytes, got " + frame.length);
        }
        if (d.consumed() < frame.length) {
            throw ModbusFrameException.of(Reason.LONG_FRAME, frame, d.consumed(),
                    "frame ends after " + d.consumed() + " bytes, got " + frame.length);
        }
        return d.response();
    }

    /**
     * Decodes a whole request frame (slave side). Supports functions 03, 04 and 06.
     *
     * @param frame the bytes received, not null
     * @return the request
     * @throws ModbusFrameException CD-6122/6123 for a frame that is not 8 bytes, CD-6121 for a bad CRC, CD-6125 for
     *                              another function, CD-6120 for out-of-range fields
     */
    public static ModbusRequest decodeRequest(byte[] frame) {
        requireNonNull(frame, "frame");
        if (frame.length >= 2) {
            int fc = frame[1] & 0xFF;
            if (fc != READ_HOLDING_REGISTERS && fc != READ_INPUT_REGISTERS && fc != WRITE_SINGLE_REGISTER) {
                throw ModbusFrameException.of(Reason.WRONG_FUNCTION, frame, 1, "function " + fc + " (supported: 3, 4, 6)");
            }
        }
        if (frame.length < 8) {
            throw ModbusFrameException.of(Reason.SHORT_FRAME, frame, frame.length, "a request is 8 bytes, got " + frame.length);
        }
        if (frame.length > 8) {
            throw ModbusFrameException.of(Reason.LONG_FRAME, frame, 8, "a request is 8 bytes, got " + frame.length);
        }
        checkCrc(frame, 8);
        return new ModbusRequest(frame[0] & 0xFF, frame[1] & 0xFF, u16(frame, 2), u16(frame, 4));
    }

    /**
     * Encodes the normal response to a read (slave side).
     *
     * @param request the read request, not null
     * @param values  the register values, as many as the request's quantity, each 0..65535 (negative values are
     *                taken as two's complement 16-bit), not null
     * @return the frame
     * @throws ModbusFrameException CD-6120 if the request is not a read or the count differs
     */
    public static byte[] encodeRegisters(ModbusRequest request, int[] values) {
        requireNonNull(request, "request");
        requireNonNull(values, "values");
        if (!request.isRead() || values.length != request.value()) {
            throw ModbusFrameException.of(Reason.INVALID_REQUEST, request.encode(), -1,
                    values.length + " values for " + request);
        }
        byte[] f = new byte[5 + 2 * values.length];
        f[0] = (byte) request.unit();
        f[1] = (byte) request.function();
        f[2] = (byte) (2 * values.length);
        for (int i = 0; i < values.length; i++) {
            f[3 + 2 * i] = (byte) (values[i] >>> 8);
            f[4 + 2 * i] = (byte) values[i];
        }
        return withCrc(f);
    }

    /**
     * Encodes an exception response (slave side).
     *
     * @param request       the request refused, not null
     * @param exceptionCode the exception code 1..255
     * @return the 5-byte frame
     * @throws ModbusFrameException CD-6120 if the exception code is out of range
     */
    public static byte[] encodeException(ModbusRequest request, int exceptionCode) {
        requireNonNull(request, "request");
        if (exceptionCode < 1 || exceptionCode > 255) {
            throw ModbusFrameException.of(Reason.INVALID_REQUEST, new byte[0], -1, "exception code " + exceptionCode);
        }
        return withCrc(new byte[] {(byte) request.unit(), (byte) (request.function() | 0x80), (byte) exceptionCode, 0, 0});
    }

    /**
     * The name of a Modbus exception code (Modbus Application Protocol V1.1b3, §7).
     *
     * @param exceptionCode the code
     * @return the name, or {@code "UNKNOWN"}
     */
    public static String exceptionName(int exceptionCode) {
        return switch (exceptionCode) {
            case 1 -> "ILLEGAL FUNCTION";
            case 2 -> "ILLEGAL DATA ADDRESS";
            case 3 -> "ILLEGAL DATA VALUE";
            case 4 -> "SERVER DEVICE FAILURE";
            case 5 -> "ACKNOWLEDGE";
            case 6 -> "SERVER DEVICE BUSY";
            case 8 -> "MEMORY PARITY ERROR";
            case 10 -> "GATEWAY PATH UNAVAILABLE";
            case 11 -> "GATEWAY TARGET DEVICE FAILED TO RESPOND";
            default -> "UNKNOWN";
        };
    }

    /** Writes the CRC into the last two bytes of {@code f} and returns it. */
    static byte[] withCrc(byte[] f) {
        int crc = Crc16.of(f, 0, f.length - 2);
        f[f.length - 2] = (byte) crc;
        f[f.length - 1] = (byte) (crc >>> 8);
        return f;
    }

    /** Checks the CRC of {@code f[0..length)} (the last two bytes being the CRC). */
    static void checkCrc(byte[] f, int length) {
        int expected = Crc16.of(f, 0, length - 2);
        int found = (f[length - 2] & 0xFF) | (f[length - 1] & 0xFF) << 8;
        if (expected != found) {
            throw ModbusFrameException.of(Reason.BAD_CRC, java.util.Arrays.copyOf(f, length), length - 2,
                    String.format("CRC %04X, expected %04X", found, expected));
        }
    }

    static int u16(byte[] f, int i) {
        return (f[i] & 0xFF) << 8 | (f[i + 1] & 0xFF);
    }

    static List<Integer> registers(byte[] f, int count) {
        List<Integer> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(u16(f, 3 + 2 * i));
        }
        return values;
    }
}
