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
import java.util.Optional;
import java.util.Set;
import org.cundang.LocalizedText;
import org.cundang.internal.json.RoomProfileJson;
import org.jspecify.annotations.Nullable;

/**
 * A set of {@link RoomProfile}s by id, read from JSON data. {@link #defaults()} holds the shipped profiles
 * {@code paper}, {@code special}, {@code tape}, {@code film-copy}, {@code film-master} (JGJ 25-2010, V) and
 * {@code optical} (DA/T 87-2021, S).
 *
 * <p>A county tightens profiles with an overlay file ({@link #withOverlay(InputStream)}): entries name an existing
 * id and give only what they narrow; a widening is refused with CD-6003.
 *
 * <p>Immutable and thread-safe.
 */
public final class RoomProfiles {

    private static final String DEFAULTS_FILE = "room-profiles.json";

    private final Map<String, RoomProfile> byId;

    private RoomProfiles(Map<String, RoomProfile> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /**
     * The shipped profiles.
     *
     * @return the profiles, read from {@code org/cundang/environment/room-profiles.json}
     */
    public static RoomProfiles defaults() {
        try (InputStream in = RoomProfiles.class.getResourceAsStream(DEFAULTS_FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + DEFAULTS_FILE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a complete profile file (same shape as the shipped one; every field required).
     *
     * @param json the JSON, UTF-8, not null; not closed
     * @return the profiles
     * @throws EnvironmentException CD-6004 if the file is unreadable, incomplete or has duplicate ids; CD-6002 if a
     *                              profile is invalid
     */
    public static RoomProfiles read(InputStream json) {
        requireNonNull(json, "json");
        RoomProfileJson.File file = bind(json);
        Map<String, RoomProfile> map = new LinkedHashMap<>();
        for (RoomProfileJson.Entry e : nonNull(file.profiles())) {
            RoomProfile p = toProfile(e);
            if (map.putIfAbsent(p.id(), p) != null) {
                throw EnvironmentException.of("CD-6004", "duplicate id " + p.id());
            }
        }
        return new RoomProfiles(map);
    }

    /**
     * A copy tightened by an overlay file: {@code {"profiles":[{"id":"paper","temperature":{"min":16,"max":22},
     * "source":"…"}]}}. Only the fields given are changed; each goes through the narrowing {@code with…} methods.
     *
     * @param json the overlay JSON, UTF-8, not null; not closed
     * @return the tightened profiles
     * @throws EnvironmentException CD-6003 if an entry widens a profile; CD-6001 if it names an unknown id; CD-6004
     *                              if the file is unreadable
     */
    public RoomProfiles withOverlay(InputStream json) {
        requireNonNull(json, "json");
        RoomProfileJson.File file = bind(json);
        Map<String, RoomProfile> map = new LinkedHashMap<>(byId);
        for (RoomProfileJson.Entry e : nonNull(file.profiles())) {
            String id = required(e.id(), "id");
            RoomProfile p = map.get(id);
            if (p == null) {
                throw EnvironmentException.of("CD-6001", EnvironmentException.shown(id), String.join(", ", map.keySet()));
            }
            if (e.temperature() != null) {
                p = p.withTemperature(toBand(e.temperature(), "temperature"));
            }
            if (e.humidity() != null) {
                p = p.withHumidity(toBand(e.humidity(), "humidity"));
            }
            if (e.swing() != null) {
                p = p.withSwing(new SwingLimit(required(e.swing().temperature(), "swing.temperature"),
                        required(e.swing().humidity(), "swing.humidity")));
            }
            if (e.ultravioletLimit() != null) {
                p = p.withUltravioletLimit(e.ultravioletLimit());
            }
            if (e.illuminanceLimit() != null) {
                p = p.withIlluminanceLimit(e.illuminanceLimit());
            }
            if (e.source() != null) {
                p = p.withSource(e.source(), e.confidence() == null ? p.confidence() : toConfidence(e.confidence()));
            }
            map.put(id, p);
        }
        return new RoomProfiles(map);
    }

    /**
     * A copy with one profile added or replaced. Replacing is allowed only by a profile that is no wider.
     *
     * @param profile the profile, not null
     * @return the copy
     * @throws EnvironmentException CD-6003 if it replaces a profile with a wider one
     */
    public RoomProfiles with(RoomProfile profile) {
        requireNonNull(profile, "profile");
        RoomProfile old = byId.get(profile.id());
        if (old != null) {
            old.withTemperature(profile.temperature()).withHumidity(profile.humidity()).withSwing(profile.swing());
            if (old.ultravioletLimit() != null) {
                old.withUltravioletLimit(profile.ultravioletLimit() == null ? Double.POSITIVE_INFINITY
                        : profile.ultravioletLimit());
            }
            if (old.illuminanceLimit() != null) {
                old.withIlluminanceLimit(profile.illuminanceLimit() == null ? Double.POSITIVE_INFINITY
                        : profile.illuminanceLimit());
            }
        }
        Map<String, RoomProfile> map = new LinkedHashMap<>(byId);
        map.put(profile.id(), profile);
        return new RoomProfiles(map);
    }

    /**
     * The profile with this id.
     *
     * @param id the id, e.g. {@code paper}, not null
     * @return the profile
     * @throws EnvironmentException CD-6001 if there is none
     */
    public RoomProfile get(String id) {
        requireNonNull(id, "id");
        RoomProfile p = byId.get(id.strip().toLowerCase(Locale.ROOT));
        if (p == null) {
            throw EnvironmentException.of("CD-6001", EnvironmentException.shown(id), String.join(", ", byId.keySet()));
        }
        return p;
    }

    /**
     * The profile with this id, if any.
     *
     * @param id the id, not null
     * @return the profile, or empty
     */
    public Optional<RoomProfile> find(String id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(byId.get(id.strip().toLowerCase(Locale.ROOT)));
    }

    /** The ids in file order. */
    public Set<String> ids() {
        return byId.keySet();
    }

    /** The profiles in file order. */
    public List<RoomProfile> all() {
        return List.copyOf(byId.values());
    }

    private static RoomProfileJson.File bind(InputStream json) {
        try {
            return RoomProfileJson.read(json);
        } catch (UncheckedIOException e) {
            throw EnvironmentException.withCause("CD-6004", e, EnvironmentException.shown(
                    String.valueOf(e.getMessage()).replace('\n', ' ')));
        }
    }

    private static List<RoomProfileJson.Entry> nonNull(@Nullable List<RoomProfileJson.Entry> list) {
        List<RoomProfileJson.Entry> out = new ArrayList<>();
        if (list != null) {
            for (RoomProfileJson.Entry e : list) {
                if (e == null) {
                    throw EnvironmentException.of("CD-6004", "null entry");
                }
                out.add(e);
            }
        }
        return out;
    }

    private static RoomProfile toProfile(RoomProfileJson.Entry e) {
        RoomProfileJson.Text name = required(e.name(), "name");
        RoomProfileJson.Swing swing = required(e.swing(), "swing");
        return new RoomProfile(required(e.id(), "id"),
                new LocalizedText(required(name.zh(), "name.zh"), required(name.en(), "name.en")),
                toBand(required(e.temperature(), "temperature"), "temperature"),
                toBand(required(e.humidity(), "humidity"), "humidity"),
                new SwingLimit(required(swing.temperature(), "swing.temperature"),
                        required(swing.humidity(), "swing.humidity")),
                e.ultravioletLimit(), e.illuminanceLimit(), required(e.source(), "source"),
                toConfidence(required(e.confidence(), "confidence")));
    }

    private static Band toBand(RoomProfileJson.Range r, String what) {
        return Band.of(required(r.min(), what + ".min"), required(r.max(), what + ".max"));
    }

    private static Confidence toConfidence(String s) {
        return switch (s) {
            case "V" -> Confidence.V;
            case "S" -> Confidence.S;
            case "R" -> Confidence.R;
            default -> throw EnvironmentException.of("CD-6004", "confidence " + EnvironmentException.shown(s));
        };
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw EnvironmentException.of("CD-6004", "missing field " + field);
        }
        return value;
    }
}
