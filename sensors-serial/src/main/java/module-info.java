/**
 * Serial sensors (Modbus RTU and ASCII probes on RS-485); the only module that imports jSerialComm.
 */
module org.cundang.sensors.serial {
    requires static org.jspecify;
    requires org.cundang.spi;
    requires com.fazecast.jSerialComm;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports org.cundang.sensors.serial;
    exports org.cundang.sensors.serial.modbus;

    provides org.cundang.sensor.spi.SensorProvider with org.cundang.sensors.serial.SerialSensorProvider;

    // Jackson binds the device-profile JSON to internal records.
    opens org.cundang.sensors.serial.internal to com.fasterxml.jackson.databind;
}
