package org.cundang.sensors.serial;

import org.cundang.sensors.serial.testkit.PtyPair;
import org.cundang.sensors.serial.testkit.SerialTools;

import java.time.Duration;
import java.util.Locale;

/**
 * Throughput harness (not a test; issue 6 "Tests and measures"): polls 2 input registers from one simulated
 * XY-MD02 over a socat pseudo-terminal pair for a while at each baud rate, and prints polls/s against the line-rate
 * limit. A pseudo-terminal does not slow bytes to the baud rate, so what is measured is the master's own pacing.
 *
 * <p>Line-rate limit per poll = t3.5 + request (8 characters) + response (9 characters) + t3.5, a character being
 * {@link SerialSettings#bitsPerCharacter()} bits (10 for 8N1, 11 for 8E1) and t3.5 = 3.5 characters (1.75 ms above
 * 19200 baud). At 9600 8N1: 3.646 + 8.333 + 9.375 + 3.646 = 25.0 ms, 40.0 polls/s. Goal: 80–100 % of it at 9600.
 *
 * <p>Run (after {@code mvn -pl spi,sensors-serial -am test-compile}; see docs/sensors.md):
 * {@code java -cp "$(cat cp.txt):sensors-serial/target/classes:sensors-serial/target/test-classes"
 * org.cundang.sensors.serial.ModbusThroughputHarness [seconds] [settings...]}
 */
public final class ModbusThroughputHarness {

    private ModbusThroughputHarness() {
    }

    /**
     * Runs the harness.
     *
     * @param args seconds per setting (default 60), then settings (default "9600 8N1" "115200 8N1")
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        String[] settings = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length)
                : new String[] {"9600 8N1", "115200 8N1"};
        DeviceProfile md02 = DeviceProfiles.builtIn().get("xy-md02");
        System.out.println("settings     polls  seconds  polls/s  limit/s  ratio");
        for (String s : settings) {
            SerialSettings line = SerialSettings.parse(s);
            try (PtyPair pty = PtyPair.open();
                 ModbusSlaveSimulator slave = ModbusSlaveSimulator.start(pty.b(), line, md02, 1);
                 ModbusRtuMaster master = ModbusRtuMaster.open(pty.a(), line, ModbusMasterConfig.defaults())) {
                for (int i = 0; i < 20; i++) {
                    master.readInputRegisters(1, 1, 2); // warm-up
                }
                long start = System.nanoTime();
                long end = start + Duration.ofSeconds(seconds).toNanos();
                long polls = 0;
                while (System.nanoTime() < end) {
                    master.readInputRegisters(1, 1, 2);
                    polls++;
                }
                double elapsed = (System.nanoTime() - start) / 1e9;
                double limit = 1e9 / (2 * line.interFrameGapNanos() + line.nanosFor(8) + line.nanosFor(9));
                double rate = polls / elapsed;
                System.out.printf(Locale.ROOT, "%-11s %6d %8.1f %8.2f %8.2f %5.1f %%%n", s, polls, elapsed, rate, limit,
                        100 * rate / limit);
            }
        }
    }
}
