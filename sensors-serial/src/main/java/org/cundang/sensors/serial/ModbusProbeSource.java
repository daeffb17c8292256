package org.cundang.sensors.serial;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.cundang.LocalizedText;
import org.cundang.environment.Reading;
import org.cundang.sensor.SensorContext;
import org.cundang.sensor.SensorEvent;
import org.cundang.sensor.SensorException;
import org.cundang.sensor.SensorSource;
import org.cundang.sensors.serial.modbus.ModbusResponse;

/**
 * Modbus temperature/humidity probes of one {@link DeviceProfile} on one bus (addresses 1…n), as a
 * {@link SensorSource}. Each {@link #poll()} asks every address in turn through one {@link ModbusRtuMaster}, so
 * requests never overlap; a probe that does not answer after its retries is left out of the round and reported as
 * a {@link SensorEvent.Kind#DROPOUT} event with the fault's code. Sensor ids are {@code <port>#<address>}.
 */
public final class ModbusProbeSource implements SensorSource {

    private final ModbusRtuMaster master;
    private final DeviceProfile profile;
    private final List<Integer> addresses;
    private final SensorContext context;
    private boolean closed;

    private ModbusProbeSource(ModbusRtuMaster master, DeviceProfile profile, List<Integer> addresses, SensorContext context) {
        this.master = master;
        this.profile = profile;
        this.addresses = addresses;
        this.context = context;
    }

    /**
     * Opens the port and builds the source.
     *
     * @param path      the port path, not null
     * @param profile   the probes' profile, not null
     * @param settings  the line settings (usually {@code profile.serial()}), not null
     * @param addresses the slave addresses, 1..247, at least one, not null
     * @param config    the master's robustness settings, whose context also stamps the readings, not null
     * @return the source
     * @throws SensorException CD-6140/CD-6141 if the port cannot be opened
     * @throws IllegalArgumentException if no address or one out of range is given
     */
    public static ModbusProbeSource open(String path, DeviceProfile profile, SerialSettings settings,
                                         List<Integer> addresses, ModbusMasterConfig config) {
        requireNonNull(path, "path");
        requireNonNull(profile, "profile");
        requireNonNull(settings, "settings");
        requireNonNull(config, "config");
        List<Integer> list = List.copyOf(requireNonNull(addresses, "addresses"));
        if (list.isEmpty() || list.stream().anyMatch(a -> a < 1 || a > 247)) {
            throw new IllegalArgumentException("addresses must be 1..247, at least one: " + list);
        }
        return new ModbusProbeSource(ModbusRtuMaster.open(path, settings, config), profile, list, config.context());
    }

    @Override
    public String id() {
        return "modbus:" + master.path();
    }

    /** The probes' profile. */
    public DeviceProfile profile() {
        return profile;
    }

    @Override
    public synchronized List<Reading> poll() {
        if (closed) {
            throw SensorException.closed(id());
        }
        List<Reading> round = new ArrayList<>(addresses.size());
        for (int address : addresses) {
            String sensorId = master.path() + "#" + address;
            try {
                ModbusResponse r = master.execute(profile.request(address));
                round.add(profile.reading(sensorId, context.clock().instant(), (ModbusResponse.Registers) r));
            } catch (SensorException e) {
                if ("CD-6146".equals(e.code())) {
                    throw e;
                }
                try {
                    context.events().accept(new SensorEvent(context.clock().instant(), id(), sensorId,
                            SensorEvent.Kind.DROPOUT, e.code(), new LocalizedText(
                                    "本轮无读数：" + e.text().zh(), "no reading this round: " + e.text().en())));
                } catch (RuntimeException ignored) {
                    // a failing listener must not stop the round
                }
            }
        }
        return List.copyOf(round);
    }

    @Override
    public synchronized void close() {
        closed = true;
        master.close();
    }
}
