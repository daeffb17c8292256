package org.cundang.sensors.serial.modbus;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.cundang.sensors.serial.modbus.ModbusFrameException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the response to one request byte by byte, as it arrives from a serial line read with timeouts. It tells
 * "need more bytes" ({@link #missing()} &gt; 0) from "garbage" (a {@link ModbusFrameException} as soon as a byte
 * shows the frame cannot be the answer: wrong address, wrong function, wrong byte count; and a bad CRC once the
 * declared length has arrived). The expected length is known from the request and the first three bytes, so the
 * end of a frame is found without waiting for the 3.5-character silence.
 *
 * <p>Not thread-safe: one decoder per request and reading thread. Its state is bounded ({@link ModbusRtu#MAX_FRAME}
 * bytes), and {@link #feed} consumes at most what the frame still needs, so it never loops on its input.
 */
public final class ResponseDecoder {

    private final ModbusRequest request;
    private final byte[] buf = new byte[ModbusRtu.MAX_FRAME];
    private int size;
    private int expected = -1;
    private @Nullable ModbusResponse response;
    private boolean failed;

    /**
     * Creates a decoder for the response to a request.
     *
     * @param request the request sent, not null
     */
    public ResponseDecoder(ModbusRequest request) {
        this.request = requireNonNull(request, "request");
    }

    /**
     * Feeds received bytes. Consumes bytes up to the end of the frame and leaves any bytes after it.
     *
     * @param data   the bytes, not null
     * @param offset the first byte to read
     * @param length how many bytes are available
     * @return how many bytes were consumed (less than {@code length} only when the frame completed)
     * @throws ModbusFrameException CD-6121, CD-6124..CD-6127 as soon as the bytes cannot be the answer
     * @throws IllegalStateException if the frame is already complete or was found bad
     * @throws IndexOutOfBoundsException if the range is outside {@code data}
     */
    public int feed(byte[] data, int offset, int length) {
        requireNonNull(data, "data");
        java.util.Objects.checkFromIndexSize(offset, length, data.length);
        if (response != null || failed) {
            throw new IllegalStateException(failed ? "frame already found bad" : "frame already complete");
        }
        int used = 0;
        while (used < length && response == null) {
            buf[size++] = data[offset + used++];
            check();
        }
        return used;
    }

    private void check() {
        int i = size - 1;
        int b = buf[i] & 0xFF;
        if (i == 0 && b != request.unit()) {
            throw bad(Reason.WRONG_ADDRESS, 0, "slave " + b + ", asked " + request.unit());
        }
        if (i == 1) {
            if (b == request.function()) {
                expected = request.isRead() ? -1 : 8;
            } else if (b == (request.function() | 0x80)) {
                expected = 5;
            } else {
                throw bad(Reason.WRONG_FUNCTION, 1, "function " + b + ", asked " + request.function());
            }
        }
        if (i == 2 && expected == -1) {
            if (b != 2 * request.value()) {
                throw bad(Reason.BAD_BYTE_COUNT, 2, "byte count " + b + ", expected " + 2 * request.value());
            }
            expected = 5 + b;
        }
        if (size == expected) {
            complete();
        }
    }

    private void complete() {
        try {
            ModbusRtu.checkCrc(buf, size);
        } catch (ModbusFrameException e) {
            failed = true;
            throw e;
        }
        int fc = buf[1] & 0xFF;
        if ((fc & 0x80) != 0) {
            response = new ModbusResponse.Exception(request.unit(), request.function(), buf[2] & 0xFF);
        } else if (request.isRead()) {
            response = new ModbusResponse.Registers(request.unit(), fc, ModbusRtu.registers(buf, request.value()));
        } else {
            int register = ModbusRtu.u16(buf, 2);
            int value = ModbusRtu.u16(buf, 4);
            if (register != request.register() || value != request.value()) {
                throw bad(Reason.ECHO_MISMATCH, register != request.register() ? 2 : 4,
                        "echo " + register + "=" + value + ", wrote " + request.register() + "=" + request.value());
            }
            response = new ModbusResponse.WriteEcho(request.unit(), register, value);
        }
    }

    private ModbusFrameException bad(Reason reason, int index, String detail) {
        byte[] seen = Arrays.copyOf(buf, size);
        failed = true;
        return ModbusFrameException.of(reason, seen, index, detail);
    }

    /** Whether the whole, valid frame has arrived. */
    public boolean isComplete() {
        return response != null;
    }

    /**
     * How many more bytes are needed at least: exact once the length is known, otherwise a lower bound.
     *
     * @return 0 when complete
     */
    public int missing() {
        if (response != null) {
            return 0;
        }
        if (expected > 0) {
            return expected - size;
        }
        return Math.max(1, 5 - size);
    }

    /** How many bytes have been consumed so far. */
    public int consumed() {
        return size;
    }

    /**
     * The decoded response.
     *
     * @return the response
     * @throws IllegalStateException if not complete
     */
    public ModbusResponse response() {
        if (response == null) {
            throw new IllegalStateException("frame not complete");
        }
        return response;
    }
}
