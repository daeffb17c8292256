package org.cundang.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cundang.LocalizedText;
import org.junit.jupiter.api.Test;

class RoomProfileTest {

    private static final RoomProfile PAPER = RoomProfiles.defaults().get("paper");

    @Test
    void narrowing_is_allowed_and_equal_bounds_too() {
        assertThat(PAPER.withTemperature(Band.of(14, 24))).isEqualTo(PAPER);
        assertThat(PAPER.withHumidity(Band.of(50, 55)).humidity()).isEqualTo(Band.of(50, 55));
        assertThat(PAPER.withSwing(new SwingLimit(1, 3)).swing().maxHumidityRange()).isEqualTo(6);
        assertThat(PAPER.withUltravioletLimit(10).ultravioletLimitValue()).contains(10.0);
        assertThat(PAPER.withIlluminanceLimit(50).illuminanceLimitValue()).contains(50.0);
        assertThat(PAPER.withIlluminanceLimit(50).withIlluminanceLimit(30).illuminanceLimit()).isEqualTo(30.0);
    }

    @Test
    void widening_is_cd_6003() {
        assertThatThrownBy(() -> PAPER.withTemperature(Band.of(13.9, 24)))
                .isInstanceOf(EnvironmentException.class).hasMessageStartingWith("CD-6003");
        assertThatThrownBy(() -> PAPER.withHumidity(Band.of(45, 61)))
                .isInstanceOf(EnvironmentException.class).hasMessageStartingWith("CD-6003");
        assertThatThrownBy(() -> PAPER.withSwing(new SwingLimit(3, 5)))
                .isInstanceOf(EnvironmentException.class).hasMessageStartingWith("CD-6003");
        assertThatThrownBy(() -> PAPER.withUltravioletLimit(76))
                .isInstanceOf(EnvironmentException.class).hasMessageStartingWith("CD-6003");
        assertThatThrownBy(() -> PAPER.withIlluminanceLimit(50).withIlluminanceLimit(51))
                .isInstanceOf(EnvironmentException.class).hasMessageStartingWith("CD-6003");
    }

    @Test
    void malformed_profiles_are_cd_6002() {
        LocalizedText name = new LocalizedText("甲", "a");
        assertThatThrownBy(() -> new RoomProfile("Paper Room", name, Band.of(1, 2), Band.of(1, 2),
                SwingLimit.jgj25(), null, null, "s", Confidence.R)).hasMessageStartingWith("CD-6002");
        assertThatThrownBy(() -> new RoomProfile("a", name, Band.of(1, 2), Band.of(1, 120),
                SwingLimit.jgj25(), null, null, "s", Confidence.R)).hasMessageStartingWith("CD-6002");
        assertThatThrownBy(() -> new RoomProfile("a", name, Band.of(1, 2), Band.of(1, 2),
                SwingLimit.jgj25(), -1.0, null, "s", Confidence.R)).hasMessageStartingWith("CD-6002");
        assertThatThrownBy(() -> Band.of(2, 1)).hasMessageStartingWith("CD-6002");
        assertThatThrownBy(() -> Band.of(Double.NaN, 1)).hasMessageStartingWith("CD-6002");
        assertThatThrownBy(() -> new SwingLimit(0, 5)).hasMessageStartingWith("CD-6002");
    }

    @Test
    void swing_of_plus_minus_two_allows_a_24_hour_range_of_four() {
        assertThat(SwingLimit.jgj25().maxTemperatureRange()).isEqualTo(4);
        assertThat(SwingLimit.jgj25().maxHumidityRange()).isEqualTo(10);
    }

    @Test
    void band_contains_its_bounds() {
        Band b = Band.of(14, 24);
        assertThat(b.contains(14)).isTrue();
        assertThat(b.contains(24)).isTrue();
        assertThat(b.contains(24.01)).isFalse();
        assertThat(b.toString()).isEqualTo("14–24");
        assertThat(Band.of(15, 20).isWithin(b)).isTrue();
        assertThat(b.isWithin(Band.of(15, 20))).isFalse();
    }
}
