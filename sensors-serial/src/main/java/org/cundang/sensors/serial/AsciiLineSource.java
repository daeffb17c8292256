package org.cundang.sensors.serial;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cundang.environment.Reading;
import org.cundang.sensor.SensorContext;
import org.cundang.sensor.SensorEvent;
import org.cundang.sensor.SensorException;
import org.cundang.sensor.SensorSource;
import org.cundang.sensors.serial.internal.JSerialCommLine;
import org.cundang.sensors.serial.internal.SerialLine;

/**
 * A probe that streams text lines on a serial port ({@code T=21.5,RH=48.2}, see {@link AsciiLineFormat}), as a
 * {@link SensorSource}: for the XY-MD02's auto-upload mode and similar probes. Each {@link #poll()} takes the lines
 * that arrived since the last poll, waiting up to the line timeout for at least one, and returns the newest
 * one that parses as a reading stamped with the context's clock (one reading per sensor and round, as every
 * source; older lines of the same round are superseded). A line that cannot be parsed (or longer than 256 characters) is dropped and
 * reported as a {@link SensorEvent.Kind#FAULT} event with code CD-6160.
 */
public final class AsciiLineSource implements SensorSource {

    private static final int MAX_LINE = 256;

    private final SerialLine line;
    private final String path;
    private final String sensorId;
    private final Duration lineTimeout;
    private final SensorContext context;
    private final AsciiLineFormat format = AsciiLineFormat.standard();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final byte[] buf = new byte[512];
    private boolean overflow;
    private boolean closed;

    private AsciiLineSource(SerialLine line, String path, String sensorId, Duration lineTimeout, SensorContext context) {
        this.line = line;
        this.path = path;
        this.sensorId = sensorId;
        this.lineTimeout = lineTimeout;
        this.context = context;
    }

    /**
     * Opens the port.
     *
     * @param path        the port path, not null
     * @param settings    the line settings, not null
     * @param sensorId    the id given to the readings, not null
     * @param lineTimeout how long a poll waits for a line when none is waiting, 0..60 s, not null
     * @param context     clock and event listener, not null
     * @return the source
     * @throws SensorException CD-6140/CD-6141 if the port cannot be opened
     */
    public static AsciiLineSource open(String path, SerialSettings settings, String sensorId, Duration lineTimeout,
                                       SensorContext context) {
        requireNonNull(path, "path");
        requireNonNull(settings, "settings");
        requireNonNull(sensorId, "sensorId");
        requireNonNull(lineTimeout, "lineTimeout");
        requireNonNull(context, "context");
        if (lineTimeout.isNegative() || lineTimeout.toSeconds() > 60) {
            throw new IllegalArgumentException("lineTimeout must be 0..60 s, was " + lineTimeout);
        }
        return new AsciiLineSource(JSerialCommLine.open(path, settings), path, sensorId, lineTimeout, context);
    }

    @Override
    public String id() {
        return "ascii:" + path;
    }

    @Override
    public synchronized List<Reading> poll() {
        if (closed) {
            throw SensorException.closed(id());
        }
        List<String> lines = new ArrayList<>();
        long deadline = System.nanoTime() + lineTimeout.toNanos();
        do {
            int n = line.read(buf, 0, buf.length, lines.isEmpty() ? deadline : System.nanoTime());
            if (n == 0) {
                break;
            }
            split(n, lines);
        } while (true);
        Reading newest = null;
        for (String text : lines) {
            if (text.isBlank()) {
                continue;
            }
            try {
                newest = format.parse(sensorId, context.clock().instant(), text);
            } catch (SensorException e) {
                fault(e);
            }
        }
        return newest == null ? List.of() : List.of(newest);
    }

    private void split(int n, List<String> lines) {
        for (int i = 0; i < n; i++) {
            byte b = buf[i];
            if (b == '\n' || b == '\r') {
                if (overflow) {
                    overflow = false;
                    fault(new SensorException("CD-6160", org.cundang.sensors.serial.internal.Messages.text("CD-6160",
                            "…", String.valueOf(MAX_LINE), "line longer than " + MAX_LINE + " characters"), null));
                } else if (partial.size() > 0) {
                    lines.add(partial.toString(StandardCharsets.UTF_8));
                }
                partial.reset();
            } else if (partial.size() < MAX_LINE) {
                partial.write(b);
            } else {
                overflow = true;
                partial.reset();
            }
        }
    }

    private void fault(SensorException e) {
        try {
            context.events().accept(new SensorEvent(context.clock().instant(), id(), sensorId, SensorEvent.Kind.FAULT,
                    e.code(), e.text()));
        } catch (RuntimeException ignored) {
            // a failing listener must not stop the poll
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        line.close();
    }
}
