package org.cundang.sensors.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.cundang.environment.Reading;
import org.cundang.sensor.SensorException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsciiLineFormatTest {

    private static final AsciiLineFormat FORMAT = AsciiLineFormat.standard();

    @ParameterizedTest
    @ValueSource(strings = {"T=21.5,RH=48.2", "T:21.5 H:48.2", "temp=21.5C hum=48.2%", "21.5,48.2", "RH=48.2;T=21.5",
            "Ｔ＝２１．５，ＲＨ＝４８．２", "T=21.5,RH=48.2,DP=10.2"})
    void reads_the_usual_forms(String line) {
        Reading r = FORMAT.parse("p", Instant.EPOCH, line);
        assertThat(r.temperature()).isEqualTo(21.5);
        assertThat(r.relativeHumidity()).isEqualTo(48.2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "T=21.5", "RH=48", "T=abc,RH=1"})
    void lines_without_both_values_are_CD_6160(String line) {
        assertThatThrownBy(() -> FORMAT.parse("p", Instant.EPOCH, line))
                .isInstanceOfSatisfying(SensorException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-6160");
                    assertThat(e.text().zh()).contains("无法解析");
                });
    }

    @Property(tries = 300)
    void any_line_is_a_reading_or_CD_6160(@ForAll String line) {
        try {
            FORMAT.parse("p", Instant.EPOCH, line);
        } catch (SensorException e) {
            assertThat(e.code()).isEqualTo("CD-6160");
            assertThat(e.getMessage()).hasSizeLessThan(400);
        }
    }
}
