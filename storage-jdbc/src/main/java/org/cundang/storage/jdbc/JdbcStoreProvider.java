package org.cundang.storage.jdbc;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.spi.StoreProvider;

/**
 * Opens {@link JdbcArchiveStore}s for {@code jdbc:postgresql:} and {@code jdbc:sqlite:} URIs (found by
 * {@code ArchiveStores} through {@link java.util.ServiceLoader}). Options come from
 * {@link StoreOptions#properties()} as described in {@link JdbcOptions}.
 */
public final class JdbcStoreProvider implements StoreProvider {

    /** Creates the provider (stateless). */
    public JdbcStoreProvider() {
        // stateless
    }

    @Override
    public String id() {
        return "jdbc";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public boolean supports(URI uri) {
        String s = requireNonNull(uri, "uri").toString();
        return Dialect.of(s) != null;
    }

    /**
     * Opens the store.
     *
     * @param uri     a {@code jdbc:postgresql:} or {@code jdbc:sqlite:} URI, not null
     * @param options the options, not null
     * @return the store
     * @throws org.cundang.storage.StorageException as {@link JdbcArchiveStore#open(String, JdbcOptions)}
     */
    @Override
    public ArchiveStore open(URI uri, StoreOptions options) {
        requireNonNull(uri, "uri");
        requireNonNull(options, "options");
        return JdbcArchiveStore.open(uri.toString(), JdbcOptions.from(options));
    }
}
