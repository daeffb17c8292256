package org.cundang.sensors.serial;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.cundang.LocalizedText;
import org.cundang.sensor.SensorEvent;
import org.cundang.sensor.SensorException;
import org.cundang.sensors.serial.internal.JSerialCommLine;
import org.cundang.sensors.serial.internal.Messages;
import org.cundang.sensors.serial.internal.SerialLine;
import org.cundang.sensors.serial.modbus.ModbusFrameException;
import org.cundang.sensors.serial.modbus.ModbusRequest;
import org.cundang.sensors.serial.modbus.ModbusResponse;
import org.cundang.sensors.serial.modbus.ResponseDecoder;
import org.jspecify.annotations.Nullable;

/**
 * A Modbus RTU master on one serial line (one RS-485 bus): functions 03, 04 and 06, one request at a time.
 *
 * <p>Each request: wait for the bus to be idle for t3.5 (from the baud rate; 1.75 ms above 19200 baud) plus the
 * configured extra delay; discard stale input (a late answer to an earlier request must not be taken for this
 * one, libmodbus#83); write; wait for the request's wire time; optionally drop our own RS-485 echo; read the answer
 * with the incremental decoder until it is complete, garbage, or the response timeout passes. A failed attempt (no
 * answer, bad CRC, garbage, I/O error) is reported as a {@link SensorEvent.Kind#FAULT} event and retried after a
 * doubling back-off, at most {@link ModbusMasterConfig#retries()} times; after
 * {@link ModbusMasterConfig#reopenAfter()} consecutive failed requests the port is closed and reopened
 * ({@link SensorEvent.Kind#REOPENED}). An exception response is a definite answer: thrown at once as CD-6144, not
 * retried.
 *
 * <p>Thread-safe: requests are serialised, so several pollers can share a bus without overlapping requests.
 * jSerialComm errors are wrapped in {@link SensorException}s (CD-6140, CD-6141 with the {@code dialout} advice,
 * CD-6145).
 */
public final class ModbusRtuMaster implements AutoCloseable {

    private final String path;
    private final SerialSettings settings;
    private final ModbusMasterConfig config;
    private final Supplier<SerialLine> opener;
    private final byte[] buf = new byte[512];
    private @Nullable SerialLine line;
    private long busFreeAt;
    private int consecutiveFailures;
    private boolean closed;

    private ModbusRtuMaster(String path, SerialSettings settings, ModbusMasterConfig config, Supplier<SerialLine> opener) {
        this.path = path;
        this.settings = settings;
        this.config = config;
        this.opener = opener;
    }

    /**
     * Opens a master on a serial port, by path: {@code /dev/ttyUSB0}, {@code /dev/serial/by-id/...}, a
     * pseudo-terminal such as {@code /dev/pts/3} or a socat link, or {@code COM3}.
     *
     * @param path     the port path, not null
     * @param settings the line settings, not null
     * @param config   the robustness settings, not null
     * @return the open master
     * @throws SensorException CD-6141 if permission is denied (add the user to {@code dialout} and log in again);
     *                         CD-6140 if the port cannot be opened
     */
    public static ModbusRtuMaster open(String path, SerialSettings settings, ModbusMasterConfig config) {
        requireNonNull(path, "path");
        requireNonNull(settings, "settings");
        requireNonNull(config, "config");
        ModbusRtuMaster m = new ModbusRtuMaster(path, settings, config, () -> JSerialCommLine.open(path, settings));
        synchronized (m) {
            m.line = m.opener.get();
        }
        return m;
    }

    /** The port path. */
    public String path() {
        return path;
    }

    /** The line settings. */
    public SerialSettings settings() {
        return settings;
    }

    /**
     * Reads input registers (function 04).
     *
     * @param unit     slave address 1..247
     * @param register first register
     * @param quantity 1..125
     * @return the values
     * @throws SensorException see {@link #execute(ModbusRequest)}
     */
    public ModbusResponse.Registers readInputRegisters(int unit, int register, int quantity) {
        return (ModbusResponse.Registers) execute(ModbusRequest.readInputRegisters(unit, register, quantity));
    }

    /**
     * Reads holding registers (function 03).
     *
     * @param unit     slave address 1..247
     * @param register first register
     * @param quantity 1..125
     * @return the values
     * @throws SensorException see {@link #execute(ModbusRequest)}
     */
    public ModbusResponse.Registers readHoldingRegisters(int unit, int register, int quantity) {
        return (ModbusResponse.Registers) execute(ModbusRequest.readHoldingRegisters(unit, register, quantity));
    }

    /**
     * Writes a holding register (function 06), e.g. a probe's address or baud register.
     *
     * @param unit     slave address 1..247, or 0 to broadcast (no answer awaited)
     * @param register the register
     * @param value    0..65535
     * @throws SensorException see {@link #execute(ModbusRequest)}
     */
    public void writeSingleRegister(int unit, int register, int value) {
        execute(ModbusRequest.writeSingleRegister(unit, register, value));
    }

    /**
     * Sends a request and returns its normal answer, with the retries, back-off and reopening described above.
     *
     * @param request the request, not null
     * @return the answer: {@link ModbusResponse.Registers} for reads, {@link ModbusResponse.WriteEcho} for writes
     *         (for a broadcast, an echo of the request itself)
     * @throws SensorException CD-6144 for an exception response; after the last attempt, the last fault: CD-6143
     *                         (no answer), CD-6121..CD-6127 (bad frames), CD-6145 (I/O); CD-6140/CD-6141 if the
     *                         port cannot be reopened; CD-6146 if closed
     */
    public synchronized ModbusResponse execute(ModbusRequest request) {
        requireNonNull(request, "request");
        if (closed) {
            throw new SensorException("CD-6146", Messages.text("CD-6146", path), null);
        }
        SensorException last = null;
        for (int attempt = 0; attempt <= config.retries(); attempt++) {
            if (attempt > 0) {
                sleepNanos(config.backoff().toNanos() << (attempt - 1));
            }
            try {
                ModbusResponse r = attempt(request, attempt + 1);
                if (r instanceof ModbusResponse.Exception ex) {
                    succeeded(request);
                    throw new SensorException("CD-6144", Messages.text("CD-6144", path, String.valueOf(request.unit()),
                            String.valueOf(request.function()), String.valueOf(ex.exceptionCode()), ex.name()), null);
                }
                succeeded(request);
                return r;
            } catch (SensorException e) {
                if ("CD-6144".equals(e.code()) || "CD-6146".equals(e.code())) {
                    throw e;
                }
                last = e;
                event(request.unit(), SensorEvent.Kind.FAULT, e.code(), e.text());
                if (line == null) { // could not reopen: no point retrying now
                    break;
                }
            }
        }
        failed(request);
        throw requireNonNull(last);
    }

    private ModbusResponse attempt(ModbusRequest request, int attemptNo) {
        SerialLine l = line();
        long gap = settings.interFrameGapNanos() + config.extraDelay().toNanos();
        sleepUntil(busFreeAt + gap);
        l.discardInput();
        byte[] frame = request.encode();
        l.write(frame);
        long writtenAt = System.nanoTime();
        long txEnd = writtenAt + settings.nanosFor(frame.length);
        if (config.paceLineRate()) {
            sleepUntil(txEnd); // the request is on the wire until then (j2mod: wait for TX drain)
        }
        busFreeAt = Math.max(System.nanoTime(), txEnd);
        if (!request.expectsResponse()) {
            return new ModbusResponse.WriteEcho(0, request.register(), request.value());
        }
        long deadline = System.nanoTime() + config.responseTimeout().toNanos();
        ResponseDecoder decoder = new ResponseDecoder(request);
        byte[] echo = config.discardEcho() ? frame : null;
        int echoMatched = 0;
        while (!decoder.isComplete()) {
            int n = l.read(buf, 0, buf.length, deadline);
            if (n == 0) {
                throw new SensorException("CD-6143", Messages.text("CD-6143", path, String.valueOf(request.unit()),
                        String.valueOf(config.responseTimeout().toMillis()), String.valueOf(attemptNo)), null);
            }
            int start = 0;
            if (echo != null) {
                while (start < n && echoMatched < echo.length && buf[start] == echo[echoMatched]) {
                    start++;
                    echoMatched++;
                }
                if (echoMatched == echo.length || start < n) {
                    if (echoMatched < echo.length) { // not an echo after all: the matched prefix was the answer
                        byte[] prefix = Arrays.copyOf(echo, echoMatched);
                        decoder.feed(prefix, 0, prefix.length);
                    }
                    echo = null;
                }
            }
            if (start < n && !decoder.isComplete()) {
                decoder.feed(buf, start, n - start);
            }
        }
        long now = System.nanoTime();
        // On a real line the answer starts at least t3.5 after our request and then takes its own wire time; a
        // pseudo-terminal or a buffering USB adapter delivers it sooner, so pace as if it had not.
        long answerEnd = config.paceLineRate()
                ? Math.max(now, txEnd + settings.interFrameGapNanos() + settings.nanosFor(request.responseLength()))
                : now;
        busFreeAt = answerEnd;
        return decoder.response();
    }

    private SerialLine line() {
        if (line == null) {
            line = opener.get();
            event(0, SensorEvent.Kind.REOPENED, "", new LocalizedText("已重新打开串口 " + path, "reopened serial port " + path));
        }
        return line;
    }

    private void succeeded(ModbusRequest request) {
        if (consecutiveFailures > 0) {
            event(request.unit(), SensorEvent.Kind.RECOVERED, "", new LocalizedText(
                    "从站 " + request.unit() + " 恢复应答", "slave " + request.unit() + " answers again"));
        }
        consecutiveFailures = 0;
    }

    private void failed(ModbusRequest request) {
        consecutiveFailures++;
        if (consecutiveFailures % config.reopenAfter() == 0 && line != null) {
            line.close();
            line = null; // reopened lazily by the next request
        }
    }

    private void event(int unit, SensorEvent.Kind kind, String code, LocalizedText text) {
        try {
            config.context().events().accept(new SensorEvent(config.context().clock().instant(), "modbus:" + path,
                    unit == 0 ? "" : String.valueOf(unit), kind, code, text));
        } catch (RuntimeException ignored) {
            // a failing listener must not break the bus
        }
    }

    private static void sleepUntil(long deadline) {
        long left;
        while ((left = deadline - System.nanoTime()) > 0 && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(left);
        }
    }

    private static void sleepNanos(long nanos) {
        sleepUntil(System.nanoTime() + nanos);
    }

    /** Closes the port. Idempotent; later requests throw CD-6146. */
    @Override
    public synchronized void close() {
        closed = true;
        if (line != null) {
            line.close();
            line = null;
        }
    }
}
