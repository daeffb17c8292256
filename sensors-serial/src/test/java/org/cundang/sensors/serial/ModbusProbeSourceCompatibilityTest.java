package org.cundang.sensors.serial;

import org.cundang.sensors.serial.testkit.PtyPair;
import org.cundang.sensors.serial.testkit.SerialTools;

import java.util.List;
import org.cundang.sensor.SensorContext;
import org.cundang.sensor.SensorSource;
import org.cundang.sensor.tck.SensorSourceCompatibilityKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Three simulated XY-MD02 probes on one pseudo-terminal bus pass the sensor conformance kit. */
class ModbusProbeSourceCompatibilityTest extends SensorSourceCompatibilityKit {

    private static final DeviceProfile MD02 = DeviceProfiles.builtIn().get("xy-md02");
    private static PtyPair pty;
    private static ModbusSlaveSimulator slaves;

    @BeforeAll
    static void bus() throws Exception {
        pty = PtyPair.open();
        slaves = ModbusSlaveSimulator.start(pty.b(), SerialSettings.parse("115200 8N1"), MD02, 1, 2, 3);
    }

    @AfterAll
    static void unplug() throws Exception {
        if (slaves != null) {
            slaves.close();
        }
        if (pty != null) {
            pty.close();
        }
    }

    @Override
    protected SensorSource createSource(SensorContext context) {
        return ModbusProbeSource.open(pty.a(), MD02, SerialSettings.parse("115200 8N1"), List.of(1, 2, 3),
                ModbusMasterConfig.builder().context(context).build());
    }
}
