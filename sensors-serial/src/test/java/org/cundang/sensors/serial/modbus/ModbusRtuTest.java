package org.cundang.sensors.serial.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.cundang.sensors.serial.modbus.ModbusFrameException.Reason;
import org.junit.jupiter.api.Test;

class ModbusRtuTest {

    private static final ModbusRequest MD02_POLL = ModbusRequest.readInputRegisters(1, 1, 2);

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void decodes_the_XY_MD02_example_30_5_degrees_and_minus_20_5() {
        // PRIOR-ART.md section 3: 0x0131 = 30.5 °C, 0xFF33 = -20.5 °C (signed ×10). CRC from an independent script.
        ModbusResponse r = ModbusRtu.decodeResponse(MD02_POLL, hex("01 04 04 01 31 FF 33 AA 52"));
        assertThat(r).isInstanceOfSatisfying(ModbusResponse.Registers.class, regs -> {
            assertThat(regs.values()).containsExactly(0x0131, 0xFF33);
            assertThat(regs.signed(0)).isEqualTo(305);
            assertThat(regs.signed(1)).isEqualTo(-205);
            assertThat(regs.unsigned(1)).isEqualTo(65331);
        });
    }

    @Test
    void decodes_an_exception_response_illegal_data_address() {
        // 01 83 02 C0 F1: the exception response quoted in the Modbus over Serial Line examples.
        ModbusResponse r = ModbusRtu.decodeResponse(ModbusRequest.readHoldingRegisters(1, 0, 1), hex("01 83 02 C0 F1"));
        assertThat(r).isEqualTo(new ModbusResponse.Exception(1, 3, 2));
        assertThat(((ModbusResponse.Exception) r).name()).isEqualTo("ILLEGAL DATA ADDRESS");
    }

    @Test
    void decodes_a_write_echo() {
        ModbusRequest write = ModbusRequest.writeSingleRegister(1, 0x0101, 2);
        assertThat(ModbusRtu.decodeResponse(write, hex("01 06 01 01 00 02 58 37")))
                .isEqualTo(new ModbusResponse.WriteEcho(1, 0x0101, 2));
    }

    @Test
    void a_write_echo_with_another_value_is_CD_6127() {
        ModbusRequest write = ModbusRequest.writeSingleRegister(1, 0x0101, 3);
        assertThatThrownBy(() -> ModbusRtu.decodeResponse(write, hex("01 06 01 01 00 02 58 37")))
                .isInstanceOfSatisfying(ModbusFrameException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ECHO_MISMATCH);
                    assertThat(e.code()).isEqualTo("CD-6127");
                    assertThat(e.index()).isEqualTo(4);
                });
    }

    @Test
    void bad_crc_is_CD_6121_with_the_frame_and_index() {
        assertThatThrownBy(() -> ModbusRtu.decodeResponse(MD02_POLL, hex("01 04 04 01 31 FF 33 AA 53")))
                .isInstanceOfSatisfying(ModbusFrameException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BAD_CRC);
                    assertThat(e.code()).isEqualTo("CD-6121");
                    assertThat(e.index()).isEqualTo(7);
                    assertThat(e.frame()).isEqualTo(hex("01 04 04 01 31 FF 33 AA 53"));
                    assertThat(e.getMessage()).contains("01 04 04 01 31 ff 33 aa 53").contains("baud");
                });
    }

    @Test
    void wrong_address_is_CD_6124_at_the_first_byte() {
        assertThatThrownBy(() -> ModbusRtu.decodeResponse(MD02_POLL, hex("02 03 04 00 00 00 00 C9 33")))
                .isInstanceOfSatisfying(ModbusFrameException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.WRONG_ADDRESS);
                    assertThat(e.index()).isZero();
                });
    }

    @Test
    void wrong_function_is_CD_6125() {
        assertThatThrownBy(() -> ModbusRtu.decodeResponse(ModbusRequest.readHoldingRegisters(1, 0, 2),
                hex("01 04 04 01 31 FF 33 AA 52")))
                .isInstanceOfSatisfying(ModbusFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_FUNCTION));
    }

    @Test
    void wrong_byte_count_is_CD_6126() {
        assertThatThrownBy(() -> ModbusRtu.decodeResponse(ModbusRequest.readInputRegisters(1, 1, 1),
                hex("01 04 04 01 31 FF 33 AA 52")))
                .isInstanceOfSatisfying(ModbusFrameException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BAD_BYTE_COUNT);
                    assertThat(e.index()).isEqualTo(2);
                });
    }

    @Test
    void short_and_long_frames() {
        assertThatThrownBy(() -> ModbusRtu.decodeResponse(MD02_POLL, hex("01 04 04 01 31 FF 33 AA")))
                .isInstanceOfSatisfying(ModbusFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SHORT_FRAME));
        assertThatThrownBy(() -> ModbusRtu.decodeResponse(MD02_POLL, new byte[0]))
                .isInstanceOfSatisfying(ModbusFrameException.class, e -> assertThat(e.code()).isEqualTo("CD-6122"));
        assertThatThrownBy(() -> ModbusRtu.decodeResponse(MD02_POLL, hex("01 04 04 01 31 FF 33 AA 52 00")))
                .isInstanceOfSatisfying(ModbusFrameException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.LONG_FRAME);
                    assertThat(e.index()).isEqualTo(9);
                });
    }

    @Test
    void slave_side_round_trip() {
        byte[] request = hex("01 04 00 01 00 02 20 0B");
        ModbusRequest decoded = ModbusRtu.decodeRequest(request);
        assertThat(decoded).isEqualTo(MD02_POLL);
        assertThat(ModbusRtu.encodeRegisters(decoded, new int[] {0x0131, -205})).isEqualTo(hex("01 04 04 01 31 FF 33 AA 52"));
        assertThat(ModbusRtu.encodeException(ModbusRequest.readHoldingRegisters(1, 0, 1), 2)).isEqualTo(hex("01 83 02 C0 F1"));
    }

    @Test
    void slave_side_refuses_bad_requests() {
        assertThatThrownBy(() -> ModbusRtu.decodeRequest(hex("01 04 00 01 00 02 20 0C")))
                .isInstanceOfSatisfying(ModbusFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_CRC));
        assertThatThrownBy(() -> ModbusRtu.decodeRequest(hex("01 10 00 01")))
                .isInstanceOfSatisfying(ModbusFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_FUNCTION));
        assertThatThrownBy(() -> ModbusRtu.decodeRequest(hex("01 04 00")))
                .isInstanceOfSatisfying(ModbusFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SHORT_FRAME));
        assertThatThrownBy(() -> ModbusRtu.encodeRegisters(MD02_POLL, new int[] {1}))
                .isInstanceOfSatisfying(ModbusFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_REQUEST));
    }

    @Test
    void a_huge_frame_gives_a_bounded_message() {
        byte[] big = new byte[100_000];
        big[0] = 1;
        big[1] = 4;
        big[2] = 4;
        assertThatThrownBy(() -> ModbusRtu.decodeResponse(MD02_POLL, big))
                .isInstanceOf(ModbusFrameException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(600));
    }
}
