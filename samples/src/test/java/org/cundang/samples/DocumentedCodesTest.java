package org.cundang.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code CD-nnnn} code in a message catalogue of any module is listed in {@code docs/errors.md}, and every
 * catalogue exists in Chinese and English with the same keys (STYLE.md: permanent codes, documented).
 */
class DocumentedCodesTest {

    private static final Pattern CODE = Pattern.compile("CD-\\d{4}");
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static List<Path> catalogues() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT, 8)) {
            return s.filter(p -> p.toString().contains("src/main/resources/META-INF/cundang/messages/"))
                    .filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .sorted().toList();
        }
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }

    @Test
    void every_code_in_a_catalogue_is_documented() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/errors.md"), StandardCharsets.UTF_8);
        Set<String> documented = new TreeSet<>();
        Matcher m = CODE.matcher(doc);
        while (m.find()) {
            documented.add(m.group());
        }
        Set<String> used = new TreeSet<>();
        List<Path> cats = catalogues();
        assertThat(cats).isNotEmpty();
        for (Path p : cats) {
            for (String key : load(p).stringPropertyNames()) {
                if (CODE.matcher(key).matches()) {
                    used.add(key);
                }
            }
        }
        assertThat(used).isNotEmpty();
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(documented);
        assertThat(missing).as("codes used in message catalogues but missing from docs/errors.md").isEmpty();
    }

    @Test
    void every_catalogue_has_chinese_and_english_with_the_same_keys() throws IOException {
        for (Path p : catalogues()) {
            String name = p.getFileName().toString();
            if (name.endsWith("_zh.properties")) {
                continue;
            }
            Path zh = p.resolveSibling(name.replace(".properties", "_zh.properties"));
            assertThat(zh).as("Chinese catalogue for " + p).exists();
            assertThat(load(zh).stringPropertyNames()).as("keys of " + zh)
                    .containsExactlyInAnyOrderElementsOf(load(p).stringPropertyNames());
        }
    }
}
