package org.cundang.schedule;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cundang.retention.RetentionPeriod;

/**
 * A resolved 归档范围和保管期限表: a base table plus overlays, applied in order (DOMAIN.md decision 1).
 *
 * <p>Resolution rules:
 * <ul>
 *   <li>the first layer is a base table (names no base, CD-2020); every later layer is an overlay (CD-2021) whose
 *       base is a layer earlier in the stack (CD-2011); layer ids are distinct (CD-2022);</li>
 *   <li>an overlay may add entries with new ids (a reused id is CD-2008) and amend existing ones (an unknown id is
 *       CD-2014);</li>
 *   <li>an amended period may be longer, never shorter: periods are minimums (国家档案局令第8号, 令第10号 第十一条,
 *       会计档案管理办法 第十五条, V). A shorter one is refused with CD-2012 naming both entries (layer, id, period).
 *       A fixed period may become 永久 or a longer fixed period; an event-based one may become 永久 or the same
 *       event with more years; any other change of what the count starts from is refused with CD-2013, because it
 *       could end sooner.</li>
 * </ul>
 *
 * <p>Each {@link ResolvedEntry} knows which layer defined it and which set its period. Immutable and thread-safe.
 */
public final class RetentionSchedule {

    private static final int MAX_KEYWORD = 200;

    private final List<ScheduleLayer> layers;
    private final List<ResolvedEntry> entries;
    private final Map<String, ResolvedEntry> byId;

    private RetentionSchedule(List<ScheduleLayer> layers, List<ResolvedEntry> entries) {
        this.layers = layers;
        this.entries = entries;
        Map<String, ResolvedEntry> m = new LinkedHashMap<>();
        for (ResolvedEntry e : entries) {
            m.put(e.id(), e);
        }
        this.byId = Collections.unmodifiableMap(m);
    }

    /**
     * Resolves a base table and its overlays.
     *
     * @param base     the base table, not null
     * @param overlays the overlays, in order, not null
     * @return the schedule
     * @throws ScheduleException (CD-2008, CD-2011 to CD-2014, CD-2020 to CD-2022) if the stack is invalid
     */
    public static RetentionSchedule of(ScheduleLayer base, ScheduleLayer... overlays) {
        requireNonNull(base, "base");
        requireNonNull(overlays, "overlays");
        List<ScheduleLayer> all = new ArrayList<>(overlays.length + 1);
        all.add(base);
        all.addAll(Arrays.asList(overlays));
        return of(all);
    }

    /**
     * Resolves a stack of layers: the base table first, then the overlays in order.
     *
     * @param layers the layers, not null, not empty, no null element
     * @return the schedule
     * @throws ScheduleException (CD-2008, CD-2011 to CD-2014, CD-2018, CD-2020 to CD-2022) if the stack is invalid
     */
    public static RetentionSchedule of(List<ScheduleLayer> layers) {
        requireNonNull(layers, "layers");
        if (layers.isEmpty()) {
            throw ScheduleException.invalid("layers", "[]");
        }
        List<ScheduleLayer> stack = new ArrayList<>(layers.size());
        Map<String, Slot> slots = new LinkedHashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            ScheduleLayer layer = requireNonNull(layers.get(i), "layers[" + i + "]");
            if (i == 0 && layer.isOverlay()) {
                throw ScheduleException.of("CD-2020", layer.id(), null, layer.base().orElse(""));
            }
            if (i > 0 && !layer.isOverlay()) {
                throw ScheduleException.of("CD-2021", layer.id(), null, stack.get(0).id());
            }
            for (ScheduleLayer l : stack) {
                if (l.id().equals(layer.id())) {
                    throw ScheduleException.of("CD-2022", layer.id(), null);
                }
            }
            String baseId = layer.base().orElse(null);
            if (baseId != null && stack.stream().noneMatch(l -> l.id().equals(baseId))) {
                throw ScheduleException.of("CD-2011", layer.id(), null, baseId, ids(stack));
            }
            for (ScheduleEntry e : layer.entries()) {
                Slot existing = slots.get(e.id());
                if (existing != null) {
                    throw ScheduleException.of("CD-2008", layer.id(), e.id(), existing.definedIn);
                }
                slots.put(e.id(), new Slot(e, layer.id()));
            }
            for (ScheduleAmendment a : layer.amendments()) {
                Slot slot = slots.get(a.entryId());
                if (slot == null) {
                    throw ScheduleException.of("CD-2014", layer.id(), a.entryId());
                }
                RetentionPeriod next = a.period().orElse(null);
                if (next != null) {
                    checkNotShorter(slot, layer.id(), a.entryId(), next);
                }
                ScheduleEntry amended;
                try {
                    amended = a.applyTo(slot.entry);
                } catch (ScheduleException ex) {
                    throw ScheduleException.of("CD-2013", layer.id(), a.entryId(),
                            String.valueOf(next), slot.periodSetBy, slot.entry.id(), slot.entry.period());
                }
                if (next != null && !next.equals(slot.entry.period())) {
                    slot.periodSetBy = layer.id();
                }
                slot.entry = amended;
                slot.amendedBy.add(layer.id());
            }
            stack.add(layer);
        }
        List<ResolvedEntry> resolved = new ArrayList<>(slots.size());
        for (Slot s : slots.values()) {
            resolved.add(new ResolvedEntry(s.entry, s.definedIn, s.periodSetBy, s.amendedBy));
        }
        return new RetentionSchedule(List.copyOf(stack), List.copyOf(resolved));
    }

    private static void checkNotShorter(Slot slot, String layerId, String entryId, RetentionPeriod next) {
        RetentionPeriod current = slot.entry.period();
        Verdict v = compare(current, next);
        if (v == Verdict.OK) {
            return;
        }
        String code = v == Verdict.SHORTER ? "CD-2012" : "CD-2013";
        throw ScheduleException.of(code, layerId, entryId, next.code(),
                slot.periodSetBy, slot.entry.id(), current.code());
    }

    private enum Verdict { OK, SHORTER, OTHER_BASIS }

    /**
     * Whether an overlay may replace {@code current} by {@code next}.
     *
     * @param current the lower layer's period, not null
     * @param next    the overlay's period, not null
     * @return true when {@code next} can never end before {@code current}
     */
    public static boolean mayReplace(RetentionPeriod current, RetentionPeriod next) {
        return compare(requireNonNull(current, "current"), requireNonNull(next, "next")) == Verdict.OK;
    }

    private static Verdict compare(RetentionPeriod current, RetentionPeriod next) {
        if (next.isPermanent()) {
            return Verdict.OK;
        }
        if (current.isPermanent()) {
            return Verdict.SHORTER;
        }
        if (current.kind() != next.kind() || !current.event().equals(next.event())) {
            return Verdict.OTHER_BASIS;
        }
        return next.years().getAsInt() >= current.years().getAsInt() ? Verdict.OK : Verdict.SHORTER;
    }

    private static String ids(List<ScheduleLayer> stack) {
        StringBuilder b = new StringBuilder();
        for (ScheduleLayer l : stack) {
            b.append(b.length() == 0 ? "" : ", ").append(l.id());
        }
        return b.toString();
    }

    /** The id of the top layer (the most specific one). */
    public String id() {
        return layers.get(layers.size() - 1).id();
    }

    /** The layers, base first; unmodifiable. */
    public List<ScheduleLayer> layers() {
        return layers;
    }

    /** Whether any layer is provisional. */
    public boolean provisional() {
        return layers.stream().anyMatch(ScheduleLayer::provisional);
    }

    /** Whether any layer is an example. */
    public boolean example() {
        return layers.stream().anyMatch(ScheduleLayer::example);
    }

    /** Every entry, in table order (base entries first, then those added by overlays); unmodifiable. */
    public List<ResolvedEntry> entries() {
        return entries;
    }

    /**
     * The entry with an id.
     *
     * @param id the entry id, not null
     * @return the entry, or empty if there is none
     */
    public Optional<ResolvedEntry> entry(String id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(byId.get(id.strip()));
    }

    /**
     * The entry with an id, which must exist.
     *
     * @param id the entry id, not null
     * @return the entry
     * @throws ScheduleException (CD-2019) if there is none
     */
    public ResolvedEntry require(String id) {
        return entry(id).orElseThrow(() -> ScheduleException.of("CD-2019", id(), ScheduleException.abbreviate(id)));
    }

    /**
     * The entries whose Chinese title contains a keyword (plain substring, surrounding white space ignored), in
     * table order. For example {@code 记账凭证} finds 会计档案管理办法 附表1 item 2.
     *
     * @param keyword the keyword, not null, not blank
     * @return the matching entries, possibly empty; unmodifiable
     * @throws ScheduleException (CD-2023) if the keyword is blank
     */
    public List<ResolvedEntry> find(String keyword) {
        requireNonNull(keyword, "keyword");
        String k = keyword.strip();
        if (k.isEmpty()) {
            throw ScheduleException.of("CD-2023", id(), null);
        }
        if (k.length() > MAX_KEYWORD) {
            return List.of();
        }
        List<ResolvedEntry> out = new ArrayList<>();
        for (ResolvedEntry e : entries) {
            if (e.title().contains(k)) {
                out.add(e);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The entries the township keeps for the village (涉民, 村档乡管). */
    public List<ResolvedEntry> townshipCustodyEntries() {
        List<ResolvedEntry> out = new ArrayList<>();
        for (ResolvedEntry e : entries) {
            if (e.entry().townshipCustody()) {
                out.add(e);
            }
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public String toString() {
        return "RetentionSchedule[" + ids(layers) + ", " + entries.size() + " entries]";
    }

    private static final class Slot {
        ScheduleEntry entry;
        final String definedIn;
        String periodSetBy;
        final List<String> amendedBy = new ArrayList<>(1);

        Slot(ScheduleEntry entry, String definedIn) {
            this.entry = entry;
            this.definedIn = definedIn;
            this.periodSetBy = definedIn;
        }
    }
}
