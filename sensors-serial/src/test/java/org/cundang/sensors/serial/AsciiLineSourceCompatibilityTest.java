package org.cundang.sensors.serial;

import org.cundang.sensors.serial.testkit.PtyPair;
import org.cundang.sensors.serial.testkit.SerialTools;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.cundang.sensor.SensorContext;
import org.cundang.sensor.SensorSource;
import org.cundang.sensor.tck.SensorSourceCompatibilityKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A probe streaming "T=..,RH=.." lines every 20 ms over a pseudo-terminal passes the sensor conformance kit. */
class AsciiLineSourceCompatibilityTest extends SensorSourceCompatibilityKit {

    private static PtyPair pty;
    private static Thread probe;
    private static volatile boolean streaming = true;

    @BeforeAll
    static void plugIn() throws Exception {
        pty = PtyPair.open();
        streaming = true;
        probe = new Thread(() -> {
            try (OutputStream out = new FileOutputStream(pty.b())) {
                for (int i = 0; streaming; i++) {
                    out.write(("T=2" + (i % 10) + ".5,RH=48.2\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(20);
                }
            } catch (IOException | InterruptedException e) {
                // the pty went away: the test is over
            }
        }, "ascii-probe");
        probe.start();
    }

    @AfterAll
    static void unplug() throws Exception {
        streaming = false;
        probe.join(2000);
        pty.close();
    }

    @Override
    protected SensorSource createSource(SensorContext context) {
        return AsciiLineSource.open(pty.a(), SerialSettings.parse("9600 8N1"), "probe", Duration.ofSeconds(2), context);
    }
}
