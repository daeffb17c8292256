package org.cundang.sensor;

import java.util.List;
import org.cundang.environment.Reading;

/**
 * A source of room-climate readings: one probe, or several probes on one bus. Obtained from a
 * {@link org.cundang.sensor.spi.SensorProvider}, directly or through {@link SensorSources}.
 *
 * <p>The caller drives the pace: each {@link #poll()} takes one round of readings now. A scheduler (for example the
 * {@code room monitor} command) calls it at its interval; a source never starts threads of its own unless its
 * documentation says so.
 *
 * <p><b>Specification for implementors.</b> Thread-safe: {@code poll()} may be called from any thread, and calls do
 * not overlap (an implementation serialises them). Reading times come from the {@link SensorContext#clock()} the
 * source was created with, not the system clock. A sensor that does not answer is left out of the round and
 * reported as a {@link SensorEvent} (a dropout is data, not an exception); {@code poll()} throws only when the
 * source itself is unusable. {@link #close()} is idempotent and never throws a checked exception. The conformance
 * kit {@code org.cundang.sensor.tck.SensorSourceCompatibilityKit} in this module's test-jar checks these rules.
 */
public interface SensorSource extends AutoCloseable {

    /**
     * The source's id, e.g. {@code modbus:/dev/ttyUSB0} or {@code sim:room1}; stable for the source's life.
     *
     * @return the id, not blank
     */
    String id();

    /**
     * Takes one round of readings now.
     *
     * @return one reading per sensor that answered, in sensor order; empty when none answered; never null
     * @throws SensorException CD-6104 if the source is closed; an adapter's code if the source is unusable (for
     *                         example the serial port cannot be opened)
     */
    List<Reading> poll();

    /** Releases the source's resources (ports, threads). Idempotent; a later {@link #poll()} throws CD-6104. */
    @Override
    void close();
}
