package org.cundang.storage.spi;

import java.net.URI;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.StoreOptions;

/**
 * A kind of store, found by {@link java.util.ServiceLoader} (declared with {@code provides} in {@code module-info}
 * and in {@code META-INF/services/org.cundang.storage.spi.StoreProvider}) or passed explicitly to
 * {@link org.cundang.storage.ArchiveStores#of(java.util.List)}.
 *
 * <h2>Specification for implementors</h2>
 * Immutable and thread-safe; a public no-argument constructor. {@link #supports(URI)} looks at the URI only (no
 * I/O). {@link #open(URI, StoreOptions)} wraps every I/O or driver error in a
 * {@link org.cundang.storage.StorageException} with a CD code. The store must pass the conformance kit.
 */
public interface StoreProvider {

    /** The permanent id, lowercase, e.g. {@code fs}; used by the override property. */
    String id();

    /** The provider's version, e.g. {@code 0.1.0}. */
    String version();

    /** Higher wins when several providers support a URI; ties are broken by id. Default 0. */
    default int priority() {
        return 0;
    }

    /**
     * Whether this provider opens stores at a URI.
     *
     * @param uri the store URI, not null
     * @return true if supported
     */
    boolean supports(URI uri);

    /**
     * Opens (creating if needed, unless read-only) the store at a URI.
     *
     * @param uri     the URI, not null
     * @param options the options, not null
     * @return the open store
     */
    ArchiveStore open(URI uri, StoreOptions options);
}
