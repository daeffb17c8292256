/**
 * The filesystem store, the embedded default that needs no server.
 */
module org.cundang.storage.fs {
    requires static org.jspecify;
    requires org.cundang.spi;
    // The package is exported once it holds its first type (javac refuses to export an empty package).
    // exports org.cundang.storage.fs;
}
