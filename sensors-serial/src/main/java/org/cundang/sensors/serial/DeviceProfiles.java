package org.cundang.sensors.serial;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cundang.sensor.SensorException;
import org.cundang.sensors.serial.internal.Messages;
import org.cundang.sensors.serial.internal.ProfileFile;

/**
 * A set of device profiles read from JSON: the built-in ones ({@link #builtIn()}: {@code xy-md02},
 * {@code xy-md02-even}, {@code md02-clone}, {@code generic-03}, {@code generic-03-swapped}), or a user's file with
 * the same shape ({@link #read(InputStream)}), or both ({@link #and(DeviceProfiles)}). Immutable.
 *
 * <p>File shape: {@code {"profiles": [{"id": "xy-md02", "name": ..., "source": ..., "function": 4,
 * "temperatureRegister": 1, "humidityRegister": 2, "swapped": false, "signedTemperature": true, "scale": 0.1,
 * "serial": "9600 8N1", "defaultAddress": 1, "addressRegister": 257, "baudRegister": 258}]}}; unknown fields are
 * refused (a typo should not pass silently).
 */
public final class DeviceProfiles {

    private final Map<String, DeviceProfile> profiles;

    private DeviceProfiles(Map<String, DeviceProfile> profiles) {
        this.profiles = profiles;
    }

    /**
     * The built-in profiles, read from {@code device-profiles.json} in this module.
     *
     * @return the profiles
     */
    public static DeviceProfiles builtIn() {
        try (InputStream in = DeviceProfiles.class.getResourceAsStream("device-profiles.json")) {
            if (in == null) {
                throw new IllegalStateException("device-profiles.json missing from the jar");
            }
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in device profiles", e);
        }
    }

    /**
     * Reads profiles from JSON.
     *
     * @param json the UTF-8 JSON, not null (not closed)
     * @return the profiles
     * @throws SensorException CD-6150 if the JSON is malformed, a field is missing or out of range, or ids repeat
     */
    public static DeviceProfiles read(InputStream json) {
        requireNonNull(json, "json");
        ObjectMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        ProfileFile file;
        try {
            file = mapper.readValue(json, ProfileFile.class);
        } catch (JsonProcessingException e) {
            throw invalid("(file)", e.getOriginalMessage() + " at " + e.getLocation(), e);
        } catch (IOException e) {
            throw invalid("(file)", e.toString(), e);
        }
        if (file == null || file.profiles() == null) {
            throw invalid("(file)", "no \"profiles\" array", null);
        }
        Map<String, DeviceProfile> map = new LinkedHashMap<>();
        for (ProfileFile.Entry e : file.profiles()) {
            if (e == null) {
                throw invalid("(file)", "null profile", null);
            }
            DeviceProfile p = toProfile(e);
            if (map.putIfAbsent(p.id(), p) != null) {
                throw invalid(p.id(), "duplicate id", null);
            }
        }
        return new DeviceProfiles(Map.copyOf(map));
    }

    private static DeviceProfile toProfile(ProfileFile.Entry e) {
        String id = e.id() == null ? "(no id)" : e.id();
        return new DeviceProfile(id, required(e.name(), id, "name"), required(e.source(), id, "source"),
                required(e.function(), id, "function"), required(e.temperatureRegister(), id, "temperatureRegister"),
                required(e.humidityRegister(), id, "humidityRegister"), Boolean.TRUE.equals(e.swapped()),
                e.signedTemperature() == null || e.signedTemperature(), required(e.scale(), id, "scale"),
                serial(required(e.serial(), id, "serial"), id), required(e.defaultAddress(), id, "defaultAddress"),
                e.addressRegister(), e.baudRegister());
    }

    private static SerialSettings serial(String text, String id) {
        try {
            return SerialSettings.parse(text);
        } catch (SensorException ex) {
            throw invalid(id, "serial \"" + text + "\" is not like 9600 8N1", ex);
        }
    }

    private static <T> T required(T value, String id, String field) {
        if (value == null) {
            throw invalid(id, "missing field \"" + field + "\"", null);
        }
        return value;
    }

    private static SensorException invalid(String id, String problem, Throwable cause) {
        return new SensorException("CD-6150", Messages.text("CD-6150", id, problem), cause);
    }

    /**
     * Both sets; on a shared id, {@code other}'s profile wins (a user's file overrides a built-in profile).
     *
     * @param other the other profiles, not null
     * @return the union
     */
    public DeviceProfiles and(DeviceProfiles other) {
        requireNonNull(other, "other");
        Map<String, DeviceProfile> map = new LinkedHashMap<>(profiles);
        map.putAll(other.profiles);
        return new DeviceProfiles(Map.copyOf(map));
    }

    /**
     * A profile by id.
     *
     * @param id the id, not null
     * @return the profile
     * @throws SensorException CD-6151 if there is none
     */
    public DeviceProfile get(String id) {
        requireNonNull(id, "id");
        DeviceProfile p = profiles.get(id.strip().toLowerCase(java.util.Locale.ROOT));
        if (p == null) {
            throw new SensorException("CD-6151", Messages.text("CD-6151",
                    id.length() > 40 ? id.substring(0, 40) + "…" : id, String.join(", ", ids())), null);
        }
        return p;
    }

    /**
     * A profile by id, if present.
     *
     * @param id the id, not null
     * @return the profile
     */
    public Optional<DeviceProfile> find(String id) {
        return Optional.ofNullable(profiles.get(requireNonNull(id, "id")));
    }

    /** The ids, sorted. */
    public List<String> ids() {
        return profiles.keySet().stream().sorted().toList();
    }
}
