/**
 * Sources of room-climate readings (temperature, relative humidity, optionally light): the API that users of
 * Cundang call. A {@link org.cundang.sensor.SensorSource} is obtained from a provider, either explicitly or through
 * {@link org.cundang.sensor.SensorSources}, and yields {@link org.cundang.environment.Reading}s.
 *
 * <p>Stable API (issue 6). Implementers look at {@code org.cundang.sensor.spi}.
 */
@NullMarked
package org.cundang.sensor;

import org.jspecify.annotations.NullMarked;
