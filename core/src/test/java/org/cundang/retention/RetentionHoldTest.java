package org.cundang.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionHoldTest {

    @Test
    void is_active_from_since_through_until() {
        RetentionHold h = new RetentionHold(" 诉讼 ", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
        assertThat(h.reason()).isEqualTo("诉讼");
        assertThat(h.isActiveOn(LocalDate.of(2019, 12, 31))).isFalse();
        assertThat(h.isActiveOn(LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(h.isActiveOn(LocalDate.of(2020, 12, 31))).isTrue();
        assertThat(h.isActiveOn(LocalDate.of(2021, 1, 1))).isFalse();
        assertThat(RetentionHold.of("审计", LocalDate.of(2020, 1, 1)).isActiveOn(LocalDate.of(2999, 1, 1))).isTrue();
        assertThat(RetentionHold.of("审计", LocalDate.of(2020, 1, 1)).end()).isEmpty();
    }

    @Test
    void refuses_bad_holds_with_CD_2032() {
        LocalDate d = LocalDate.of(2020, 1, 1);
        assertThatThrownBy(() -> RetentionHold.of(" ", d)).hasMessageStartingWith("CD-2032");
        assertThatThrownBy(() -> RetentionHold.of("x".repeat(201), d)).hasMessageStartingWith("CD-2032");
        assertThatThrownBy(() -> RetentionHold.of("a\u0007b", d)).hasMessageStartingWith("CD-2032");
        assertThatThrownBy(() -> new RetentionHold("诉讼", d, d.minusDays(1))).hasMessageStartingWith("CD-2032");
    }
}
