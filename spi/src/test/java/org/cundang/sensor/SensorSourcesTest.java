package org.cundang.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.cundang.sensor.spi.SensorProvider;
import org.junit.jupiter.api.Test;

class SensorSourcesTest {

    private static final URI SIM = URI.create("sim:room1?seed=3&sensors=2");

    /** A provider for the tests: supports "sim:" with a given id and priority; creates simulated sensors. */
    private record Fake(String id, int priority) implements SensorProvider {
        @Override
        public String version() {
            return "1";
        }

        @Override
        public boolean supports(URI spec) {
            return "sim".equals(spec.getScheme());
        }

        @Override
        public SensorSource create(URI spec, SensorContext context) {
            if (id.equals("broken")) {
                throw new IllegalStateException("boom");
            }
            return SimulatedSensor.builder(id).open(context);
        }
    }

    @Test
    void explicit_providers_open_a_source() {
        try (SensorSource s = SensorSources.of(List.of(new SimulatedSensorProvider())).open(SIM, SensorContext.systemDefault())) {
            assertThat(s.id()).isEqualTo("sim:room1");
            assertThat(s.poll()).hasSize(2);
        }
    }

    @Test
    void service_loader_discovery_is_opt_in_and_finds_the_simulated_provider() {
        SensorSources installed = SensorSources.installed(getClass().getClassLoader());
        assertThat(installed.providers()).extracting(SensorProvider::id).contains("simulated");
        assertThat(installed.select(SIM).id()).isEqualTo("simulated");
    }

    @Test
    void no_provider_is_CD_6101_listing_the_installed_ones() {
        SensorSources sources = SensorSources.of(List.of(new SimulatedSensorProvider()));
        assertThatThrownBy(() -> sources.open(URI.create("modbus:/dev/ttyUSB0"), SensorContext.systemDefault()))
                .isInstanceOfSatisfying(SensorException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-6101");
                    assertThat(e.getMessage()).contains("modbus:/dev/ttyUSB0").contains("simulated");
                    assertThat(e.text().zh()).contains("没有传感器提供者");
                });
        assertThatThrownBy(() -> SensorSources.of(List.of()).select(SIM))
                .isInstanceOfSatisfying(SensorException.class, e -> assertThat(e.getMessage()).contains("(none)"));
    }

    @Test
    void several_providers_are_chosen_by_priority_then_id() {
        SensorSources sources = SensorSources.of(List.of(new Fake("zeta", 0), new Fake("beta", 5), new Fake("alpha", 5)));
        assertThat(sources.candidates(SIM)).extracting(SensorProvider::id).containsExactly("alpha", "beta", "zeta");
        assertThat(sources.select(SIM).id()).isEqualTo("alpha");
        assertThat(SensorSources.of(List.of(new Fake("a", 0), new Fake("b", 1))).select(SIM).id()).isEqualTo("b");
    }

    @Test
    void a_named_provider_overrides_the_choice() {
        SensorSources sources = SensorSources.of(List.of(new Fake("alpha", 9), new Fake("beta", 0)));
        try (SensorSource s = sources.open(SIM, SensorContext.systemDefault(), "beta")) {
            assertThat(s.id()).isEqualTo("sim:beta");
        }
        assertThatThrownBy(() -> sources.open(SIM, SensorContext.systemDefault(), "gamma"))
                .isInstanceOfSatisfying(SensorException.class, e -> assertThat(e.code()).isEqualTo("CD-6106"));
        assertThatThrownBy(() -> sources.open(URI.create("x:y"), SensorContext.systemDefault(), "beta"))
                .isInstanceOfSatisfying(SensorException.class, e -> assertThat(e.code()).isEqualTo("CD-6101"));
    }

    @Test
    void a_provider_failing_with_a_plain_exception_is_CD_6105() {
        SensorSources sources = SensorSources.of(List.of(new Fake("broken", 0)));
        assertThatThrownBy(() -> sources.open(SIM, SensorContext.systemDefault()))
                .isInstanceOfSatisfying(SensorException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-6105");
                    assertThat(e.getCause()).hasMessage("boom");
                });
    }

    @Test
    void duplicate_ids_are_refused() {
        assertThatThrownBy(() -> SensorSources.of(List.of(new Fake("a", 0), new Fake("a", 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void simulated_provider_refuses_unknown_and_out_of_range_parameters() {
        SensorSources sources = SensorSources.of(List.of(new SimulatedSensorProvider()));
        assertThatThrownBy(() -> sources.open(URI.create("sim:r?sead=1"), SensorContext.systemDefault()))
                .isInstanceOfSatisfying(SensorException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-6103");
                    assertThat(e.getMessage()).contains("sead");
                });
        assertThatThrownBy(() -> sources.open(URI.create("sim:r?dropout=2"), SensorContext.systemDefault()))
                .isInstanceOfSatisfying(SensorException.class, e -> assertThat(e.code()).isEqualTo("CD-6103"));
    }
}
