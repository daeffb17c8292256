package org.cundang.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DigestTest {

    private static final String SM3_ABC = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";

    @Test
    void parses_and_formats_with_the_algorithm_id() {
        Digest d = Digest.parse("SM3:" + SM3_ABC.toUpperCase());
        assertThat(d.algorithm()).isEqualTo(DigestAlgorithm.SM3);
        assertThat(d.hex()).isEqualTo(SM3_ABC);
        assertThat(d).hasToString("sm3:" + SM3_ABC);
    }

    @Property(tries = 50)
    void round_trips(@ForAll @Size(32) byte[] bytes, @ForAll DigestAlgorithm a) {
        Digest d = Digest.of(a, bytes);
        assertThat(Digest.parse(d.toString())).isEqualTo(d);
        assertThat(d.bytes()).isEqualTo(bytes);
    }

    @Test
    void bad_inputs_give_codes_and_indexes() {
        assertThat(catchThrowableOfType(() -> Digest.parse("md5:abcd"), DigestException.class).code())
                .isEqualTo("CD-4001");
        assertThat(catchThrowableOfType(() -> Digest.parse(SM3_ABC), DigestException.class).code())
                .isEqualTo("CD-4003");
        DigestException e = catchThrowableOfType(() -> Digest.parse("sm3:66c7g0"), DigestException.class);
        assertThat(e.code()).isEqualTo("CD-4002");
        assertThat(e.errorIndex()).isEqualTo(8);
        assertThat(catchThrowableOfType(() -> Digest.of(DigestAlgorithm.SHA256, "ab"), DigestException.class).code())
                .isEqualTo("CD-4002");
        assertThatThrownBy(() -> Digest.parse("sm3:６６c7")).isInstanceOf(DigestException.class);
        assertThatThrownBy(() -> Digest.parse("sm3:" + "a".repeat(100_000))).isInstanceOf(DigestException.class);
    }

    @Test
    void algorithm_ids() {
        assertThat(DigestAlgorithm.fromId(" SHA-256 ")).isEqualTo(DigestAlgorithm.SHA256);
        assertThat(DigestAlgorithm.fromId("sm3")).isEqualTo(DigestAlgorithm.SM3);
        assertThat(catchThrowableOfType(() -> DigestAlgorithm.fromId("sha1\u0000"), DigestException.class).getMessage())
                .contains("\\u0000");
    }
}
