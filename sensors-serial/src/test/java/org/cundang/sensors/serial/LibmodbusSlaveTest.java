package org.cundang.sensors.serial;

import org.cundang.sensors.serial.testkit.PtyPair;
import org.cundang.sensors.serial.testkit.SerialTools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cundang.environment.Reading;
import org.cundang.sensor.SensorContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Cundang's master against a third-party slave: a few lines of C on libmodbus (src/test/c/libmodbus_slave.c),
 * compiled by this test with gcc and pkg-config, across a socat pseudo-terminal pair.
 */
class LibmodbusSlaveTest {

    private static PtyPair pty;
    private static Process slave;

    @BeforeAll
    static void startSlave() throws Exception {
        SerialTools.requireLibmodbus();
        Path source = Paths.get("src/test/c/libmodbus_slave.c").toAbsolutePath();
        Path binary = Paths.get("target/libmodbus_slave").toAbsolutePath();
        Files.createDirectories(binary.getParent());
        List<String> gcc = new ArrayList<>(List.of("gcc", "-O1", "-o", binary.toString(), source.toString()));
        gcc.addAll(List.of(SerialTools.output("pkg-config", "--cflags", "--libs", "libmodbus").trim().split("\\s+")));
        SerialTools.output(gcc.toArray(String[]::new));
        pty = PtyPair.open();
        slave = new ProcessBuilder(binary.toString(), pty.b(), "9600", "1").redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(slave.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("ready");
    }

    @AfterAll
    static void stopSlave() throws Exception {
        if (slave != null) {
            slave.destroy();
            if (!slave.waitFor(5, TimeUnit.SECONDS)) {
                slave.destroyForcibly();
            }
        }
        if (pty != null) {
            pty.close();
        }
    }

    @Test
    @DisplayName("reads the XY-MD02 registers (function 04) from a libmodbus slave as 21.5 °C and 48.2 %")
    void reads_input_registers() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T08:00:00Z"), ZoneOffset.UTC);
        DeviceProfile md02 = DeviceProfiles.builtIn().get("xy-md02");
        try (ModbusProbeSource source = ModbusProbeSource.open(pty.a(), md02, md02.serial(), List.of(1),
                ModbusMasterConfig.builder().context(SensorContext.of(clock)).build())) {
            List<Reading> round = source.poll();
            assertThat(round).containsExactly(Reading.of(pty.a() + "#1", clock.instant(), 21.5, 48.2));
        }
    }

    @Test
    @DisplayName("reads holding registers (function 03) and writes one (function 06) on a libmodbus slave")
    void reads_and_writes_holding_registers() {
        try (ModbusRtuMaster master = ModbusRtuMaster.open(pty.a(), SerialSettings.parse("9600 8N1"),
                ModbusMasterConfig.builder().responseTimeout(Duration.ofMillis(800)).build())) {
            assertThat(master.readHoldingRegisters(1, 0, 2).values()).containsExactly(235, 512);
            master.writeSingleRegister(1, 1, 600);
            assertThat(master.readHoldingRegisters(1, 0, 2).values()).containsExactly(235, 600);
            master.writeSingleRegister(1, 1, 512);
        }
    }
}
