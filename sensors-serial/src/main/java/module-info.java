/**
 * Serial sensors (Modbus RTU and ASCII probes on RS-485); the only module that imports jSerialComm.
 */
module org.cundang.sensors.serial {
    requires static org.jspecify;
    requires org.cundang.spi;
    // The package is exported once it holds its first type (javac refuses to export an empty package).
    // exports org.cundang.sensors.serial;
}
