package org.cundang.sensors.serial.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Crc16Test {

    @Test
    void check_value_of_123456789_is_4B37() {
        // The catalogued check value of CRC-16/MODBUS.
        assertThat(Crc16.of("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0x4B37);
    }

    @Test
    void crc_of_a_frame_with_its_crc_appended_low_byte_first_is_zero() {
        // Read holding registers 0..9 from slave 1, a frame quoted in many Modbus tutorials: 01 03 00 00 00 0A C5 CD.
        byte[] frame = HexFormat.of().parseHex("01030000000AC5CD");
        assertThat(Crc16.of(frame, 0, 6)).isEqualTo(0xCDC5);
        assertThat(Crc16.of(frame)).isZero();
    }

    @Test
    void empty_range_gives_the_initial_value() {
        assertThat(Crc16.of(new byte[0])).isEqualTo(0xFFFF);
    }
}
