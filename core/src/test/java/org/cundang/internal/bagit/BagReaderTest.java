package org.cundang.internal.bagit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cundang.Finding;
import org.cundang.digest.DigestAlgorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BagReaderTest {

    @Test
    void reads_a_097_bag_with_bom_continuations_repeats_and_percent_encoding(@TempDir Path root) throws Exception {
        Files.write(root.resolve("bagit.txt"), ("\uFEFFBagIt-Version: 0.97\r\nTag-File-Character-Encoding: UTF-8\r\n")
                .getBytes(StandardCharsets.UTF_8));
        Files.writeString(root.resolve("bag-info.txt"), "全宗号: Z109\nContact-Name: A\nContact-Name: B\n"
                + "External-Description: line one\n  line two\n");
        Files.createDirectories(root.resolve("data"));
        String hex = "a".repeat(64);
        Files.writeString(root.resolve("manifest-sha256.txt"), hex + "  data/x%0Ay%25.txt\n" + hex + " *data/z.txt\n"
                + "nothex data/q\n");
        Files.writeString(root.resolve("manifest-md5.txt"), "d41d8cd98f00b204e9800998ecf8427e  data/z.txt\n");
        Files.writeString(root.resolve("fetch.txt"), "http://example.invalid/x 1 data/x\n");
        BagModel m = BagReader.read(root);
        assertThat(m.version()).isEqualTo("0.97");
        assertThat(m.values("contact-name")).containsExactly("A", "B");
        assertThat(m.first("External-Description")).contains("line one line two");
        BagModel.Manifest sha = m.payloadManifests().stream().filter(x -> x.algorithm() == DigestAlgorithm.SHA256)
                .findFirst().orElseThrow();
        assertThat(sha.entries()).extracting(BagModel.Entry::path).containsExactly("data/x\ny%.txt", "data/z.txt");
        assertThat(m.findings()).extracting(Finding::code).contains("CD-4034", "CD-4028", "CD-4035", "CD-4029");
        assertThat(m.fetchPresent()).isTrue();
    }

    @Test
    void missing_everything_gives_all_findings_not_just_the_first(@TempDir Path root) {
        BagModel m = BagReader.read(root);
        assertThat(m.findings()).extracting(Finding::code).contains("CD-4020", "CD-4027", "CD-4032");
    }

    @Test
    void bad_version_and_malformed_info(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("bagit.txt"), "BagIt-Version: 2.0\nTag-File-Character-Encoding: UTF-8\n");
        Files.writeString(root.resolve("bag-info.txt"), "  orphan continuation\nno colon here\n");
        BagModel m = BagReader.read(root);
        assertThat(m.findings()).extracting(Finding::code).contains("CD-4022", "CD-4024");
    }
}
