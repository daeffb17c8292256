package org.cundang.sensors.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cundang.sensor.SensorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SerialSettingsTest {

    @Test
    void parses_and_prints() {
        assertThat(SerialSettings.parse("9600 8E1")).isEqualTo(new SerialSettings(9600, 8, SerialSettings.Parity.EVEN, 1))
                .hasToString("9600 8E1");
        assertThat(SerialSettings.parse(" 19200 8n2 ").stopBits()).isEqualTo(2);
    }

    @Test
    void bits_per_character_10_for_8N1_and_11_for_8E1() {
        assertThat(SerialSettings.parse("9600 8N1").bitsPerCharacter()).isEqualTo(10);
        assertThat(SerialSettings.parse("9600 8E1").bitsPerCharacter()).isEqualTo(11);
        assertThat(SerialSettings.parse("9600 8N2").bitsPerCharacter()).isEqualTo(11);
    }

    @Test
    void t35_is_three_and_a_half_characters_up_to_19200_and_1750_microseconds_above() {
        // 9600 8N1: one character = 10 bits / 9600 = 1041.67 µs; 3.5 characters = 3645.8 µs.
        assertThat(SerialSettings.parse("9600 8N1").interFrameGapNanos()).isBetween(3_645_000L, 3_646_000L);
        assertThat(SerialSettings.parse("19200 8N1").interFrameGapNanos()).isBetween(1_822_000L, 1_823_000L);
        assertThat(SerialSettings.parse("38400 8N1").interFrameGapNanos()).isEqualTo(1_750_000L);
        assertThat(SerialSettings.parse("115200 8N1").interFrameGapNanos()).isEqualTo(1_750_000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9600", "9600 9N1", "9600 8X1", "9600 8N3", "100 8N1", "99999999 8N1", "９６００ 8N1"})
    void bad_text_is_CD_6152(String text) {
        assertThatThrownBy(() -> SerialSettings.parse(text))
                .isInstanceOfSatisfying(SensorException.class, e -> assertThat(e.code()).isEqualTo("CD-6152"));
    }
}
