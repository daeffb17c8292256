package org.cundang.sensor;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Set;
import org.cundang.sensor.spi.SensorProvider;

/**
 * Provides {@link SimulatedSensor}s for specs with the scheme {@code sim}, e.g.
 * {@code sim:room1?seed=7&amp;sensors=2&amp;t=20&amp;rh=55&amp;drift=0.1&amp;driftRh=0&amp;noise=0.2&amp;noiseRh=0.5&amp;dropout=0.05}.
 * Every parameter is optional (defaults as in {@link SimulatedSensor#builder(String)}); unknown parameters and
 * values out of range are CD-6103. Id {@code simulated}, priority 0. Declared for ServiceLoader.
 */
public final class SimulatedSensorProvider implements SensorProvider {

    private static final Set<String> PARAMS =
            Set.of("seed", "sensors", "t", "rh", "drift", "driftRh", "noise", "noiseRh", "dropout");

    /** Creates the provider (ServiceLoader needs a public constructor). */
    public SimulatedSensorProvider() {
        // stateless
    }

    @Override
    public String id() {
        return "simulated";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public boolean supports(URI spec) {
        return "sim".equalsIgnoreCase(requireNonNull(spec, "spec").getScheme());
    }

    @Override
    public SensorSource create(URI spec, SensorContext context) {
        requireNonNull(context, "context");
        SensorSpec s = SensorSpec.of(spec).requireOnly(PARAMS);
        if (!s.scheme().equals("sim")) {
            throw s.invalid("not a sim: spec");
        }
        return SimulatedSensor.builder(s.target())
                .sensors((int) s.longParam("sensors", 1, 1, 247))
                .base(s.doubleParam("t", 20, -50, 80), s.doubleParam("rh", 50, 0, 100))
                .drift(s.doubleParam("drift", 0, -10, 10), s.doubleParam("driftRh", 0, -10, 10))
                .noise(s.doubleParam("noise", 0.1, 0, 10), s.doubleParam("noiseRh", 0.5, 0, 20))
                .dropout(s.doubleParam("dropout", 0, 0, 1))
                .seed(s.longParam("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE))
                .open(context);
    }
}
