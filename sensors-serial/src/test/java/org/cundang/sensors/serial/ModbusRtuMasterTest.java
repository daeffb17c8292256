package org.cundang.sensors.serial;

import org.cundang.sensors.serial.testkit.PtyPair;
import org.cundang.sensors.serial.testkit.SerialTools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cundang.sensor.SensorContext;
import org.cundang.sensor.SensorEvent;
import org.cundang.sensor.SensorException;
import org.cundang.sensors.serial.ModbusSlaveSimulator.Fault;
import org.cundang.sensors.serial.internal.Messages;
import org.cundang.sensors.serial.modbus.ModbusResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The master against Cundang's simulator over a socat pseudo-terminal pair, with injected faults. */
class ModbusRtuMasterTest {

    private static final DeviceProfile MD02 = DeviceProfiles.builtIn().get("xy-md02");
    private static final SerialSettings LINE = SerialSettings.parse("115200 8N1");

    private final List<SensorEvent> events = new CopyOnWriteArrayList<>();
    private PtyPair pty;
    private ModbusSlaveSimulator slave;
    private ModbusRtuMaster master;
    private int threadsBefore;
    private int fdsBefore;

    @BeforeEach
    void setUp() throws Exception {
        pty = PtyPair.open();
        threadsBefore = Thread.activeCount();
        fdsBefore = openFds();
        slave = ModbusSlaveSimulator.start(pty.b(), LINE, MD02, 1, 2);
        slave.set(1, 21.5, 48.2);
        slave.set(2, -20.5, 99.9);
        master = ModbusRtuMaster.open(pty.a(), LINE, ModbusMasterConfig.builder()
                .responseTimeout(Duration.ofMillis(250)).retries(1).backoff(Duration.ofMillis(5)).reopenAfter(2)
                .context(SensorContext.systemDefault().withEvents(events::add)).build());
    }

    @AfterEach
    void tearDown() throws Exception {
        if (master != null) {
            master.close();
        }
        if (slave != null) {
            slave.close();
        }
        if (pty != null) {
            pty.close();
        }
    }

    private static int openFds() {
        String[] fds = new File("/proc/self/fd").list();
        return fds == null ? -1 : fds.length;
    }

    private List<SensorEvent> events(SensorEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }

    @Test
    @DisplayName("reads known values from two slaves on one bus")
    void reads_known_values() {
        ModbusResponse.Registers one = master.readInputRegisters(1, 1, 2);
        assertThat(one.values()).containsExactly(215, 482);
        assertThat(MD02.reading("s", java.time.Instant.EPOCH, (ModbusResponse.Registers) master.execute(MD02.request(2))))
                .satisfies(r -> {
                    assertThat(r.temperature()).isEqualTo(-20.5);
                    assertThat(r.relativeHumidity()).isEqualTo(99.9);
                });
        assertThat(events).isEmpty();
    }

    @Test
    @DisplayName("writes a holding register with function 06 and reads it back")
    void writes_and_reads_back() {
        master.writeSingleRegister(1, 0x0102, 2);
        assertThat(master.readHoldingRegisters(1, 0x0102, 1).values()).containsExactly(2);
    }

    @Test
    @DisplayName("an exception response is CD-6144 at once, without retries")
    void exception_response() {
        assertThatThrownBy(() -> master.readInputRegisters(1, 40, 1))
                .isInstanceOfSatisfying(SensorException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-6144");
                    assertThat(e.getMessage()).contains("ILLEGAL DATA ADDRESS");
                });
        assertThat(slave.requests()).isEqualTo(1);
    }

    @Test
    @DisplayName("a late answer times out (CD-6143) and is flushed, not taken for the next request")
    void late_answer() {
        master.close();
        master = ModbusRtuMaster.open(pty.a(), LINE, ModbusMasterConfig.builder()
                .responseTimeout(Duration.ofMillis(250)).retries(0)
                .context(SensorContext.systemDefault().withEvents(events::add)).build());
        slave.lateBy(Duration.ofMillis(400));
        slave.fault(Fault.LATE);
        assertThatThrownBy(() -> master.readInputRegisters(1, 1, 2))
                .isInstanceOfSatisfying(SensorException.class, e -> assertThat(e.code()).isEqualTo("CD-6143"));
        assertThat(events(SensorEvent.Kind.FAULT)).extracting(SensorEvent::code).containsExactly("CD-6143");
        slave.fault(Fault.NONE);
        slave.set(1, 22.0, 50.0);
        sleep(300); // the late answer (21.5 °C) arrives now and waits in the input buffer
        assertThat(master.readInputRegisters(1, 1, 2).values()).containsExactly(220, 500);
        assertThat(events(SensorEvent.Kind.RECOVERED)).hasSize(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @DisplayName("garbage answers are told apart from a slow answer and reported")
    void garbage() {
        slave.fault(Fault.GARBAGE);
        assertThatThrownBy(() -> master.readInputRegisters(1, 1, 2))
                .isInstanceOfSatisfying(SensorException.class, e -> assertThat(e.code()).isEqualTo("CD-6124"));
        assertThat(events(SensorEvent.Kind.FAULT)).hasSize(2);
        slave.fault(Fault.NONE);
        assertThat(master.readInputRegisters(1, 1, 2).values()).containsExactly(215, 482);
    }

    @Test
    @DisplayName("a bad CRC is CD-6121 and reported for each attempt")
    void bad_crc() {
        slave.fault(Fault.BAD_CRC);
        assertThatThrownBy(() -> master.readInputRegisters(1, 1, 2))
                .isInstanceOfSatisfying(SensorException.class, e -> assertThat(e.code()).isEqualTo("CD-6121"));
        assertThat(events(SensorEvent.Kind.FAULT)).extracting(SensorEvent::code).containsExactly("CD-6121", "CD-6121");
        slave.fault(Fault.NONE);
        assertThat(master.readInputRegisters(1, 1, 2).values()).containsExactly(215, 482);
    }

    @Test
    @DisplayName("a slave that stops answering makes the master reopen the port; readings resume when it comes back")
    void stops_and_comes_back() {
        slave.fault(Fault.SILENT);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> master.readInputRegisters(1, 1, 2)).isInstanceOf(SensorException.class);
        }
        slave.fault(Fault.NONE);
        assertThat(master.readInputRegisters(1, 1, 2).values()).containsExactly(215, 482);
        assertThat(events(SensorEvent.Kind.REOPENED)).hasSize(1);
        assertThat(events(SensorEvent.Kind.RECOVERED)).hasSize(1);
        assertThat(events(SensorEvent.Kind.FAULT)).hasSize(4);
    }

    @Test
    @DisplayName("faults leave no thread and no file descriptor behind")
    void no_leak() throws Exception {
        for (Fault f : Fault.values()) {
            if (f == Fault.LATE) {
                continue;
            }
            slave.fault(f);
            try {
                master.readInputRegisters(1, 1, 2);
            } catch (SensorException expected) {
                // faults are expected here
            }
        }
        master.close();
        slave.close();
        master = null;
        slave = null;
        Thread.sleep(50);
        assertThat(Thread.activeCount()).isLessThanOrEqualTo(threadsBefore);
        assertThat(openFds()).isLessThanOrEqualTo(fdsBefore);
    }

    @Test
    @DisplayName("an RS-485 echo of our own request is dropped when configured, and is a fault otherwise")
    void echo() {
        slave.echo(true);
        assertThatThrownBy(() -> master.readInputRegisters(1, 1, 2))
                .isInstanceOfSatisfying(SensorException.class, e -> assertThat(e.code()).isEqualTo("CD-6126"));
        master.close();
        master = ModbusRtuMaster.open(pty.a(), LINE, ModbusMasterConfig.builder().discardEcho(true)
                .context(SensorContext.systemDefault().withEvents(events::add)).build());
        assertThat(master.readInputRegisters(1, 1, 2).values()).containsExactly(215, 482);
        master.writeSingleRegister(1, 0x0101, 1); // for a write the echo and the answer are the same bytes
        assertThat(master.readHoldingRegisters(1, 0x0101, 1).values()).containsExactly(1);
    }

    @Test
    @DisplayName("on a pseudo-terminal the master still paces at the 9600-baud line rate, never faster")
    void paces_at_the_line_rate() {
        master.close();
        SerialSettings slow = SerialSettings.parse("9600 8N1");
        master = ModbusRtuMaster.open(pty.a(), slow, ModbusMasterConfig.defaults());
        master.readInputRegisters(1, 1, 2);
        long limitNanos = 2 * slow.interFrameGapNanos() + slow.nanosFor(8) + slow.nanosFor(9); // 25.0 ms
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            master.readInputRegisters(1, 1, 2);
        }
        long elapsed = System.nanoTime() - start;
        assertThat(elapsed).isGreaterThanOrEqualTo(19 * limitNanos);
    }

    @Test
    @DisplayName("a closed master refuses requests with CD-6146")
    void closed() {
        master.close();
        master.close();
        assertThatThrownBy(() -> master.readInputRegisters(1, 1, 2))
                .isInstanceOfSatisfying(SensorException.class, e -> assertThat(e.code()).isEqualTo("CD-6146"));
    }

    @Test
    @DisplayName("a missing port is CD-6140 naming the path")
    void missing_port() {
        assertThatThrownBy(() -> ModbusRtuMaster.open(pty.a() + "-missing", LINE, ModbusMasterConfig.defaults()))
                .isInstanceOfSatisfying(SensorException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-6140");
                    assertThat(e.getMessage()).contains("-missing");
                });
    }

    @Test
    @DisplayName("a permission error explains the dialout group and logging in again, in Chinese and English")
    void permission_message() throws Exception {
        assertThat(Messages.text("CD-6141", "/dev/ttyUSB0").en()).contains("dialout").contains("log in again");
        assertThat(Messages.text("CD-6141", "/dev/ttyUSB0").zh()).contains("dialout").contains("重新登录");
        if (!Objects.equals(System.getProperty("user.name"), "root")) {
            File locked = File.createTempFile("cundang-locked", ".tty");
            try {
                assertThat(locked.setReadable(false, false) && locked.setWritable(false, false)).isTrue();
                assertThatThrownBy(() -> ModbusRtuMaster.open(locked.getPath(), LINE, ModbusMasterConfig.defaults()))
                        .isInstanceOfSatisfying(SensorException.class, e -> assertThat(e.code()).isEqualTo("CD-6141"));
            } finally {
                locked.delete();
            }
        }
    }
}
