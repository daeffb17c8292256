package org.cundang.internal.bagit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cundang.Finding;

/**
 * {@link PathSafety#checkName} gives, for every name, the code the former formulation gave (a regular expression for
 * the drive prefix and {@code split("/", -1)} for the segments), kept here as the oracle.
 */
class PathSafetyNamePropertiesTest {

    @Property(tries = 3000)
    void checkNameAgreesWithTheRegexFormulation(@ForAll("names") String name, @ForAll boolean payload) {
        assertThat(PathSafety.checkName(name, payload).map(Finding::code)).isEqualTo(oracle(name, payload));
    }

    @Provide
    Arbitrary<String> names() {
        // names joined from path segments, the dangerous ones ("", ".", "..", drives, home, backslashes, control
        // characters) among ordinary and Chinese ones; and free strings over the same characters
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of("", ".", "..", "...", "data", "files", "Z109-WS·2023-Y-0001.pdf", "C:", "z:x", "1:",
                        "~", "~x", "a\\b", "a\u0000", "\u0085", "\u007f", ". ", " .."),
                Arbitraries.strings().withChars("ab.Z:~·档号-0 ").ofMaxLength(6));
        Arbitrary<String> joined = segment.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("/", l));
        Arbitrary<String> raw = Arbitraries.strings()
                .withChars("ab.Z:/\\~·档号-0\u0000\n\u007f\u0085 ").ofMinLength(0).ofMaxLength(14);
        return Arbitraries.oneOf(joined, joined.map(s -> "data/" + s), raw, raw.map(s -> "data/" + s));
    }

    private static Optional<String> oracle(String name, boolean payload) {
        if (name.isEmpty()) {
            return Optional.of("CD-4060");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                return Optional.of("CD-4062");
            }
        }
        if (name.startsWith("/") || name.indexOf('\\') >= 0 || name.matches("^[A-Za-z]:.*")
                || name.startsWith("~")) {
            return Optional.of("CD-4061");
        }
        for (String seg : name.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) {
                return Optional.of("CD-4060");
            }
        }
        if (payload && !name.startsWith("data/")) {
            return Optional.of("CD-4065");
        }
        return Optional.empty();
    }
}
