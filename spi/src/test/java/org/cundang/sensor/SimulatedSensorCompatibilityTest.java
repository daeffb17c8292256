package org.cundang.sensor;

import org.cundang.sensor.tck.SensorSourceCompatibilityKit;

class SimulatedSensorCompatibilityTest extends SensorSourceCompatibilityKit {

    @Override
    protected SensorSource createSource(SensorContext context) {
        return SimulatedSensor.builder("kit").sensors(3).drift(0.5, -1).noise(0.3, 2).seed(42).open(context);
    }
}
