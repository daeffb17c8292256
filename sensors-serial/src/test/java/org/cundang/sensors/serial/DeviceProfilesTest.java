package org.cundang.sensors.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.cundang.environment.Reading;
import org.cundang.sensor.SensorException;
import org.cundang.sensors.serial.modbus.ModbusRequest;
import org.cundang.sensors.serial.modbus.ModbusResponse;
import org.junit.jupiter.api.Test;

class DeviceProfilesTest {

    private static final DeviceProfiles BUILT_IN = DeviceProfiles.builtIn();

    private static DeviceProfiles json(String text) {
        return DeviceProfiles.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void built_in_profiles() {
        assertThat(BUILT_IN.ids()).containsExactly("generic-03", "generic-03-swapped", "md02-clone", "xy-md02", "xy-md02-even");
    }

    @Test
    void xy_md02_reads_input_registers_1_and_2_signed_times_ten_at_9600_8N1() {
        DeviceProfile p = BUILT_IN.get("xy-md02");
        assertThat(p.request(1)).isEqualTo(ModbusRequest.readInputRegisters(1, 1, 2));
        assertThat(p.serial()).hasToString("9600 8N1");
        assertThat(p.addressRegister()).isEqualTo(0x0101);
        // PRIOR-ART.md section 3: 0x0131 = 30.5 °C; 0xFF33 = -20.5 °C.
        Reading r = p.reading("s", Instant.EPOCH, new ModbusResponse.Registers(1, 4, List.of(0xFF33, 0x01E2)));
        assertThat(r.temperature()).isEqualTo(-20.5);
        assertThat(r.relativeHumidity()).isEqualTo(48.2);
        assertThat(p.reading("s", Instant.EPOCH, new ModbusResponse.Registers(1, 4, List.of(0x0131, 0))).temperature())
                .isEqualTo(30.5);
    }

    @Test
    void md02_even_parity_is_a_profile_setting() {
        assertThat(BUILT_IN.get("xy-md02-even").serial().parity()).isEqualTo(SerialSettings.Parity.EVEN);
    }

    @Test
    void the_clone_keeps_its_configuration_at_256_and_257() {
        DeviceProfile p = BUILT_IN.get("md02-clone");
        assertThat(p.addressRegister()).isEqualTo(256);
        assertThat(p.baudRegister()).isEqualTo(257);
        assertThat(p.request(1)).isEqualTo(BUILT_IN.get("xy-md02").request(1));
    }

    @Test
    void generic_transmitters_read_holding_registers_0_and_1_and_some_swap_them() {
        DeviceProfile plain = BUILT_IN.get("generic-03");
        DeviceProfile swapped = BUILT_IN.get("generic-03-swapped");
        assertThat(plain.request(4)).isEqualTo(ModbusRequest.readHoldingRegisters(4, 0, 2));
        ModbusResponse.Registers regs = new ModbusResponse.Registers(4, 3, List.of(215, 482));
        assertThat(plain.reading("s", Instant.EPOCH, regs)).extracting(Reading::temperature, Reading::relativeHumidity)
                .containsExactly(21.5, 48.2);
        assertThat(swapped.reading("s", Instant.EPOCH, regs)).extracting(Reading::temperature, Reading::relativeHumidity)
                .containsExactly(48.2, 21.5);
        assertThat(swapped.registers(21.5, 48.2)).containsExactly(482, 215);
    }

    @Test
    void a_users_file_adds_and_overrides_profiles() {
        DeviceProfiles mine = json("""
                {"profiles": [{"id": "xy-md02", "name": "mine", "source": "my bench", "function": 4,
                  "temperatureRegister": 1, "humidityRegister": 2, "scale": 0.1, "serial": "4800 8N1",
                  "defaultAddress": 7}]}""");
        DeviceProfiles all = BUILT_IN.and(mine);
        assertThat(all.get("xy-md02").serial().baudRate()).isEqualTo(4800);
        assertThat(all.get("XY-MD02 ").defaultAddress()).isEqualTo(7);
        assertThat(all.ids()).hasSize(5);
    }

    @Test
    void bad_files_are_CD_6150() {
        String[] bad = {
            "not json",
            "{}",
            "{\"profiles\": [{\"id\": \"x\"}]}",
            "{\"profiles\": [{\"id\": \"x\", \"name\": \"n\", \"source\": \"s\", \"function\": 16, \"temperatureRegister\": 0,"
                    + " \"humidityRegister\": 1, \"scale\": 0.1, \"serial\": \"9600 8N1\", \"defaultAddress\": 1}]}",
            "{\"profiles\": [{\"id\": \"x\", \"name\": \"n\", \"source\": \"s\", \"function\": 3, \"temperatureRegister\": 0,"
                    + " \"humidityRegister\": 1, \"scale\": 0.1, \"serial\": \"fast\", \"defaultAddress\": 1}]}",
            "{\"profiles\": [], \"typo\": 1}",
        };
        for (String text : bad) {
            assertThatThrownBy(() -> json(text)).as(text)
                    .isInstanceOfSatisfying(SensorException.class, e -> assertThat(e.code()).isEqualTo("CD-6150"));
        }
    }

    @Test
    void unknown_profile_is_CD_6151_listing_the_known_ones() {
        assertThatThrownBy(() -> BUILT_IN.get("xy-md03"))
                .isInstanceOfSatisfying(SensorException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-6151");
                    assertThat(e.getMessage()).contains("xy-md02").contains("generic-03");
                });
    }
}
