/**
 * The sensor provider interface, for implementers of new kinds of sensors. A {@link
 * org.cundang.sensor.spi.SensorProvider} turns a sensor spec (a URI such as {@code modbus:/dev/ttyUSB0?profile=xy-md02})
 * into a {@link org.cundang.sensor.SensorSource}.
 *
 * <p>Evolves faster than the user API. Implementations pass the conformance kit
 * {@code org.cundang.sensor.tck.SensorSourceCompatibilityKit} from this module's test-jar.
 */
@NullMarked
package org.cundang.sensor.spi;

import org.jspecify.annotations.NullMarked;
