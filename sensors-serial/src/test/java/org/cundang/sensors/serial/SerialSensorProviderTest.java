package org.cundang.sensors.serial;

import org.cundang.sensors.serial.testkit.PtyPair;
import org.cundang.sensors.serial.testkit.SerialTools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.cundang.environment.Reading;
import org.cundang.sensor.SensorContext;
import org.cundang.sensor.SensorException;
import org.cundang.sensor.SensorSource;
import org.cundang.sensor.SensorSources;
import org.cundang.sensor.spi.SensorProvider;
import org.junit.jupiter.api.Test;

class SerialSensorProviderTest {

    private final SerialSensorProvider provider = new SerialSensorProvider();

    @Test
    void found_by_service_loader_next_to_the_simulated_one() {
        SensorSources installed = SensorSources.installed(getClass().getClassLoader());
        assertThat(installed.providers()).extracting(SensorProvider::id).contains("serial", "simulated");
        assertThat(installed.select(URI.create("modbus:/dev/ttyUSB0")).id()).isEqualTo("serial");
        assertThat(installed.select(URI.create("ascii:/dev/ttyUSB1")).id()).isEqualTo("serial");
    }

    @Test
    void bad_specs_are_CD_6103_before_any_port_is_opened() {
        for (String spec : new String[] {"modbus:/dev/none?adress=1", "modbus:/dev/none?address=0",
                "modbus:/dev/none?address=1-300", "modbus:/dev/none?profile=nope", "modbus:/dev/none?serial=fast",
                "modbus:/dev/none?timeout=5", "ascii:/dev/none?wait=-1"}) {
            assertThatThrownBy(() -> provider.create(URI.create(spec), SensorContext.systemDefault())).as(spec)
                    .isInstanceOfSatisfying(SensorException.class, e -> assertThat(e.code()).isEqualTo("CD-6103"));
        }
    }

    @Test
    void a_missing_port_is_CD_6140() {
        assertThatThrownBy(() -> provider.create(URI.create("modbus:/dev/cundang-no-such-port"), SensorContext.systemDefault()))
                .isInstanceOfSatisfying(SensorException.class, e -> assertThat(e.code()).isEqualTo("CD-6140"));
    }

    @Test
    void opens_probes_on_a_pseudo_terminal_bus_by_spec() throws Exception {
        DeviceProfile generic = DeviceProfiles.builtIn().get("generic-03-swapped");
        try (PtyPair pty = PtyPair.open();
             ModbusSlaveSimulator slaves = ModbusSlaveSimulator.start(pty.b(), SerialSettings.parse("19200 8E1"),
                     generic, 4, 5, 6)) {
            slaves.set(5, 18.0, 60.5);
            URI spec = URI.create("modbus:" + pty.a() + "?profile=generic-03-swapped&address=4-6&serial=19200%208E1");
            try (SensorSource source = SensorSources.installed(getClass().getClassLoader())
                    .open(spec, SensorContext.systemDefault())) {
                List<Reading> round = source.poll();
                assertThat(round).extracting(Reading::sensorId)
                        .containsExactly(pty.a() + "#4", pty.a() + "#5", pty.a() + "#6");
                assertThat(round.get(1).temperature()).isEqualTo(18.0);
                assertThat(round.get(1).relativeHumidity()).isEqualTo(60.5);
            }
        }
    }
}
