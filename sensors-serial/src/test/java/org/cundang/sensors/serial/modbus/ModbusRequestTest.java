package org.cundang.sensors.serial.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModbusRequestTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void read_input_registers_1_and_2_from_slave_1_is_the_XY_MD02_poll() {
        assertThat(ModbusRequest.readInputRegisters(1, 1, 2).encode()).isEqualTo(hex("01 04 00 01 00 02 20 0B"));
    }

    @Test
    void read_holding_registers_encodes_function_03() {
        assertThat(ModbusRequest.readHoldingRegisters(1, 0, 1).encode()).isEqualTo(hex("01 03 00 00 00 01 84 0A"));
        assertThat(ModbusRequest.readHoldingRegisters(1, 0, 10).encode()).isEqualTo(hex("01 03 00 00 00 0A C5 CD"));
    }

    @Test
    void write_single_register_encodes_function_06() {
        // The MD02 clone's address register 257 (0x0101) set to 2; CRC computed by an independent implementation.
        assertThat(ModbusRequest.writeSingleRegister(1, 0x0101, 2).encode()).isEqualTo(hex("01 06 01 01 00 02 58 37"));
    }

    @Test
    void response_lengths() {
        assertThat(ModbusRequest.readInputRegisters(1, 1, 2).responseLength()).isEqualTo(9);
        assertThat(ModbusRequest.writeSingleRegister(1, 1, 2).responseLength()).isEqualTo(8);
    }

    @Test
    void broadcast_is_allowed_only_for_writes() {
        assertThat(ModbusRequest.writeSingleRegister(0, 1, 2).expectsResponse()).isFalse();
        assertThatThrownBy(() -> ModbusRequest.readInputRegisters(0, 1, 2))
                .isInstanceOf(ModbusFrameException.class).hasMessageStartingWith("CD-6120");
    }

    @ParameterizedTest
    @CsvSource({"248,4,0,1", "-1,4,0,1", "1,4,-1,1", "1,4,65536,1", "1,4,0,0", "1,4,0,126", "1,3,65535,2",
            "1,6,0,65536", "1,6,0,-1", "1,5,0,1", "1,16,0,1"})
    void out_of_range_fields_are_CD_6120(int unit, int function, int register, int value) {
        assertThatThrownBy(() -> new ModbusRequest(unit, function, register, value))
                .isInstanceOfSatisfying(ModbusFrameException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-6120");
                    assertThat(e.reason()).isEqualTo(ModbusFrameException.Reason.INVALID_REQUEST);
                    assertThat(e.text().zh()).startsWith("无效的 Modbus 请求");
                });
    }

    @Test
    void the_last_register_can_be_read() {
        assertThat(ModbusRequest.readHoldingRegisters(1, 65535, 1).register()).isEqualTo(65535);
    }
}
