package org.cundang.storage.fs;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.StorageException;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.spi.StoreProvider;

/**
 * The provider of filesystem stores for {@code file:} URIs (id {@code fs}). Declared in {@code module-info} and in
 * {@code META-INF/services}.
 */
public final class FsStoreProvider implements StoreProvider {

    /** Creates the provider (ServiceLoader needs a public no-argument constructor). */
    public FsStoreProvider() {
        // stateless
    }

    @Override
    public String id() {
        return "fs";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public boolean supports(URI uri) {
        return "file".equalsIgnoreCase(requireNonNull(uri, "uri").getScheme());
    }

    @Override
    public ArchiveStore open(URI uri, StoreOptions options) {
        requireNonNull(uri, "uri");
        requireNonNull(options, "options");
        Path p;
        try {
            p = Path.of(uri);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw StorageException.of("CD-5004", StorageException.printable(uri.toString()));
        }
        return FsArchiveStore.open(p, options);
    }
}
