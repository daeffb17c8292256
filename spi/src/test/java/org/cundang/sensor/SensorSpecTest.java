package org.cundang.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SensorSpecTest {

    @Test
    void takes_apart_hierarchical_and_opaque_specs() {
        SensorSpec m = SensorSpec.parse("modbus:/dev/ttyUSB0?profile=xy-md02&address=1,2&serial=9600%208E1");
        assertThat(m.scheme()).isEqualTo("modbus");
        assertThat(m.target()).isEqualTo("/dev/ttyUSB0");
        assertThat(m.params()).containsEntry("profile", "xy-md02").containsEntry("address", "1,2")
                .containsEntry("serial", "9600 8E1");
        SensorSpec s = SensorSpec.parse("SIM:room1?seed=7");
        assertThat(s.scheme()).isEqualTo("sim");
        assertThat(s.target()).isEqualTo("room1");
        assertThat(s.longParam("seed", 0, 0, 10)).isEqualTo(7);
        assertThat(s.doubleParam("t", 20, 0, 30)).isEqualTo(20.0);
    }

    @Test
    void bad_specs_are_CD_6103() {
        for (String bad : new String[] {"", "room1", "sim:", "sim:r?seed=x", "sim:r?seed=99", "modbus:/dev/x y", "sim:r?t=NaN"}) {
            assertThatThrownBy(() -> {
                SensorSpec s = SensorSpec.parse(bad);
                s.longParam("seed", 0, 0, 10);
                s.doubleParam("t", 0, -50, 80);
            }).as(bad).isInstanceOfSatisfying(SensorException.class, e -> assertThat(e.code()).isEqualTo("CD-6103"));
        }
        assertThatThrownBy(() -> SensorSpec.parse("sim:r?x=1").requireOnly(Set.of("seed")))
                .isInstanceOfSatisfying(SensorException.class, e -> assertThat(e.getMessage()).contains("[x]"));
        assertThatThrownBy(() -> SensorSpec.parse("sim:" + "r".repeat(5000)))
                .isInstanceOfSatisfying(SensorException.class, e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }

    @Property(tries = 300)
    void any_text_is_a_spec_or_CD_6103(@ForAll String text) {
        try {
            SensorSpec s = SensorSpec.parse(text);
            assertThat(s.scheme()).isNotEmpty();
        } catch (SensorException e) {
            assertThat(e.code()).isEqualTo("CD-6103");
        }
    }
}
