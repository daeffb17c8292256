package org.cundang.sensors.serial;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.cundang.sensor.SensorException;
import org.cundang.sensors.serial.internal.JSerialCommLine;
import org.cundang.sensors.serial.internal.SerialLine;
import org.cundang.sensors.serial.modbus.ModbusFrameException;
import org.cundang.sensors.serial.modbus.ModbusRequest;
import org.cundang.sensors.serial.modbus.ModbusRtu;

/**
 * A simulated Modbus RTU temperature/humidity probe (one or several slave addresses) on a serial port: for tests
 * against third-party masters ({@code mbpoll}) and for demos ({@code room simulate}). It answers functions 03,
 * 04 and 06 on the registers of its {@link DeviceProfile} (the temperature and humidity registers, and the address
 * and baud configuration registers when the profile names them); other registers get exception 2 (illegal data
 * address). Frames with a bad CRC or for other addresses are ignored, as a real slave does.
 *
 * <p>Faults can be switched on at run time ({@link #fault(Fault)}) to test masters: no answer, a late answer,
 * garbage, a bad CRC, an exception response. Runs one daemon thread; {@link #close()} stops it and closes the port.
 */
public final class ModbusSlaveSimulator implements AutoCloseable {

    /** A fault the simulator injects into its answers. */
    public enum Fault {
        /** Answer normally. */
        NONE,
        /** Do not answer (a dead or unplugged probe). */
        SILENT,
        /** Answer after {@link #lateBy(Duration)} (default 2 s). */
        LATE,
        /** Answer with bytes that are not a frame. */
        GARBAGE,
        /** Answer with a wrong CRC. */
        BAD_CRC,
        /** Answer with exception 4 (server device failure). */
        EXCEPTION
    }

    private final SerialLine line;
    private final DeviceProfile profile;
    private final Map<Integer, Map<Integer, Integer>> input = new ConcurrentHashMap<>();
    private final Map<Integer, Map<Integer, Integer>> holding = new ConcurrentHashMap<>();
    private final Thread thread;
    private final AtomicLong requests = new AtomicLong();
    private final long gapNanos;
    private volatile Fault fault = Fault.NONE;
    private volatile Duration late = Duration.ofSeconds(2);
    private volatile boolean running = true;
    private volatile boolean echo;

    private ModbusSlaveSimulator(SerialLine line, SerialSettings settings, DeviceProfile profile, int[] units) {
        this.line = line;
        this.profile = profile;
        this.gapNanos = Math.max(settings.interFrameGapNanos(), 2_000_000L);
        for (int u : units) {
            input.put(u, new ConcurrentHashMap<>());
            holding.put(u, new ConcurrentHashMap<>());
            set(u, 20.0, 50.0);
            if (profile.addressRegister() != null) {
                holding.get(u).put(profile.addressRegister(), u);
            }
            if (profile.baudRegister() != null) {
                holding.get(u).put(profile.baudRegister(), 0);
            }
        }
        this.thread = new Thread(this::serve, "cundang-modbus-simulator " + profile.id());
        thread.setDaemon(true);
    }

    /**
     * Opens the port and starts answering.
     *
     * @param path     the port path (a socat pseudo-terminal, a USB adapter), not null
     * @param settings the line settings, not null
     * @param profile  the device to imitate, not null
     * @param units    the slave addresses to answer, 1..247, at least one
     * @return the running simulator
     * @throws SensorException CD-6140/CD-6141 if the port cannot be opened
     * @throws IllegalArgumentException if no unit or a unit out of range is given
     */
    public static ModbusSlaveSimulator start(String path, SerialSettings settings, DeviceProfile profile, int... units) {
        requireNonNull(path, "path");
        requireNonNull(settings, "settings");
        requireNonNull(profile, "profile");
        requireNonNull(units, "units");
        if (units.length == 0 || Arrays.stream(units).anyMatch(u -> u < 1 || u > 247)) {
            throw new IllegalArgumentException("units must be 1..247, at least one: " + Arrays.toString(units));
        }
        ModbusSlaveSimulator s = new ModbusSlaveSimulator(JSerialCommLine.open(path, settings), settings, profile,
                units.clone());
        s.thread.start();
        return s;
    }

    /**
     * Sets what a slave measures.
     *
     * @param unit        the slave address
     * @param temperature °C
     * @param humidity    %
     * @throws IllegalArgumentException if the unit is not simulated
     */
    public void set(int unit, double temperature, double humidity) {
        Map<Integer, Integer> bank = (profile.function() == 4 ? input : holding).get(unit);
        if (bank == null) {
            throw new IllegalArgumentException("unit " + unit + " is not simulated");
        }
        int[] regs = profile.registers(temperature, humidity);
        for (int i = 0; i < regs.length; i++) {
            bank.put(profile.firstRegister() + i, regs[i]);
        }
    }

    /**
     * Switches a fault on (or off with {@link Fault#NONE}).
     *
     * @param fault the fault, not null
     */
    public void fault(Fault fault) {
        this.fault = requireNonNull(fault, "fault");
    }

    /**
     * Sets the delay of {@link Fault#LATE} answers.
     *
     * @param delay the delay, not null, not negative
     */
    public void lateBy(Duration delay) {
        requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay");
        }
        this.late = delay;
    }

    /**
     * Makes the line echo every request back before the answer, as some RS-485 adapters do (a master must then
     * drop its own echo: {@link ModbusMasterConfig#discardEcho()}).
     *
     * @param on whether to echo
     */
    public void echo(boolean on) {
        this.echo = on;
    }

    /** How many well-formed requests for a simulated address were received. */
    public long requests() {
        return requests.get();
    }

    private void serve() {
        byte[] pending = new byte[ModbusRtu.MAX_FRAME];
        int size = 0;
        byte[] chunk = new byte[ModbusRtu.MAX_FRAME];
        while (running) {
            int n;
            try {
                n = line.read(chunk, 0, chunk.length, System.nanoTime() + (size == 0 ? 50_000_000L : gapNanos));
            } catch (SensorException e) {
                if (running) {
                    LockSupport.parkNanos(10_000_000L);
                }
                continue;
            }
            if (n == 0) {
                size = 0; // silence: whatever was pending was not a request we understand
                continue;
            }
            int take = Math.min(n, pending.length - size);
            System.arraycopy(chunk, 0, pending, size, take);
            size += take;
            while (size >= 8) {
                byte[] frame = Arrays.copyOf(pending, 8);
                try {
                    if (echo) {
                        line.write(frame);
                    }
                    handle(ModbusRtu.decodeRequest(frame));
                    System.arraycopy(pending, 8, pending, 0, size - 8);
                    size -= 8;
                } catch (ModbusFrameException e) {
                    size = 0; // resynchronise at the next silence
                } catch (SensorException e) {
                    size = 0; // write failed: the port is going away
                }
            }
        }
    }

    private void handle(ModbusRequest request) {
        Map<Integer, Integer> bank = (request.function() == ModbusRtu.READ_INPUT_REGISTERS ? input : holding)
                .get(request.unit());
        if (bank == null) {
            return; // another slave's request
        }
        requests.incrementAndGet();
        Fault f = fault;
        if (f == Fault.SILENT) {
            return;
        }
        byte[] answer = answer(request, bank);
        switch (f) {
            case LATE -> LockSupport.parkNanos(late.toNanos());
            case GARBAGE -> {
                answer = new byte[answer.length];
                Arrays.fill(answer, (byte) 0xA5);
            }
            case BAD_CRC -> answer[answer.length - 1] ^= 0x5A;
            case EXCEPTION -> answer = ModbusRtu.encodeException(request, 4);
            default -> {
                // NONE
            }
        }
        if (running) {
            line.write(answer);
        }
    }

    private static byte[] answer(ModbusRequest request, Map<Integer, Integer> bank) {
        if (request.isRead()) {
            int[] values = new int[request.value()];
            for (int i = 0; i < values.length; i++) {
                Integer v = bank.get(request.register() + i);
                if (v == null) {
                    return ModbusRtu.encodeException(request, 2);
                }
                values[i] = v;
            }
            return ModbusRtu.encodeRegisters(request, values);
        }
        if (!bank.containsKey(request.register())) {
            return ModbusRtu.encodeException(request, 2);
        }
        bank.put(request.register(), request.value());
        return request.encode(); // the echo of a write is the request itself
    }

    /** Stops answering, waits for the thread and closes the port. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        line.close();
    }
}
