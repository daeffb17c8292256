/**
 * The {@code cundang} command-line application and the embedding examples. Uses only Cundang's public API.
 */
module org.cundang.samples {
    requires static org.jspecify;
    requires org.cundang.core;
    requires org.cundang.spi;
    requires org.cundang.sensors.serial;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires org.apache.pdfbox;
    requires org.apache.fontbox;
    requires java.desktop;

    // picocli reads the command classes reflectively and the help texts from the resource bundle.
    opens org.cundang.samples.cli to info.picocli;
}
