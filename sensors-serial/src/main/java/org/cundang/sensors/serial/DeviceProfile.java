package org.cundang.sensors.serial;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.cundang.environment.Reading;
import org.cundang.sensor.SensorException;
import org.cundang.sensors.serial.internal.Messages;
import org.cundang.sensors.serial.modbus.ModbusRequest;
import org.cundang.sensors.serial.modbus.ModbusResponse;
import org.jspecify.annotations.Nullable;

/**
 * How to read one model of Modbus temperature/humidity transmitter: which function and registers, the scaling, and
 * the serial settings it ships with. Data, not code: the built-in profiles are in
 * {@code device-profiles.json} ({@link DeviceProfiles}), each with the source of its register map.
 *
 * @param id                  the profile id, e.g. {@code xy-md02}, not blank
 * @param name                a human name, not null
 * @param source              where the register map comes from, not null
 * @param function            3 (holding registers) or 4 (input registers)
 * @param temperatureRegister the temperature register (protocol address, 0-based)
 * @param humidityRegister    the humidity register
 * @param swapped             the device puts humidity where the map says temperature and vice versa (seen on some
 *                            generic transmitters); the two registers are exchanged when reading
 * @param signedTemperature   temperature is a signed 16-bit value (two's complement)
 * @param scale               the factor from register to °C and %, e.g. 0.1
 * @param serial              the factory serial settings, not null
 * @param defaultAddress      the factory slave address 1..247
 * @param addressRegister     the holding register that sets the slave address, or null if unknown
 * @param baudRegister        the holding register that sets the baud rate, or null if unknown
 */
public record DeviceProfile(String id, String name, String source, int function, int temperatureRegister,
                            int humidityRegister, boolean swapped, boolean signedTemperature, double scale,
                            SerialSettings serial, int defaultAddress, @Nullable Integer addressRegister,
                            @Nullable Integer baudRegister) {

    /**
     * Validates the fields.
     *
     * @throws SensorException CD-6150 if a field is out of range
     */
    public DeviceProfile {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(source, "source");
        requireNonNull(serial, "serial");
        String problem = null;
        if (!id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            problem = "id must be lower-case letters, digits and hyphens";
        } else if (function != 3 && function != 4) {
            problem = "function must be 3 or 4";
        } else if (temperatureRegister < 0 || temperatureRegister > 0xFFFF || humidityRegister < 0
                || humidityRegister > 0xFFFF || temperatureRegister == humidityRegister
                || Math.abs(temperatureRegister - humidityRegister) > 124) {
            problem = "registers must be distinct, 0..65535 and at most 124 apart";
        } else if (!(scale > 0 && scale <= 1000)) {
            problem = "scale must be in (0, 1000]";
        } else if (defaultAddress < 1 || defaultAddress > 247) {
            problem = "defaultAddress must be 1..247";
        }
        if (problem != null) {
            throw new SensorException("CD-6150", Messages.text("CD-6150", id, problem), null);
        }
    }

    /** The first register read: the smaller of the two. */
    public int firstRegister() {
        return Math.min(temperatureRegister, humidityRegister);
    }

    /** How many registers one read covers. */
    public int quantity() {
        return Math.abs(temperatureRegister - humidityRegister) + 1;
    }

    /**
     * The request that reads both values from a slave.
     *
     * @param unit the slave address 1..247
     * @return the request
     */
    public ModbusRequest request(int unit) {
        return function == 4 ? ModbusRequest.readInputRegisters(unit, firstRegister(), quantity())
                : ModbusRequest.readHoldingRegisters(unit, firstRegister(), quantity());
    }

    /**
     * Turns the registers read by {@link #request(int)} into a reading.
     *
     * @param sensorId the sensor id, not null
     * @param time     the reading time, not null
     * @param response the registers, not null
     * @return the reading
     */
    public Reading reading(String sensorId, Instant time, ModbusResponse.Registers response) {
        requireNonNull(response, "response");
        int t = (swapped ? humidityRegister : temperatureRegister) - firstRegister();
        int h = (swapped ? temperatureRegister : humidityRegister) - firstRegister();
        double temperature = (signedTemperature ? response.signed(t) : response.unsigned(t)) * scale;
        double humidity = response.unsigned(h) * scale;
        return Reading.of(sensorId, time, round(temperature), round(humidity));
    }

    /**
     * The register values a device with this profile sends for a temperature and humidity (for simulators).
     *
     * @param temperature °C
     * @param humidity    %
     * @return the {@link #quantity()} register values, unused ones 0
     */
    public int[] registers(double temperature, double humidity) {
        int[] regs = new int[quantity()];
        int t = (swapped ? humidityRegister : temperatureRegister) - firstRegister();
        int h = (swapped ? temperatureRegister : humidityRegister) - firstRegister();
        regs[t] = (int) Math.round(temperature / scale) & 0xFFFF;
        regs[h] = (int) Math.round(humidity / scale) & 0xFFFF;
        return regs;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
