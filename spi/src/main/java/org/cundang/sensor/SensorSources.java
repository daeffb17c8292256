package org.cundang.sensor;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.cundang.sensor.spi.SensorProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sensor providers an application uses, and the choice among them for a spec. Explicit first
 * ({@link #of(List)}); ServiceLoader discovery is opt-in ({@link #installed(ClassLoader)}). An instance, not a
 * global registry: immutable and thread-safe.
 *
 * <p>Choice (STYLE.md 8): among the providers that {@linkplain SensorProvider#supports support} a spec, the highest
 * {@linkplain SensorProvider#priority() priority} wins, ties broken by id in ascending order; when several support
 * it, a CD-6102 warning names them all and the one chosen. No provider is CD-6101. A caller may name the provider
 * ({@link #open(URI, SensorContext, String)}) to override the choice.
 */
public final class SensorSources {

    private static final Logger LOG = LoggerFactory.getLogger(SensorSources.class);
    private static final Comparator<SensorProvider> ORDER =
            Comparator.comparingInt(SensorProvider::priority).reversed().thenComparing(SensorProvider::id);

    private final List<SensorProvider> providers;

    private SensorSources(List<SensorProvider> providers) {
        List<SensorProvider> sorted = new ArrayList<>(providers);
        sorted.sort(ORDER);
        this.providers = List.copyOf(sorted);
    }

    /**
     * The given providers, nothing discovered.
     *
     * @param providers the providers, not null, without null elements
     * @return the registry
     * @throws IllegalArgumentException if two providers share an id
     */
    public static SensorSources of(List<? extends SensorProvider> providers) {
        requireNonNull(providers, "providers");
        List<SensorProvider> list = List.copyOf(providers);
        long distinct = list.stream().map(SensorProvider::id).distinct().count();
        if (distinct != list.size()) {
            throw new IllegalArgumentException("duplicate sensor provider ids: " + ids(list));
        }
        return new SensorSources(list);
    }

    /**
     * The providers declared through {@link ServiceLoader} ({@code provides} in a module descriptor or
     * {@code META-INF/services/org.cundang.sensor.spi.SensorProvider}), seen from a class loader. When two
     * declarations share an id (the same jar twice on the class path), the first is kept.
     *
     * @param loader the class loader to search, not null
     * @return the registry
     */
    public static SensorSources installed(ClassLoader loader) {
        requireNonNull(loader, "loader");
        List<SensorProvider> found = new ArrayList<>();
        for (SensorProvider p : ServiceLoader.load(SensorProvider.class, loader)) {
            if (found.stream().noneMatch(q -> q.id().equals(p.id()))) {
                found.add(p);
            }
        }
        return new SensorSources(found);
    }

    /**
     * The providers, in choice order (priority descending, then id).
     *
     * @return an unmodifiable list
     */
    public List<SensorProvider> providers() {
        return providers;
    }

    /**
     * The providers that support a spec, in choice order.
     *
     * @param spec the spec, not null
     * @return an unmodifiable list, possibly empty
     */
    public List<SensorProvider> candidates(URI spec) {
        requireNonNull(spec, "spec");
        return providers.stream().filter(p -> p.supports(spec)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Chooses the provider for a spec.
     *
     * @param spec the spec, not null
     * @return the provider with the highest priority (then the smallest id) among those that support it
     * @throws SensorException CD-6101 if none supports it
     */
    public SensorProvider select(URI spec) {
        List<SensorProvider> candidates = candidates(spec);
        if (candidates.isEmpty()) {
            throw SensorMessages.exception("CD-6101", spec.toString(), ids(providers));
        }
        SensorProvider chosen = candidates.get(0);
        if (candidates.size() > 1 && LOG.isWarnEnabled()) {
            LOG.warn("CD-6102: {}", SensorMessages.text("CD-6102", spec.toString(), ids(candidates), chosen.id()).en());
        }
        return chosen;
    }

    /**
     * Opens a source with the chosen provider.
     *
     * @param spec    the spec, not null
     * @param context clock and event listener, not null
     * @return the source, which the caller closes
     * @throws SensorException CD-6101 if no provider supports the spec; CD-6103 if it is malformed; CD-6105 if the
     *                         provider failed with another exception; the provider's own codes
     */
    public SensorSource open(URI spec, SensorContext context) {
        requireNonNull(context, "context");
        return create(select(spec), spec, context);
    }

    /**
     * Opens a source with a named provider, overriding the choice.
     *
     * @param spec       the spec, not null
     * @param context    clock and event listener, not null
     * @param providerId the provider's id, not null
     * @return the source, which the caller closes
     * @throws SensorException CD-6106 if no provider has that id; CD-6101 if it does not support the spec
     */
    public SensorSource open(URI spec, SensorContext context, String providerId) {
        requireNonNull(spec, "spec");
        requireNonNull(context, "context");
        requireNonNull(providerId, "providerId");
        SensorProvider p = providers.stream().filter(q -> q.id().equals(providerId)).findFirst()
                .orElseThrow(() -> SensorMessages.exception("CD-6106", providerId, ids(providers)));
        if (!p.supports(spec)) {
            throw SensorMessages.exception("CD-6101", spec.toString(), providerId);
        }
        return create(p, spec, context);
    }

    private static SensorSource create(SensorProvider p, URI spec, SensorContext context) {
        try {
            return requireNonNull(p.create(spec, context), "provider returned null");
        } catch (SensorException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SensorException("CD-6105", SensorMessages.text("CD-6105", p.id(), spec.toString(),
                    String.valueOf(e)), e);
        }
    }

    private static String ids(List<SensorProvider> list) {
        return list.isEmpty() ? "(none)" : list.stream()
                .map(p -> p.id() + " " + p.version() + " (priority " + p.priority() + ")")
                .collect(Collectors.joining(", "));
    }
}
