package org.cundang.internal.bagit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PercentCodecTest {

    @Test
    void encodes_cr_lf_and_percent_only() {
        assertThat(PercentCodec.encode("data/a%b\r\nc 档.txt")).isEqualTo("data/a%25b%0D%0Ac 档.txt");
        assertThat(PercentCodec.decode("data/a%25b%0d%0Ac%41")).isEqualTo("data/a%b\r\nc%41");
    }

    @Property(tries = 200)
    void round_trip(@ForAll String s) {
        assertThat(PercentCodec.decode(PercentCodec.encode(s))).isEqualTo(s);
        assertThat(PercentCodec.encode(s)).doesNotContain("\r", "\n");
    }
}
