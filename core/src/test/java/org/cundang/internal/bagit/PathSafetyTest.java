package org.cundang.internal.bagit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cundang.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathSafetyTest {

    @ParameterizedTest
    @CsvSource({"../x,CD-4060", "data/../../x,CD-4060", "data/./x,CD-4060", "data//x,CD-4060", "/etc/passwd,CD-4061",
        "C:/x,CD-4061", "data\\x,CD-4061", "~/x,CD-4061", "bagit.txt,CD-4065"})
    void rejects_unsafe_names(String name, String code) {
        assertThat(PathSafety.checkName(name, true)).map(Finding::code).contains(code);
    }

    @Test
    void rejects_control_characters_and_accepts_chinese_names() {
        assertThat(PathSafety.checkName("data/a\u0000b", true)).map(Finding::code).contains("CD-4062");
        assertThat(PathSafety.checkName("data/a\nb", true)).map(Finding::code).contains("CD-4062");
        assertThat(PathSafety.checkName("data/files/Z109-WS·2023-Y-0001.pdf", true)).isEmpty();
        assertThat(PathSafety.checkName("data/<script>.pdf", true)).isEmpty();
    }

    @Test
    void resolve_never_follows_links_in_any_component(@TempDir Path dir) throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "x");
        Path root = Files.createDirectories(dir.resolve("bag"));
        Files.createDirectories(root.resolve("data"));
        Files.createSymbolicLink(root.resolve("data/link"), outside);
        Files.writeString(root.resolve("data/ok.txt"), "ok");
        assertThat(PathSafety.resolve(root, "data/link/secret.txt").status()).isEqualTo(PathSafety.Status.UNSAFE);
        assertThat(PathSafety.resolve(root, "data/link").finding().code()).isEqualTo("CD-4063");
        assertThat(PathSafety.resolve(root, "data").status()).isEqualTo(PathSafety.Status.UNSAFE);
        assertThat(PathSafety.resolve(root, "data/ok.txt").size()).isEqualTo(2);
        assertThat(PathSafety.resolve(root, "data/none.txt").status()).isEqualTo(PathSafety.Status.MISSING);
    }
}
