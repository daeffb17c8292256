package org.cundang.custody.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void sums_and_shares() {
        Figures a = new Figures(1, 1, 10, 30, 4, 5, 2, 1, 4, 1, 2, 0);
        Figures b = new Figures(1, 0, 0, 0, 0, 0, 0, 0, 4, 4, 0, 1);
        Figures s = a.plus(b);
        assertThat(s).isEqualTo(new Figures(2, 1, 10, 30, 4, 5, 2, 1, 8, 5, 2, 1));
        assertThat(a.digitisedShare()).hasValue(0.4);
        assertThat(a.requiredDigitisedShare()).hasValue(0.4);
        assertThat(a.checklistCompleteness()).hasValue(0.75);
        assertThat(b.digitisedShare()).isEmpty();
        assertThat(s.openFindings()).isEqualTo(5 + 2 + 1);
        assertThat(Figures.ZERO.plus(a)).isEqualTo(a);
    }

    @Test
    void parts_never_exceed_their_whole() {
        assertThatThrownBy(() -> new Figures(1, 1, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Figures(1, 0, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Figures(1, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
