package org.cundang.sensors.serial;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cundang.sensor.SensorContext;
import org.cundang.sensor.SensorException;
import org.cundang.sensor.SensorSource;
import org.cundang.sensor.SensorSpec;
import org.cundang.sensor.spi.SensorProvider;

/**
 * Provides serial sensors (id {@code serial}, priority 0) for two schemes:
 * <ul>
 *   <li>{@code modbus:<port>?profile=xy-md02&amp;address=1,2,5-7&amp;serial=9600 8E1&amp;timeout=1000&amp;retries=2&amp;delay=0&amp;echo=false}
 *       — a {@link ModbusProbeSource}; {@code profile} defaults to {@code xy-md02}, {@code address} to the
 *       profile's default, {@code serial} to the profile's settings; {@code timeout} and {@code delay} in ms;</li>
 *   <li>{@code ascii:<port>?serial=9600 8N1&amp;sensor=room1&amp;wait=2000} — an {@link AsciiLineSource}.</li>
 * </ul>
 * Unknown parameters and bad values are CD-6103. Declared for ServiceLoader.
 */
public final class SerialSensorProvider implements SensorProvider {

    private static final Set<String> MODBUS = Set.of("profile", "address", "serial", "timeout", "retries", "delay", "echo");
    private static final Set<String> ASCII = Set.of("serial", "sensor", "wait");

    private final DeviceProfiles profiles;

    /** A provider with the built-in device profiles. */
    public SerialSensorProvider() {
        this(DeviceProfiles.builtIn());
    }

    /**
     * A provider with other device profiles.
     *
     * @param profiles the profiles, not null
     */
    public SerialSensorProvider(DeviceProfiles profiles) {
        this.profiles = requireNonNull(profiles, "profiles");
    }

    @Override
    public String id() {
        return "serial";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public boolean supports(URI spec) {
        String scheme = requireNonNull(spec, "spec").getScheme();
        return scheme != null && Set.of("modbus", "ascii").contains(scheme.toLowerCase(Locale.ROOT));
    }

    @Override
    public SensorSource create(URI spec, SensorContext context) {
        requireNonNull(context, "context");
        SensorSpec s = SensorSpec.of(spec);
        if (s.scheme().equals("ascii")) {
            s.requireOnly(ASCII);
            return AsciiLineSource.open(s.target(), serial(s, SerialSettings.of(9600, SerialSettings.Parity.NONE)),
                    s.param("sensor").orElse(s.target()), Duration.ofMillis(s.longParam("wait", 2000, 0, 60_000)),
                    context);
        }
        if (!s.scheme().equals("modbus")) {
            throw s.invalid("scheme must be modbus: or ascii:");
        }
        s.requireOnly(MODBUS);
        DeviceProfile profile;
        try {
            profile = profiles.get(s.param("profile").orElse("xy-md02"));
        } catch (SensorException e) {
            throw s.invalid(e.text().en());
        }
        ModbusMasterConfig config = ModbusMasterConfig.builder()
                .responseTimeout(Duration.ofMillis(s.longParam("timeout", 1000, 10, 60_000)))
                .retries((int) s.longParam("retries", 2, 0, 10))
                .extraDelay(Duration.ofMillis(s.longParam("delay", 0, 0, 10_000)))
                .discardEcho(Boolean.parseBoolean(s.param("echo").orElse("false")))
                .context(context)
                .build();
        return ModbusProbeSource.open(s.target(), profile, serial(s, profile.serial()),
                addresses(s, profile.defaultAddress()), config);
    }

    private static SerialSettings serial(SensorSpec s, SerialSettings fallback) {
        String text = s.param("serial").orElse(null);
        if (text == null) {
            return fallback;
        }
        try {
            return SerialSettings.parse(text);
        } catch (SensorException e) {
            throw s.invalid("serial=" + text + " is not like 9600 8N1");
        }
    }

    private static List<Integer> addresses(SensorSpec s, int fallback) {
        String text = s.param("address").orElse(String.valueOf(fallback));
        List<Integer> list = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (!p.matches("\\d{1,3}(-\\d{1,3})?")) {
                throw s.invalid("address=" + text + " is not like 1,2,5-7");
            }
            String[] ends = p.split("-");
            int from = Integer.parseInt(ends[0]);
            int to = ends.length == 2 ? Integer.parseInt(ends[1]) : from;
            if (from < 1 || to > 247 || from > to) {
                throw s.invalid("address=" + text + ": addresses are 1..247");
            }
            for (int a = from; a <= to; a++) {
                if (!list.contains(a)) {
                    list.add(a);
                }
            }
        }
        return list;
    }
}
