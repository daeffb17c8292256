package org.cundang.storage;

import static java.util.Objects.requireNonNull;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.cundang.storage.spi.StoreProvider;
import org.jspecify.annotations.Nullable;

/**
 * Opens stores by URI with a set of {@link StoreProvider}s. Explicit first, discovery opt-in (STYLE.md 8): pass the
 * providers to {@link #of(List)}, or let {@link #load()} find them with {@link ServiceLoader}. An instance, never a
 * global registry; immutable and thread-safe.
 *
 * <p>Choice: the provider named by {@link StoreOptions#provider()}, else by the override given to {@link #load()}
 * (the system property {@value #OVERRIDE_PROPERTY}), else the providers that {@linkplain StoreProvider#supports
 * support} the URI, highest {@linkplain StoreProvider#priority() priority} first; several with the same highest
 * priority are refused (CD-5002) rather than picked arbitrarily, none is CD-5001; both name the URI.
 */
public final class ArchiveStores {

    /** The system property read by {@link #load()} that names the provider id to use for every URI. */
    public static final String OVERRIDE_PROPERTY = "cundang.store.provider";

    private static final Comparator<StoreProvider> ORDER = Comparator.comparingInt(StoreProvider::priority).reversed()
            .thenComparing(StoreProvider::id);

    private final List<StoreProvider> providers;
    private final @Nullable String override;

    private ArchiveStores(List<StoreProvider> providers, @Nullable String override) {
        List<StoreProvider> sorted = new ArrayList<>(providers);
        sorted.sort(ORDER);
        this.providers = List.copyOf(sorted);
        this.override = override;
    }

    /**
     * Stores opened by the given providers only.
     *
     * @param providers the providers, not null
     * @return the instance
     */
    public static ArchiveStores of(List<StoreProvider> providers) {
        requireNonNull(providers, "providers");
        providers.forEach(p -> requireNonNull(p, "providers[]"));
        return new ArchiveStores(providers, null);
    }

    /**
     * Stores opened by the providers {@link ServiceLoader} finds with this class's loader, honouring the system
     * property {@value #OVERRIDE_PROPERTY}.
     *
     * @return the instance
     */
    public static ArchiveStores load() {
        return load(ArchiveStores.class.getClassLoader());
    }

    /**
     * Stores opened by the providers {@link ServiceLoader} finds with a class loader, honouring the system property
     * {@value #OVERRIDE_PROPERTY}.
     *
     * @param loader the class loader, not null
     * @return the instance
     */
    public static ArchiveStores load(ClassLoader loader) {
        requireNonNull(loader, "loader");
        List<StoreProvider> found = new ArrayList<>();
        ServiceLoader.load(StoreProvider.class, loader).forEach(found::add);
        if (ArchiveStores.class.getModule().isNamed()) {
            ServiceLoader.load(ArchiveStores.class.getModule().getLayer() == null ? ModuleLayer.boot()
                    : ArchiveStores.class.getModule().getLayer(), StoreProvider.class).forEach(p -> {
                        if (found.stream().noneMatch(q -> q.getClass() == p.getClass())) {
                            found.add(p);
                        }
                    });
        }
        String o = System.getProperty(OVERRIDE_PROPERTY);
        return new ArchiveStores(found, o == null || o.isBlank() ? null : o.strip());
    }

    /**
     * The same providers with an override: every URI is opened by the provider with this id.
     *
     * @param providerId the id, not null
     * @return a new instance
     */
    public ArchiveStores withOverride(String providerId) {
        return new ArchiveStores(providers, requireNonNull(providerId, "providerId"));
    }

    /** The providers, in choice order (priority, then id). */
    public List<StoreProvider> providers() {
        return providers;
    }

    /**
     * Reads a store location: a URI with a scheme ({@code file:/…}, {@code jdbc:…}), or else a folder path, relative
     * to the working directory, made a {@code file:} URI.
     *
     * @param location the location, not null
     * @return the URI
     * @throws StorageException CD-5004 when it is empty or not a URI
     */
    public static URI toUri(String location) {
        requireNonNull(location, "location");
        String s = location.strip();
        if (s.isEmpty() || s.indexOf('\0') >= 0) {
            throw StorageException.of("CD-5004", StorageException.printable(location));
        }
        int colon = s.indexOf(':');
        boolean hasScheme = colon > 1 && s.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*");
        if (!hasScheme) {
            return new File(s).getAbsoluteFile().toURI();
        }
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            throw StorageException.of("CD-5004", StorageException.printable(location));
        }
    }

    /**
     * The provider that opens a URI.
     *
     * @param uri     the URI, not null
     * @param options the options (for the explicit provider), not null
     * @return the provider
     * @throws StorageException CD-5001 (none), CD-5002 (several with the same priority), CD-5003 (the named provider
     *                          is not installed)
     */
    public StoreProvider select(URI uri, StoreOptions options) {
        requireNonNull(uri, "uri");
        requireNonNull(options, "options");
        String named = options.provider().orElse(override);
        if (named != null) {
            return providers.stream().filter(p -> p.id().equals(named)).findFirst()
                    .orElseThrow(() -> StorageException.of("CD-5003", StorageException.printable(named),
                            uri.toString(), ids(providers)));
        }
        List<StoreProvider> fit = providers.stream().filter(p -> p.supports(uri)).collect(Collectors.toList());
        if (fit.isEmpty()) {
            throw StorageException.of("CD-5001", StorageException.printable(uri.toString()), ids(providers));
        }
        if (fit.size() > 1 && fit.get(0).priority() == fit.get(1).priority()) {
            List<StoreProvider> tied = fit.stream().filter(p -> p.priority() == fit.get(0).priority())
                    .collect(Collectors.toList());
            throw StorageException.of("CD-5002", StorageException.printable(uri.toString()), ids(tied));
        }
        return fit.get(0);
    }

    private static String ids(List<StoreProvider> ps) {
        return ps.isEmpty() ? "-" : ps.stream().map(p -> p.id() + " " + p.version()).collect(Collectors.joining(", "));
    }

    /**
     * Opens a store with the default options.
     *
     * @param location a URI or a folder path (see {@link #toUri(String)}), not null
     * @return the open store
     */
    public ArchiveStore open(String location) {
        return open(toUri(location), StoreOptions.defaults());
    }

    /**
     * Opens a store.
     *
     * @param uri     the URI, not null
     * @param options the options, not null
     * @return the open store
     */
    public ArchiveStore open(URI uri, StoreOptions options) {
        return select(uri, options).open(uri, options);
    }
}
