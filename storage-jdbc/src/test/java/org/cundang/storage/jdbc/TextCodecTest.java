package org.cundang.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextCodecTest {

    @Property(tries = 300)
    void everyMapOfStringsRoundTrips(@ForAll Map<String, String> map) {
        assertThat(TextCodec.decode(TextCodec.encode(map))).isEqualTo(map);
    }

    @Test
    void separatorsEscapesAndNulAreEscaped() {
        String text = TextCodec.encode(Map.of("a=;\\", "x\u0000y"));
        assertThat(text).isEqualTo("a\\=\\;\\\\=x\\0y;").doesNotContain("\u0000");
    }

    @Test
    void keysAreSortedSoTheTextIsUnique() {
        assertThat(TextCodec.encode(Map.of("b", "2", "a", "1"))).isEqualTo("a=1;b=2;");
    }

    @Test
    void malformedTextIsRefused() {
        assertThatThrownBy(() -> TextCodec.decode("a=1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextCodec.decode("a=1=2;")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextCodec.decode("a\\")).isInstanceOf(IllegalArgumentException.class);
    }
}
