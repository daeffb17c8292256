/**
 * Provider interfaces for storage and sensors, and provider discovery. Adapters implement these; their tests
 * extend the conformance kit shipped in this module's test-jar.
 *
 * <p>Evolves faster than the core API.
 */
module org.cundang.spi {
    requires static org.jspecify;
    requires transitive org.cundang.core;
    requires org.slf4j;
    // The package is exported once it holds its first type (javac refuses to export an empty package).
    // exports org.cundang.spi;

    // Sensors (issue 6): the user API (a source of readings) and the provider interface.
    exports org.cundang.sensor;
    exports org.cundang.sensor.spi;

    uses org.cundang.sensor.spi.SensorProvider;
    provides org.cundang.sensor.spi.SensorProvider with org.cundang.sensor.SimulatedSensorProvider;

    // Storage (issue 4): the store API, the provider interface, discovery by ServiceLoader.
    exports org.cundang.storage;
    exports org.cundang.storage.spi;

    // Custody workflows (issue 8).
    exports org.cundang.workflow;
    uses org.cundang.storage.spi.StoreProvider;
}
