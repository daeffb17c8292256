package org.cundang.environment;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cundang.LocalizedText;
import org.cundang.internal.json.ChecklistJson;
import org.cundang.internal.json.RoomProfileJson;
import org.jspecify.annotations.Nullable;

/**
 * Protection checklists by id, read from JSON data. {@link #defaults()} holds {@code ruian} (the default: the
 * Rui'an policy's seven items, 四（三）, V), {@code bafang} (the common 八防, S), {@code jgj25} (a JGJ 25-2010 5.1.1
 * reading, S) and {@code order13} (《机关档案管理规定》 令第13号, S).
 *
 * <p>Immutable and thread-safe.
 */
public final class ProtectionChecklists {

    /** The id of the default checklist. */
    public static final String DEFAULT_ID = "ruian";

    private static final String DEFAULTS_FILE = "protection-checklists.json";

    private final Map<String, ProtectionChecklist> byId;

    private ProtectionChecklists(Map<String, ProtectionChecklist> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The shipped checklists, from {@code org/cundang/environment/protection-checklists.json}. */
    public static ProtectionChecklists defaults() {
        try (InputStream in = ProtectionChecklists.class.getResourceAsStream(DEFAULTS_FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + DEFAULTS_FILE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a checklist file (same shape as the shipped one).
     *
     * @param json the JSON, UTF-8, not null; not closed
     * @return the checklists
     * @throws EnvironmentException CD-6004 if the file is unreadable or incomplete; CD-6008 if a list is invalid
     */
    public static ProtectionChecklists read(InputStream json) {
        requireNonNull(json, "json");
        ChecklistJson.File file;
        try {
            file = ChecklistJson.read(json);
        } catch (UncheckedIOException e) {
            throw EnvironmentException.withCause("CD-6004", e,
                    EnvironmentException.shown(String.valueOf(e.getMessage()).replace('\n', ' ')));
        }
        int defaultInterval = file.defaultIntervalDays() == null ? 30 : file.defaultIntervalDays();
        Map<String, ProtectionChecklist> map = new LinkedHashMap<>();
        for (ChecklistJson.Checklist c : required(file.checklists(), "checklists")) {
            required(c, "checklist");
            List<ProtectionItem> items = new ArrayList<>();
            for (ChecklistJson.Item i : required(c.items(), "items")) {
                required(i, "item");
                items.add(new ProtectionItem(required(i.id(), "item.id"), text(i.name()),
                        i.intervalDays() == null ? defaultInterval : i.intervalDays()));
            }
            Confidence conf = switch (required(c.confidence(), "confidence")) {
                case "V" -> Confidence.V;
                case "S" -> Confidence.S;
                case "R" -> Confidence.R;
                default -> throw EnvironmentException.of("CD-6004", "confidence");
            };
            ProtectionChecklist list = new ProtectionChecklist(required(c.id(), "id"), text(c.name()), items,
                    required(c.source(), "source"), conf);
            if (map.putIfAbsent(list.id(), list) != null) {
                throw EnvironmentException.of("CD-6004", "duplicate id " + list.id());
            }
        }
        return new ProtectionChecklists(map);
    }

    /**
     * The checklist with this id.
     *
     * @param id the id, e.g. {@code ruian}, not null
     * @return the checklist
     * @throws EnvironmentException CD-6001 if there is none
     */
    public ProtectionChecklist get(String id) {
        requireNonNull(id, "id");
        ProtectionChecklist c = byId.get(id.strip().toLowerCase(Locale.ROOT));
        if (c == null) {
            throw EnvironmentException.of("CD-6001", EnvironmentException.shown(id), String.join(", ", byId.keySet()));
        }
        return c;
    }

    /** The default checklist ({@value #DEFAULT_ID}), when this set has it. */
    public ProtectionChecklist defaultChecklist() {
        return get(DEFAULT_ID);
    }

    /** The ids in file order. */
    public Set<String> ids() {
        return byId.keySet();
    }

    private static LocalizedText text(RoomProfileJson.@Nullable Text t) {
        RoomProfileJson.Text v = required(t, "name");
        return new LocalizedText(required(v.zh(), "name.zh"), required(v.en(), "name.en"));
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw EnvironmentException.of("CD-6004", "missing field " + field);
        }
        return value;
    }
}
