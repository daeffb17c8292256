package org.cundang.sensor.spi;

import java.net.URI;
import org.cundang.sensor.SensorContext;
import org.cundang.sensor.SensorSource;

/**
 * Creates {@link SensorSource}s for the sensor specs it supports. Registered explicitly with
 * {@link org.cundang.sensor.SensorSources#of(java.util.List)}, or found through {@link java.util.ServiceLoader}
 * (opt-in: {@link org.cundang.sensor.SensorSources#installed(ClassLoader)}); declare an implementation both with
 * {@code provides org.cundang.sensor.spi.SensorProvider with ...} in {@code module-info.java} and in
 * {@code META-INF/services/org.cundang.sensor.spi.SensorProvider}.
 *
 * <p>A spec is a URI whose scheme names the kind of sensor: {@code sim:room1?seed=7},
 * {@code modbus:/dev/ttyUSB0?profile=xy-md02&amp;address=1,2}, {@code ascii:/dev/ttyUSB1?baud=9600}.
 *
 * <p><b>Specification for implementors.</b> Immutable and thread-safe; a public no-argument constructor for
 * ServiceLoader. {@link #supports(URI)} is cheap and opens nothing. When several providers support a spec, the
 * one with the highest {@link #priority()} wins, ties broken by {@link #id()} in ascending order (STYLE.md 8).
 */
public interface SensorProvider {

    /**
     * The provider's id, unique among providers, e.g. {@code serial} or {@code simulated}.
     *
     * @return the id, lower-case letters, digits and hyphens
     */
    String id();

    /**
     * The provider's version, e.g. {@code 0.1.0}.
     *
     * @return the version, not blank
     */
    String version();

    /**
     * The priority among providers supporting the same spec: higher wins. Default 0.
     *
     * @return the priority
     */
    default int priority() {
        return 0;
    }

    /**
     * Whether this provider can create a source for the spec (usually: by its scheme). Opens nothing.
     *
     * @param spec the sensor spec, not null
     * @return true if {@link #create} accepts it
     */
    boolean supports(URI spec);

    /**
     * Creates a source. Resources (ports) may be opened now or at the first poll; either way a failure to open is a
     * {@link org.cundang.sensor.SensorException}.
     *
     * @param spec    the sensor spec, not null, {@link #supports supported}
     * @param context the clock and event listener, not null
     * @return the new source, which the caller closes
     * @throws org.cundang.sensor.SensorException CD-6103 if the spec is malformed; an adapter's code if the
     *                                            sensor cannot be opened
     */
    SensorSource create(URI spec, SensorContext context);
}
