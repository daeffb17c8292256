/**
 * The filesystem store, the embedded default that needs no server.
 */
module org.cundang.storage.fs {
    requires static org.jspecify;
    requires org.cundang.spi;
    exports org.cundang.storage.fs;
    provides org.cundang.storage.spi.StoreProvider with org.cundang.storage.fs.FsStoreProvider;
}
