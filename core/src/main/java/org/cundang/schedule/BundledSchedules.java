package org.cundang.schedule;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The retention tables shipped with Cundang, by id (sources and confidence tags in {@code docs/retention.md}):
 * <ul>
 *   <li>{@value #ACCOUNTING_ANNEX1}: 会计档案管理办法 (财政部 国家档案局令第79号) 附表1, 企业和其他组织, all 16 items (V);</li>
 *   <li>{@value #ACCOUNTING_ANNEX2}: 附表2 (行政事业单位等), the rows DOMAIN.md verified (V), partial;</li>
 *   <li>{@value #TOWNSHIP}: 乡镇档案工作办法 (国家档案局令第18号) annex, the sample rows DOMAIN.md verified (V), partial;</li>
 *   <li>{@value #VILLAGE}: 村级档案管理办法 (令第12号, 2017) annex, a recalled skeleton (R), marked provisional;</li>
 *   <li>{@value #RUIAN_EXAMPLE}: an example 瑞安 村档乡管 overlay of {@value #VILLAGE}, marked as an example (the real
 *       Rui'an table was not found, DOMAIN.md §7.2).</li>
 * </ul>
 *
 * <p>Loaded once, on first use, from {@code META-INF/cundang/schedules/}. Immutable and thread-safe.
 */
public final class BundledSchedules {

    /** 会计档案管理办法 附表1. */
    public static final String ACCOUNTING_ANNEX1 = "accounting-2015-annex1";
    /** 会计档案管理办法 附表2 (partial). */
    public static final String ACCOUNTING_ANNEX2 = "accounting-2015-annex2";
    /** 乡镇档案工作办法 annex (sample rows). */
    public static final String TOWNSHIP = "township-2021";
    /** 村级档案管理办法 annex skeleton (provisional). */
    public static final String VILLAGE = "village-2017";
    /** Example 瑞安 村档乡管 overlay. */
    public static final String RUIAN_EXAMPLE = "ruian-example";

    private static final List<String> IDS = List.of(ACCOUNTING_ANNEX1, ACCOUNTING_ANNEX2, TOWNSHIP, VILLAGE,
            RUIAN_EXAMPLE);

    private final Map<String, ScheduleLayer> layers;

    private BundledSchedules(Map<String, ScheduleLayer> layers) {
        this.layers = layers;
    }

    static BundledSchedules instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final BundledSchedules INSTANCE = load();
    }

    private static BundledSchedules load() {
        Map<String, ScheduleLayer> m = new LinkedHashMap<>();
        for (String id : IDS) {
            String path = "/META-INF/cundang/schedules/" + id + ".json";
            try (InputStream in = BundledSchedules.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("bundled schedule missing: " + path);
                }
                ScheduleLayer layer = Schedules.read(in, id + ".json");
                if (!layer.id().equals(id)) {
                    throw new IllegalStateException("bundled schedule " + path + " declares id " + layer.id());
                }
                m.put(id, layer);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled schedule " + path, e);
            }
        }
        return new BundledSchedules(Collections.unmodifiableMap(m));
    }

    /** The ids of the bundled layers, in a stable order. */
    public List<String> ids() {
        return IDS;
    }

    /** The bundled layers, in the order of {@link #ids()}; unmodifiable. */
    public List<ScheduleLayer> layers() {
        return List.copyOf(layers.values());
    }

    /**
     * A bundled layer.
     *
     * @param id the layer id, not null
     * @return the layer, or empty if no bundled layer has that id
     */
    public Optional<ScheduleLayer> layer(String id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(layers.get(id.strip()));
    }

    /**
     * A bundled layer resolved with its bases: for an overlay, its base chain first (e.g. {@value #RUIAN_EXAMPLE}
     * resolves {@value #VILLAGE} then the overlay).
     *
     * @param id the layer id, not null
     * @return the resolved schedule
     * @throws ScheduleException (CD-2017) if no bundled layer has that id
     */
    public RetentionSchedule schedule(String id) {
        requireNonNull(id, "id");
        ScheduleLayer top = layer(id).orElseThrow(() -> ScheduleException.of("CD-2017", null, null,
                ScheduleException.abbreviate(id), String.join(", ", IDS)));
        List<ScheduleLayer> chain = new ArrayList<>();
        ScheduleLayer l = top;
        while (l != null && chain.size() <= IDS.size()) {
            chain.add(0, l);
            l = l.base().flatMap(this::layer).orElse(null);
        }
        return RetentionSchedule.of(chain);
    }
}
