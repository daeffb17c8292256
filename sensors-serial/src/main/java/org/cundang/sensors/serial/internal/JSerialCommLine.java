package org.cundang.sensors.serial.internal;

import com.fazecast.jSerialComm.SerialPort;
import java.io.File;
import java.util.concurrent.locks.LockSupport;
import org.cundang.sensor.SensorException;
import org.cundang.sensors.serial.SerialSettings;

/**
 * A {@link SerialLine} on jSerialComm. Opens the port by path ({@code SerialPort.getCommPort}), which also works for
 * pseudo-terminals that {@code getCommPorts()} does not list (jSerialComm #9, #25, #484). Timeouts are set once at
 * open, not before every read (j2mod #16: per-read timeout setup cost about 200 ms each).
 */
public final class JSerialCommLine implements SerialLine {

    /** errno EACCES: permission denied. */
    private static final int EACCES = 13;
    /** The semi-blocking read timeout: the granularity of response deadlines. */
    private static final int READ_SLICE_MS = 5;

    private final SerialPort port;
    private final String path;
    private volatile boolean closed;

    private JSerialCommLine(SerialPort port, String path) {
        this.port = port;
        this.path = path;
    }

    /**
     * Opens a port.
     *
     * @param path     the device path, e.g. {@code /dev/ttyUSB0}, a socat link, or {@code COM3}
     * @param settings the line settings
     * @return the open line
     * @throws SensorException CD-6141 if permission is denied (with the dialout advice), CD-6140 otherwise
     */
    public static JSerialCommLine open(String path, SerialSettings settings) {
        boolean unixPath = path.startsWith("/");
        if (unixPath && !new File(path).exists()) {
            throw new SensorException("CD-6140", Messages.text("CD-6140", path, "no such device"), null);
        }
        if (unixPath && !(new File(path).canRead() && new File(path).canWrite())) {
            throw permissionDenied(path);
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (RuntimeException e) { // SerialPortInvalidPortException and native loading errors
            throw new SensorException("CD-6140", Messages.text("CD-6140", path, String.valueOf(e)), e);
        }
        int parity = switch (settings.parity()) {
            case EVEN -> SerialPort.EVEN_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case NONE -> SerialPort.NO_PARITY;
        };
        port.setComPortParameters(settings.baudRate(), settings.dataBits(),
                settings.stopBits() == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT, parity);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                READ_SLICE_MS, 0);
        if (!port.openPort()) {
            int errno = port.getLastErrorCode();
            if (errno == EACCES) {
                throw permissionDenied(path);
            }
            throw new SensorException("CD-6140", Messages.text("CD-6140", path,
                    "error " + errno + " at " + port.getLastErrorLocation()), null);
        }
        // On a pseudo-terminal openPort() succeeds with error code 25 (ENOTTY, no RS-485 ioctl): harmless, ignored
        // (cbrake/linux-serial-test#11: treat missing RS-485 ioctls as warnings).
        return new JSerialCommLine(port, path);
    }

    private static SensorException permissionDenied(String path) {
        return new SensorException("CD-6141", Messages.text("CD-6141", path), null);
    }

    @Override
    public void write(byte[] data) {
        ensureOpen();
        int n = port.writeBytes(data, data.length);
        if (n != data.length) {
            throw new SensorException("CD-6145", Messages.text("CD-6145", path,
                    "wrote " + n + " of " + data.length + " bytes, error " + port.getLastErrorCode()), null);
        }
    }

    @Override
    public int read(byte[] buf, int offset, int length, long deadlineNanos) {
        ensureOpen();
        while (true) {
            int available = port.bytesAvailable();
            if (available < 0) {
                throw new SensorException("CD-6145", Messages.text("CD-6145", path,
                        "port gone, error " + port.getLastErrorCode()), null);
            }
            if (available > 0) {
                int n = port.readBytes(buf, Math.min(length, available), offset);
                if (n < 0) {
                    throw new SensorException("CD-6145", Messages.text("CD-6145", path,
                            "read failed, error " + port.getLastErrorCode()), null);
                }
                return n;
            }
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return 0;
            }
            LockSupport.parkNanos(Math.min(left, 200_000L));
        }
    }

    @Override
    public int discardInput() {
        ensureOpen();
        int discarded = 0;
        byte[] junk = new byte[256];
        int available;
        while ((available = port.bytesAvailable()) > 0 && discarded < 1 << 16) {
            int n = port.readBytes(junk, Math.min(junk.length, available));
            if (n <= 0) {
                break;
            }
            discarded += n;
        }
        return discarded;
    }

    private void ensureOpen() {
        if (closed) {
            throw new SensorException("CD-6146", Messages.text("CD-6146", path), null);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            port.closePort();
        }
    }
}
