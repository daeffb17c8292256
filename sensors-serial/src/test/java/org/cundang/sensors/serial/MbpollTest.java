package org.cundang.sensors.serial;

import org.cundang.sensors.serial.testkit.PtyPair;
import org.cundang.sensors.serial.testkit.SerialTools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Cundang's simulator polled by a third-party master, mbpoll (Debian), across a socat pseudo-terminal pair. */
class MbpollTest {

    @Test
    @DisplayName("mbpoll reads the simulated XY-MD02's input registers 1 and 2")
    void mbpoll_reads_the_simulator() throws Exception {
        SerialTools.requireMbpoll();
        DeviceProfile md02 = DeviceProfiles.builtIn().get("xy-md02");
        try (PtyPair pty = PtyPair.open();
             ModbusSlaveSimulator slave = ModbusSlaveSimulator.start(pty.b(), md02.serial(), md02, 3)) {
            slave.set(3, -20.5, 48.2);
            // -t 3: input registers; -r 2: reference 2 = register address 1 (mbpoll counts from 1); -c 2 registers;
            // -1: poll once; -o 1: 1 s timeout.
            String out = SerialTools.output("mbpoll", "-m", "rtu", "-b", "9600", "-P", "none", "-d", "8", "-s", "1",
                    "-a", "3", "-t", "3", "-r", "2", "-c", "2", "-1", "-o", "1", pty.a());
            assertThat(out).containsPattern("\\[2\\]:\\s+65331 \\(-205\\)").containsPattern("\\[3\\]:\\s+482");
            assertThat(slave.requests()).isEqualTo(1);
        }
    }
}
