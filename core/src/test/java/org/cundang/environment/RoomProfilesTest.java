package org.cundang.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RoomProfilesTest {

    private static final RoomProfiles DEFAULTS = RoomProfiles.defaults();

    @ParameterizedTest(name = "{0}: {1}–{2} °C, {3}–{4} %")
    @CsvSource({
        "paper, 14, 24, 45, 60, V",
        "special, 14, 20, 45, 55, V",
        "tape, 14, 24, 40, 60, V",
        "film-copy, 14, 24, 40, 60, V",
        "film-master, 13, 15, 35, 45, V",
        "optical, 15, 20, 25, 45, S"})
    void shipped_bands_are_jgj_25_2010_and_da_t_87_2021(String id, double tMin, double tMax, double hMin,
                                                       double hMax, Confidence confidence) {
        RoomProfile p = DEFAULTS.get(id);
        assertThat(p.temperature()).isEqualTo(Band.of(tMin, tMax));
        assertThat(p.humidity()).isEqualTo(Band.of(hMin, hMax));
        assertThat(p.swing()).isEqualTo(SwingLimit.jgj25());
        assertThat(p.ultravioletLimit()).isEqualTo(75.0);
        assertThat(p.illuminanceLimit()).isNull();
        assertThat(p.confidence()).isEqualTo(confidence);
        assertThat(p.source()).contains(confidence == Confidence.V ? "JGJ 25-2010 5.2.1/5.2.2" : "DA/T 87-2021");
    }

    @Test
    void ids_are_in_file_order_and_lookup_ignores_case_and_spaces() {
        assertThat(DEFAULTS.ids()).containsExactly("paper", "special", "tape", "film-copy", "film-master", "optical");
        assertThat(DEFAULTS.get(" Paper ").id()).isEqualTo("paper");
        assertThat(DEFAULTS.find("nope")).isEmpty();
    }

    @Test
    void unknown_id_is_cd_6001_and_lists_the_known_ones() {
        assertThatThrownBy(() -> DEFAULTS.get("纸质\u0000"))
                .isInstanceOf(EnvironmentException.class)
                .hasMessageStartingWith("CD-6001").hasMessageContaining("paper").hasMessageContaining("\\u0000");
    }

    @Test
    void overlay_narrows_a_profile() {
        RoomProfiles county = DEFAULTS.withOverlay(json("""
                {"profiles":[{"id":"paper","temperature":{"min":16,"max":22},"swing":{"temperature":1,"humidity":5},
                 "source":"某县档案库房管理办法 第五条","confidence":"R"}]}"""));
        RoomProfile p = county.get("paper");
        assertThat(p.temperature()).isEqualTo(Band.of(16, 22));
        assertThat(p.humidity()).isEqualTo(Band.of(45, 60));
        assertThat(p.swing().maxTemperatureRange()).isEqualTo(2);
        assertThat(p.source()).startsWith("某县");
        assertThat(p.confidence()).isEqualTo(Confidence.R);
        assertThat(DEFAULTS.get("paper").temperature()).isEqualTo(Band.of(14, 24));
    }

    @Test
    void overlay_that_widens_is_cd_6003() {
        assertThatThrownBy(() -> DEFAULTS.withOverlay(json("""
                {"profiles":[{"id":"paper","humidity":{"min":40,"max":60}}]}""")))
                .isInstanceOf(EnvironmentException.class).hasMessageStartingWith("CD-6003");
        assertThatThrownBy(() -> DEFAULTS.withOverlay(json("""
                {"profiles":[{"id":"paper","ultravioletLimit":100}]}""")))
                .isInstanceOf(EnvironmentException.class).hasMessageStartingWith("CD-6003");
    }

    @Test
    void overlay_naming_an_unknown_profile_is_cd_6001() {
        assertThatThrownBy(() -> DEFAULTS.withOverlay(json("{\"profiles\":[{\"id\":\"vault\"}]}")))
                .isInstanceOf(EnvironmentException.class).hasMessageStartingWith("CD-6001");
    }

    @Test
    void replacing_a_profile_with_a_wider_one_is_cd_6003() {
        RoomProfile wider = new RoomProfile("paper", DEFAULTS.get("paper").name(), Band.of(10, 28), Band.of(45, 60),
                SwingLimit.jgj25(), 75.0, null, "x", Confidence.R);
        assertThatThrownBy(() -> DEFAULTS.with(wider)).isInstanceOf(EnvironmentException.class)
                .hasMessageStartingWith("CD-6003");
    }

    @Test
    void broken_files_are_cd_6004() {
        for (String bad : new String[] {"", "{", "[]", "{\"profiles\":[{\"id\":\"x\"}]}",
            "{\"profiles\":[],\"extra\":1}", "{\"profiles\":[null]}",
            "{\"profiles\":[{\"id\":\"a\",\"name\":{\"zh\":\"甲\",\"en\":\"a\"},\"temperature\":{\"min\":1,\"max\":2},"
                + "\"humidity\":{\"min\":1,\"max\":2},\"swing\":{\"temperature\":1,\"humidity\":1},"
                + "\"source\":\"s\",\"confidence\":\"X\"}]}"}) {
            assertThatThrownBy(() -> RoomProfiles.read(json(bad)))
                    .as(bad).isInstanceOf(EnvironmentException.class).hasMessageStartingWith("CD-6004");
        }
    }

    @Test
    void an_invalid_band_in_a_file_is_cd_6002() {
        String inverted = "{\"profiles\":[{\"id\":\"a\",\"name\":{\"zh\":\"甲\",\"en\":\"a\"},"
                + "\"temperature\":{\"min\":30,\"max\":2},\"humidity\":{\"min\":1,\"max\":2},"
                + "\"swing\":{\"temperature\":1,\"humidity\":1},\"source\":\"s\",\"confidence\":\"S\"}]}";
        assertThatThrownBy(() -> RoomProfiles.read(json(inverted)))
                .isInstanceOf(EnvironmentException.class).hasMessageStartingWith("CD-6002");
    }

    private static InputStream json(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
