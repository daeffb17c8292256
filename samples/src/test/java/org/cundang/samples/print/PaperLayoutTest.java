package org.cundang.samples.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PaperLayoutTest {

    @Test
    void defaults_are_A4_and_the_DA_T_22_box() {
        PaperLayout d = PaperLayout.defaults();
        assertThat(d.pageWidth()).isEqualTo(210f);
        assertThat(d.pageHeight()).isEqualTo(297f);
        assertThat(d.boxHeight()).isEqualTo(310f);
        assertThat(d.boxWidth()).isEqualTo(220f);
        // the 310 mm spine does not fit on A4: capped at the printable height 297 - 2 × 10
        assertThat(d.spineLabelHeight()).isEqualTo(277f);
        assertThat(d.withBox(250, 220).spineLabelHeight()).isEqualTo(250f);
    }

    @Test
    void sizes_are_checked() {
        assertThatThrownBy(() -> PaperLayout.defaults().withStamp(0, 16)).isInstanceOf(PrintException.class)
                .hasMessageStartingWith("CD-9047");
        assertThatThrownBy(() -> PaperLayout.defaults().withStamp(300, 16)).isInstanceOf(PrintException.class);
        assertThatThrownBy(() -> PaperLayout.defaults().withStamp(Float.NaN, 16)).isInstanceOf(PrintException.class);
        assertThatThrownBy(() -> PaperLayout.defaults().withBox(-1, 220)).isInstanceOf(PrintException.class);
    }
}
