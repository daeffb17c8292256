package org.cundang.custody.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cundang.environment.EnvironmentAssessor;
import org.cundang.environment.Reading;
import org.cundang.environment.RoomProfiles;
import org.junit.jupiter.api.Test;

class RoomStatusTest {

    /** Three days of ten-minute readings at 20 °C / 50 %, with an hour at {@code hot} °C when given. */
    private static List<Reading> readings(double hot) {
        List<Reading> out = new ArrayList<>();
        Instant t0 = Instant.parse("2026-06-01T00:00:00Z");
        for (int i = 0; i < 3 * 24 * 6; i++) {
            double t = hot > 0 && i >= 100 && i < 106 ? hot : 20.0;
            out.add(Reading.of("S1", t0.plusSeconds(600L * i), t, 50.0));
        }
        return out;
    }

    @Test
    void a_room_is_out_of_band_when_its_readings_leave_the_band() {
        EnvironmentAssessor paper = EnvironmentAssessor.of(RoomProfiles.defaults().get("paper"));
        RoomStatus ok = RoomStatus.of("一号库房", paper.assess(readings(0)));
        assertThat(ok.outOfBand()).isFalse();
        assertThat(ok.excursions()).isZero();
        assertThat(ok.readings()).isEqualTo(3 * 24 * 6);
        assertThat(ok.profile()).isEqualTo("paper");
        // JGJ 25-2010 paper rooms: 14–24 °C; 30 °C for an hour is an excursion.
        RoomStatus hot = RoomStatus.of("二号库房", paper.assess(readings(30)));
        assertThat(hot.outOfBand()).isTrue();
        assertThat(hot.excursions()).isPositive();
        assertThatThrownBy(() -> new RoomStatus("a\u202Eb", "paper", 0, 0, false)).hasMessageContaining("CD-8115");
    }
}
