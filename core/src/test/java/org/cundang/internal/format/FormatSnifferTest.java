package org.cundang.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FormatSnifferTest {

    /** Reading the head in place (the fixity buffer) answers as reading a copy of it. */
    @Property(tries = 500)
    void the_head_in_a_larger_buffer_answers_as_a_copy(@ForAll("heads") byte[] buffer,
                                                         @ForAll @IntRange(min = 0, max = 1100) int n) {
        int len = Math.min(n, buffer.length);
        assertThat(FormatSniffer.fromHead(buffer, len)).isEqualTo(FormatSniffer.fromHead(Arrays.copyOf(buffer, len)));
    }

    @Provide
    Arbitrary<byte[]> heads() {
        Arbitrary<byte[]> magic = Arbitraries.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0},
                "%PDF-1.7".getBytes(), new byte[] {'P', 'K', 3, 4}, new byte[] {'M', 'Z'},
                new byte[] {0x7F, 'E', 'L', 'F'}, "#!/bin/sh".getBytes(), new byte[] {'I', 'I', 42, 0});
        return Arbitraries.oneOf(magic, Arbitraries.bytes().array(byte[].class).ofMaxSize(1200),
                magic.map(m -> Arrays.copyOf(m, 1100)));
    }
}
