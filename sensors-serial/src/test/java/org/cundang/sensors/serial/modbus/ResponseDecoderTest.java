package org.cundang.sensors.serial.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.cundang.sensors.serial.modbus.ModbusFrameException.Reason;
import org.junit.jupiter.api.Test;

class ResponseDecoderTest {

    private static final ModbusRequest MD02_POLL = ModbusRequest.readInputRegisters(1, 1, 2);
    private static final byte[] MD02_ANSWER = HexFormat.of().parseHex("01040401 31FF33AA52".replace(" ", ""));

    @Test
    void byte_by_byte_needs_more_until_the_last_byte() {
        ResponseDecoder d = new ResponseDecoder(MD02_POLL);
        for (int i = 0; i < MD02_ANSWER.length - 1; i++) {
            assertThat(d.feed(MD02_ANSWER, i, 1)).isEqualTo(1);
            assertThat(d.isComplete()).isFalse();
            assertThat(d.missing()).isPositive();
        }
        assertThat(d.missing()).isEqualTo(1);
        d.feed(MD02_ANSWER, MD02_ANSWER.length - 1, 1);
        assertThat(d.isComplete()).isTrue();
        assertThat(d.missing()).isZero();
        assertThat(((ModbusResponse.Registers) d.response()).signed(1)).isEqualTo(-205);
    }

    @Test
    void the_length_is_known_after_the_byte_count() {
        ResponseDecoder d = new ResponseDecoder(MD02_POLL);
        d.feed(MD02_ANSWER, 0, 3);
        assertThat(d.missing()).isEqualTo(6);
    }

    @Test
    void garbage_is_told_at_the_first_bad_byte_not_after_a_timeout() {
        ResponseDecoder d = new ResponseDecoder(MD02_POLL);
        d.feed(new byte[] {1}, 0, 1);
        assertThatThrownBy(() -> d.feed(new byte[] {(byte) 0x55}, 0, 1))
                .isInstanceOfSatisfying(ModbusFrameException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.WRONG_FUNCTION);
                    assertThat(e.frame()).containsExactly(1, 0x55);
                });
        assertThatThrownBy(() -> d.feed(new byte[] {1}, 0, 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void bytes_after_the_frame_are_left_unconsumed() {
        byte[] two = Arrays.copyOf(MD02_ANSWER, MD02_ANSWER.length + 3);
        ResponseDecoder d = new ResponseDecoder(MD02_POLL);
        assertThat(d.feed(two, 0, two.length)).isEqualTo(MD02_ANSWER.length);
        assertThat(d.consumed()).isEqualTo(MD02_ANSWER.length);
    }

    @Test
    void response_before_completion_is_an_illegal_state() {
        assertThatThrownBy(() -> new ResponseDecoder(MD02_POLL).response()).isInstanceOf(IllegalStateException.class);
    }

    @Property(tries = 300)
    void random_bytes_give_a_response_or_the_documented_exception(@ForAll @Size(max = 300) byte[] bytes,
                                                                  @ForAll("requests") ModbusRequest request) {
        // Preemptive: a decoder that looped on its input would fail here instead of hanging the build.
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            try {
                ModbusRtu.decodeResponse(request, bytes);
            } catch (ModbusFrameException expected) {
                assertThat(expected.code()).matches("CD-612[1-7]");
            }
        });
    }

    @Property(tries = 300)
    void corrupting_one_byte_of_a_valid_frame_is_always_detected(@ForAll("answers") int[] values,
                                                                 @ForAll @IntRange(min = 0, max = 1000) int position,
                                                                 @ForAll @IntRange(min = 1, max = 255) int flip) {
        ModbusRequest request = ModbusRequest.readHoldingRegisters(7, 100, values.length);
        byte[] frame = ModbusRtu.encodeRegisters(request, values);
        assertThat(ModbusRtu.decodeResponse(request, frame)).isInstanceOf(ModbusResponse.Registers.class);
        int i = position % frame.length;
        frame[i] ^= (byte) flip;
        // CRC-16 detects every single-byte error (burst of at most 16 bits).
        assertThatThrownBy(() -> ModbusRtu.decodeResponse(request, frame)).isInstanceOf(ModbusFrameException.class);
    }

    @Property(tries = 200)
    void any_split_of_a_valid_frame_decodes_the_same(@ForAll("answers") int[] values,
                                                     @ForAll @IntRange(min = 1, max = 7) int chunk) {
        ModbusRequest request = ModbusRequest.readInputRegisters(3, 0, values.length);
        byte[] frame = ModbusRtu.encodeRegisters(request, values);
        ResponseDecoder d = new ResponseDecoder(request);
        int fed = 0;
        int rounds = 0;
        while (!d.isComplete()) {
            fed += d.feed(frame, fed, Math.min(chunk, frame.length - fed));
            assertThat(++rounds).isLessThanOrEqualTo(frame.length);
        }
        assertThat(d.response()).isEqualTo(ModbusRtu.decodeResponse(request, frame));
        assertThat(((ModbusResponse.Registers) d.response()).values())
                .containsExactly(Arrays.stream(values).map(v -> v & 0xFFFF).boxed().toArray(Integer[]::new));
    }

    @Property(tries = 300)
    void random_request_frames_decode_or_throw_the_documented_exception(@ForAll @Size(max = 20) byte[] bytes) {
        try {
            ModbusRtu.decodeRequest(bytes);
        } catch (ModbusFrameException expected) {
            assertThat(expected.code()).matches("CD-612[0-7]");
        }
    }

    @Provide
    Arbitrary<ModbusRequest> requests() {
        Arbitrary<Integer> unit = Arbitraries.integers().between(1, 247);
        Arbitrary<Integer> fc = Arbitraries.of(3, 4, 6);
        Arbitrary<Integer> count = Arbitraries.integers().between(1, 125);
        return Combinators.combine(unit, fc, count).as((u, f, n) -> new ModbusRequest(u, f, 0, n));
    }

    @Provide
    Arbitrary<int[]> answers() {
        return Arbitraries.integers().between(0, 0xFFFF).array(int[].class).ofMinSize(1).ofMaxSize(125);
    }
}
