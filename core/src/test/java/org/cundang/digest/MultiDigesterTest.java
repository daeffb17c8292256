package org.cundang.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MultiDigesterTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void sm3_of_abc_is_the_gbt32905_example() {
        assertThat(MultiDigester.of(DigestAlgorithm.SM3).digest(ascii("abc")).get(DigestAlgorithm.SM3).hex())
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sm3_of_the_64_byte_example() {
        assertThat(MultiDigester.of(DigestAlgorithm.SM3).digest(ascii("abcd".repeat(16))).get(DigestAlgorithm.SM3)
                .hex()).isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void sha256_nist_vectors() {
        MultiDigester d = MultiDigester.of(DigestAlgorithm.SHA256);
        assertThat(d.digest(ascii("abc")).get(DigestAlgorithm.SHA256).hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(d.digest(new byte[0]).get(DigestAlgorithm.SHA256).hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(d.digest(ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).get(DigestAlgorithm.SHA256)
                .hex()).isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    @Test
    void one_pass_computes_both_and_matches_single_algorithm_runs() {
        byte[] data = ascii("村档乡管".repeat(1000));
        Map<DigestAlgorithm, Digest> both = MultiDigester.of(EnumSet.allOf(DigestAlgorithm.class)).digest(data);
        assertThat(both.get(DigestAlgorithm.SM3)).isEqualTo(MultiDigester.of(DigestAlgorithm.SM3).digest(data)
                .get(DigestAlgorithm.SM3));
        assertThat(both.get(DigestAlgorithm.SHA256)).isEqualTo(MultiDigester.of(DigestAlgorithm.SHA256).digest(data)
                .get(DigestAlgorithm.SHA256));
    }

    @Property(tries = 50)
    void chunked_updates_equal_one_update(@ForAll byte[] data, @ForAll @IntRange(min = 1, max = 17) int chunk) {
        MultiDigester a = MultiDigester.of(DigestAlgorithm.SM3, DigestAlgorithm.SHA256);
        MultiDigester b = MultiDigester.of(DigestAlgorithm.SM3, DigestAlgorithm.SHA256);
        for (int i = 0; i < data.length; i += chunk) {
            a.update(data, i, Math.min(chunk, data.length - i));
        }
        assertThat(a.finish()).isEqualTo(b.digest(data));
    }

    @Test
    void stream_errors_are_cd_4004() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThatThrownBy(() -> MultiDigester.of(DigestAlgorithm.SM3).digest(broken))
                .isInstanceOf(DigestException.class).hasMessageStartingWith("CD-4004");
        assertThat(MultiDigester.of(DigestAlgorithm.SM3).digest(new ByteArrayInputStream(ascii("abc")))
                .get(DigestAlgorithm.SM3).hex()).startsWith("66c7f0f4");
    }

    @Test
    void empty_algorithm_set_is_rejected() {
        assertThatThrownBy(() -> MultiDigester.of(EnumSet.noneOf(DigestAlgorithm.class)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
