package org.cundang.arrange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CodeTemplate;
import org.junit.jupiter.api.Test;

class BoxTest {

    static final CodeTemplate T = CodeTemplate.daT22();

    @Test
    void range_is_the_4_digit_start_and_end() {
        ArchivalCode a = T.parse("Z109-WS·2011-Y-BGS-0001");
        ArchivalCode b = T.parse("Z109-WS·2011-Y-BGS-0026");
        assertThat(new Box(1, 30, a, b, List.of(a, b), 10).range()).isEqualTo("0001-0026");
        assertThat(new Box(1, 30, a, a, List.of(a), 10).range()).isEqualTo("0001");
        assertThat(new Box(1, 30, a, b, List.of(a, b), 10).scope().key()).isEqualTo("Z109-WS·2011-Y-BGS");
    }

    @Test
    void bad_boxes_are_CD_3101() {
        ArchivalCode a = T.parse("Z109-WS·2011-Y-0001");
        assertThatThrownBy(() -> new Box(0, 30, a, a, List.of(a), 1)).isInstanceOf(ArrangeException.class)
                .hasMessageStartingWith("CD-3101");
        assertThatThrownBy(() -> new Box(1, 30, a, a, List.of(), 1)).isInstanceOf(ArrangeException.class);
        assertThatThrownBy(() -> new Box(1, 0, a, a, List.of(a), 1)).isInstanceOf(ArrangeException.class);
    }
}
