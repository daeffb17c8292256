package org.cundang.sensors.serial.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shape of a device-profile file, bound by Jackson (the public {@code DeviceProfile} carries no Jackson
 * annotation).
 *
 * @param comment  free text, ignored
 * @param profiles the profiles
 */
public record ProfileFile(@Nullable String comment, @Nullable List<Entry> profiles) {

    /**
     * One profile as written in the file.
     *
     * @param id                  id
     * @param name                name
     * @param source              source of the register map
     * @param function            3 or 4
     * @param temperatureRegister register
     * @param humidityRegister    register
     * @param swapped             swapped registers
     * @param signedTemperature   signed temperature
     * @param scale               scale
     * @param serial              e.g. {@code 9600 8N1}
     * @param defaultAddress      address
     * @param addressRegister     register or null
     * @param baudRegister        register or null
     */
    public record Entry(@Nullable String id, @Nullable String name, @Nullable String source, @Nullable Integer function,
                        @Nullable Integer temperatureRegister, @Nullable Integer humidityRegister,
                        @Nullable Boolean swapped, @Nullable Boolean signedTemperature, @Nullable Double scale,
                        @Nullable String serial, @Nullable Integer defaultAddress, @Nullable Integer addressRegister,
                        @Nullable Integer baudRegister) {
    }
}
