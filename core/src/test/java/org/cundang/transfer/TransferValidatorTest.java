package org.cundang.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.loc.repository.bagit.creator.BagCreator;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import gov.loc.repository.bagit.hash.SupportedAlgorithm;
import gov.loc.repository.bagit.hash.BagitAlgorithmNameToSupportedAlgorithmMapping;
import gov.loc.repository.bagit.hash.StandardBagitAlgorithmNameToSupportedAlgorithmMapping;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.Security;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.cundang.digest.Digest;
import org.cundang.digest.DigestAlgorithm;
import org.cundang.digest.MultiDigester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class TransferValidatorTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T00:00:00Z"), ZoneOffset.UTC);
    static final TransferValidator VALIDATOR = TransferValidator.builder().threads(2).build();

    @TempDir
    Path dir;

    Path cleanBag() throws Exception {
        Path folder = Fixtures.cleanFolder(dir.resolve("folder"));
        Path bag = dir.resolve("bag");
        TransferPacker.of(CLOCK).pack(folder, bag, Map.of());
        return bag;
    }

    static List<String> codes(TransferReport r, Outcome o) {
        return r.results().stream().filter(x -> x.outcome() == o).map(CheckResult::code).toList();
    }

    static void rewriteManifests(Path bag) throws Exception {
        // Recompute payload manifests after tampering, so only the intended defect remains.
        for (DigestAlgorithm a : DigestAlgorithm.values()) {
            StringBuilder sb = new StringBuilder();
            try (var s = Files.walk(bag.resolve("data"))) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    sb.append(MultiDigester.of(a).digest(Files.readAllBytes(p)).get(a).hex()).append("  ")
                            .append(bag.relativize(p).toString()).append('\n');
                }
            }
            Files.writeString(bag.resolve("manifest-" + a.id() + ".txt"), sb.toString());
            Files.deleteIfExists(bag.resolve("tagmanifest-" + a.id() + ".txt"));
        }
    }

    @Test
    void a_packed_clean_folder_validates_without_fail() throws Exception {
        TransferReport r = VALIDATOR.validate(cleanBag());
        assertThat(codes(r, Outcome.FAIL)).isEmpty();
        // the fixture's catalogue has no 条目 column: the schedule checks say why they could not run
        assertThat(codes(r, Outcome.NOT_RUN)).containsOnly("CD-4106");
        assertThat(r.hasMustFailure()).isFalse();
        assertThat(r.totals().items()).isEqualTo(2);
        assertThat(r.totals().pages()).isEqualTo(4);
        assertThat(r.totals().files()).isEqualTo(4);
        assertThat(r.bagInfo()).containsEntry("全宗号", "Z109").containsEntry("件数", "2").containsEntry("起止年度", "2023");
        assertThat(r.results(TransferRule.FIXITY)).extracting(CheckResult::outcome).containsExactly(Outcome.PASS);
        // PDF is an access copy (DA/T 31-2017 9.5): a WARN, never a FAIL
        assertThat(codes(r, Outcome.WARN)).contains("CD-4076");
        for (TransferRule rule : List.of(TransferRule.BAG_STRUCTURE, TransferRule.COMPLETENESS,
                TransferRule.PATH_SAFETY, TransferRule.CATALOG_FILE_MATCH,
                TransferRule.PAGE_COUNT, TransferRule.RESOLUTION, TransferRule.COLOUR_MODE)) {
            assertThat(r.results(rule)).as(rule.name()).extracting(CheckResult::outcome).containsExactly(Outcome.PASS);
        }
        // the file-level and the row-level catalogue checks both pass
        assertThat(r.results(TransferRule.CATALOG_FORMAT)).extracting(CheckResult::outcome)
                .containsExactly(Outcome.PASS, Outcome.PASS);
    }

    @Test
    void a_plain_folder_is_accepted_and_bag_checks_say_not_run() throws Exception {
        TransferReport r = VALIDATOR.validate(Fixtures.cleanFolder(dir.resolve("folder")));
        assertThat(codes(r, Outcome.FAIL)).isEmpty();
        assertThat(r.results(TransferRule.FIXITY)).extracting(CheckResult::outcome).containsExactly(Outcome.NOT_RUN);
        assertThat(r.results().stream().filter(x -> x.outcome() == Outcome.NOT_RUN).map(CheckResult::code))
                .containsExactlyInAnyOrder("CD-4036", "CD-4036", "CD-4036", "CD-4106", "CD-4106");
    }

    @Test
    void bags_we_write_are_valid_for_bagit_java() throws Exception {
        Path bag = cleanBag();
        Security.addProvider(new BouncyCastleProvider());
        BagitAlgorithmNameToSupportedAlgorithmMapping names = name -> "sm3".equals(name) ? new SupportedAlgorithm() {
            @Override
            public String getMessageDigestName() {
                return "SM3";
            }

            @Override
            public String getBagitName() {
                return "sm3";
            }
        } : new StandardBagitAlgorithmNameToSupportedAlgorithmMapping().getSupportedAlgorithm(name);
        Bag read = new BagReader(names).read(bag);
        try (BagVerifier v = new BagVerifier(names)) {
            v.isValid(read, false); // throws on any problem
        }
        assertThat(read.getVersion().toString()).isEqualTo("1.0");
    }

    @Test
    void bags_written_by_bagit_java_validate_with_ours() throws Exception {
        Path folder = Fixtures.cleanFolder(dir.resolve("loc"));
        Files.delete(folder.resolve("bag-info.txt"));
        BagCreator.bagInPlace(folder, List.of(StandardSupportedAlgorithms.SHA256), false);
        TransferReport r = VALIDATOR.validate(folder);
        assertThat(r.results(TransferRule.FIXITY)).extracting(CheckResult::outcome).containsExactly(Outcome.PASS);
        assertThat(r.results(TransferRule.COMPLETENESS)).extracting(CheckResult::outcome).containsExactly(Outcome.PASS);
        // bagit-java knows nothing of the Cundang profile: those fields are reported
        assertThat(codes(r, Outcome.FAIL)).contains("CD-4025").doesNotContain("CD-4050", "CD-4040", "CD-4041");
    }

    @Test
    void altered_missing_and_extra_files_are_all_reported() throws Exception {
        Path bag = cleanBag();
        Files.write(bag.resolve("data/files/Z109-WS·2023-Y-0002/Z109-WS·2023-Y-0002-0002.jpg"),
                Fixtures.jpeg(301, true));
        Files.delete(bag.resolve("data/files/Z109-WS·2023-Y-0001.pdf"));
        Files.writeString(bag.resolve("data/extra.txt"), "x");
        TransferReport r = VALIDATOR.validate(bag);
        assertThat(codes(r, Outcome.FAIL)).contains("CD-4050", "CD-4040", "CD-4041", "CD-4042", "CD-4087");
        assertThat(r.results(TransferRule.FIXITY).stream().filter(x -> x.code() != null
                && x.code().equals("CD-4050"))).hasSize(2); // sha256 and sm3
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void hostile_paths_are_reported_and_never_opened() throws Exception {
        Path bag = cleanBag();
        Path sentinel = dir.resolve("sentinel.txt");
        Files.writeString(sentinel, "untouched");
        FileTime before = Files.getLastModifiedTime(sentinel);
        Path fifo = dir.resolve("fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor()).isZero();
        Files.createSymbolicLink(bag.resolve("data/files/link.jpg"), fifo);
        Files.createSymbolicLink(bag.resolve("data/escape.txt"), sentinel);
        String zero = "0".repeat(64);
        Files.writeString(bag.resolve("manifest-sha256.txt"), Files.readString(bag.resolve("manifest-sha256.txt"))
                + zero + "  data/../../sentinel.txt\n" + zero + "  " + sentinel + "\n" + zero + "  data/escape.txt\n"
                + zero + "  data/files/link.jpg\n" + zero + "  data\\x\n" + zero + "  data/a%0Ab\n");
        TransferReport r = VALIDATOR.validate(bag);
        assertThat(codes(r, Outcome.FAIL)).contains("CD-4060", "CD-4061", "CD-4062", "CD-4063");
        assertThat(r.results(TransferRule.PATH_SAFETY)).noneMatch(x -> x.outcome() == Outcome.PASS);
        assertThat(Files.readString(sentinel)).isEqualTo("untouched");
        assertThat(Files.getLastModifiedTime(sentinel)).isEqualTo(before);
        assertThat(dir.resolve("fifo")).exists(); // the test finishing at all proves the FIFO was never opened
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void a_10_gb_sparse_file_does_not_hang_validation() throws Exception {
        Path bag = cleanBag();
        Path sparse = bag.resolve("data/files/huge.bin");
        try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(10L << 30);
        }
        Files.writeString(bag.resolve("manifest-sha256.txt"), Files.readString(bag.resolve("manifest-sha256.txt"))
                + "0".repeat(64) + "  data/files/huge.bin\n");
        TransferReport r = VALIDATOR.validate(bag);
        assertThat(codes(r, Outcome.NOT_RUN)).contains("CD-4052");
        assertThat(codes(r, Outcome.FAIL)).contains("CD-4042"); // Payload-Oxum disagrees
    }

    @Test
    void truncated_jpeg_low_dpi_grey_executable_and_lying_pdf() throws Exception {
        Path bag = cleanBag();
        byte[] jpg = Fixtures.jpeg(300, true);
        Files.write(bag.resolve("data/files/Z109-WS·2023-Y-0002/Z109-WS·2023-Y-0002-0001.jpg"),
                java.util.Arrays.copyOf(jpg, jpg.length - 30));
        Files.write(bag.resolve("data/files/Z109-WS·2023-Y-0002/Z109-WS·2023-Y-0002-0002.jpg"),
                Fixtures.jpeg(150, false));
        Files.write(bag.resolve("data/files/Z109-WS·2023-Y-0001.pdf"), Fixtures.pdfClaimingMissingPages());
        Files.write(bag.resolve("data/readme.txt"), "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII));
        rewriteManifests(bag);
        TransferReport r = VALIDATOR.validate(bag);
        List<String> fails = codes(r, Outcome.FAIL);
        assertThat(fails).contains("CD-4074", "CD-4080", "CD-4071", "CD-4086");
        assertThat(codes(r, Outcome.WARN)).contains("CD-4083");
        assertThat(r.hasMustFailure()).isTrue();
    }

    @Test
    void county_profile_demands_300_dpi_and_colour() throws Exception {
        Path bag = cleanBag();
        Files.write(bag.resolve("data/files/Z109-WS·2023-Y-0002/Z109-WS·2023-Y-0002-0002.jpg"),
                Fixtures.jpeg(250, false));
        rewriteManifests(bag);
        assertThat(codes(VALIDATOR.validate(bag), Outcome.FAIL)).doesNotContain("CD-4080", "CD-4082");
        TransferValidator strict = TransferValidator.builder().profile(DigitisationProfile.builder().minDpi(300)
                .minColour(ColourMode.COLOUR).build()).build();
        assertThat(codes(strict.validate(bag), Outcome.FAIL)).contains("CD-4080", "CD-4082");
    }

    @Test
    void page_count_and_catalogue_matching() throws Exception {
        Path bag = cleanBag();
        Files.write(bag.resolve("data/files/Z109-WS·2023-Y-0001.pdf"), Fixtures.pdf(3));
        Files.move(bag.resolve("data/files/Z109-WS·2023-Y-0002/Z109-WS·2023-Y-0002-0002.jpg"),
                bag.resolve("data/files/Z109-WS·2023-Y-0002/Z109-WS·2023-Y-0002-0003.jpg"));
        Files.write(bag.resolve("data/files/Z109-WS·2023-Y-0099.pdf"), Fixtures.pdf(1));
        rewriteManifests(bag);
        List<String> fails = codes(VALIDATOR.validate(bag), Outcome.FAIL);
        assertThat(fails).contains("CD-4085", "CD-4089", "CD-4088");
    }

    @Test
    void gb18030_catalogue_formula_and_html_titles() throws Exception {
        Path folder = Fixtures.cleanFolder(dir.resolve("folder"));
        String csv = Fixtures.HEADER
                + "1,Z109-WS·2023-Y-0001,,某村,=cmd|' /C calc'!A0,20230105,,2,Y,\n"
                + "2,Z109-WS·2023-Y-0002,,某村,<script>alert(1)</script>,20230301,,2,Y,\n";
        Files.write(folder.resolve("catalog.csv"), csv.getBytes(Charset.forName("GB18030")));
        Path bag = dir.resolve("bag");
        TransferPacker.of(CLOCK).pack(folder, bag, Map.of());
        TransferReport r = VALIDATOR.validate(bag);
        assertThat(codes(r, Outcome.WARN)).contains("CD-4093");
        assertThat(codes(r, Outcome.FAIL)).isEmpty();
        Files.write(bag.resolve("data/catalog.csv"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'x', '\n', (byte) 0x81});
        assertThat(codes(VALIDATOR.validate(bag), Outcome.FAIL)).contains("CD-4092");
    }

    @Test
    void profile_fields_and_people() throws Exception {
        Path folder = Fixtures.cleanFolder(dir.resolve("folder"));
        Files.writeString(folder.resolve("bag-info.txt"), "全宗号: Z109\n");
        Path bag = dir.resolve("bag");
        TransferPacker.of(CLOCK).pack(folder, bag, Map.of("立档单位", "某村村民委员会"));
        TransferReport r = VALIDATOR.validate(bag);
        assertThat(r.results(TransferRule.BAG_STRUCTURE)).extracting(CheckResult::subject).containsOnly("bag-info.txt");
        // 全宗号, 档案门类, 起止年度, 件数, 页数 are derived; the missing organisation, batch and people are SHOULD
        assertThat(codes(r, Outcome.FAIL)).isEmpty();
        assertThat(r.results(TransferRule.BAG_STRUCTURE).stream().filter(x -> "CD-4037".equals(x.code()))
                .map(x -> x.message().en())).hasSize(4);
        assertThat(r.bagInfo()).containsEntry("立档单位", "某村村民委员会").containsEntry("档案门类", "WS");
        String info = Files.readString(bag.resolve("bag-info.txt")).replaceAll("(?m)^档案门类:.*\n", "");
        Files.writeString(bag.resolve("bag-info.txt"), info);
        for (DigestAlgorithm a : DigestAlgorithm.values()) {
            Files.deleteIfExists(bag.resolve("tagmanifest-" + a.id() + ".txt"));
        }
        assertThat(codes(VALIDATOR.validate(bag), Outcome.FAIL)).containsExactly("CD-4025");
    }

    @Test
    void trusted_digests_and_cancellation() throws Exception {
        Path bag = cleanBag();
        Path pdf = bag.resolve("data/files/Z109-WS·2023-Y-0001.pdf");
        Map<DigestAlgorithm, Digest> real = MultiDigester.of(Set.of(DigestAlgorithm.values())).digest(
                Files.readAllBytes(pdf));
        byte[] tampered = (new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1) + "\n%tampered\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(pdf, tampered); // the manifest now disagrees with the file: only trusted digests can pass it
        assertThat(codes(VALIDATOR.validate(bag), Outcome.FAIL)).contains("CD-4050");
        TransferReport r = VALIDATOR.validate(bag, Map.of("data/files/Z109-WS·2023-Y-0001.pdf",
                Set.copyOf(real.values())), TransferProgress.NONE, () -> false);
        assertThat(r.results(TransferRule.FIXITY)).extracting(CheckResult::outcome).containsExactly(Outcome.PASS);
        assertThatThrownBy(() -> VALIDATOR.validate(bag, Map.of(), TransferProgress.NONE, () -> true))
                .isInstanceOf(TransferException.class).hasMessageStartingWith("CD-4013");
    }

    @Test
    void progress_reports_the_final_totals_and_never_more_than_them() throws Exception {
        Path bag = cleanBag();
        List<long[]> calls = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        TransferReport r = VALIDATOR.validate(bag, Map.of(), (f, ft, b, bt) -> calls.add(new long[] {f, ft, b, bt}),
                () -> false);
        assertThat(r.hasMustFailure()).isFalse();
        long files = Files.readAllLines(bag.resolve("manifest-sha256.txt")).stream().filter(l -> !l.isBlank()).count()
                + Files.readAllLines(bag.resolve("tagmanifest-sha256.txt")).stream().filter(l -> !l.isBlank()).count();
        assertThat(calls).isNotEmpty().allSatisfy(c -> {
            assertThat(c[0]).isBetween(1L, c[1]);
            assertThat(c[2]).isBetween(0L, c[3]);
            assertThat(c[1]).isEqualTo(files);
        });
        assertThat(calls).anySatisfy(c -> assertThat(c[0]).isEqualTo(c[1]));
        assertThat(calls).anySatisfy(c -> assertThat(c[2]).isEqualTo(c[3]));
    }

    @Test
    void unreadable_input_and_existing_target() throws Exception {
        assertThatThrownBy(() -> VALIDATOR.validate(dir.resolve("nope"))).isInstanceOf(TransferException.class)
                .hasMessageStartingWith("CD-4010");
        Path bag = cleanBag();
        assertThatThrownBy(() -> TransferPacker.of(CLOCK).pack(dir.resolve("folder"), bag, Map.of()))
                .isInstanceOf(TransferException.class).hasMessageStartingWith("CD-4012");
    }

    @Test
    void added_checks_run_after_built_ins_with_the_context() throws Exception {
        TransferCheck codes = new TransferCheck() {
            @Override
            public TransferRule rule() {
                return TransferRule.CODE_FORMAT;
            }

            @Override
            public List<CheckResult> run(TransferContext ctx) {
                long[] n = {0};
                ctx.forEachCatalogRow(row -> n[0]++);
                return List.of(CheckResult.pass(TransferRule.CODE_FORMAT, "bag",
                        new org.cundang.LocalizedText(n[0] + " 条", n[0] + " rows")));
            }
        };
        TransferReport r = TransferValidator.builder().standardChecks(false).addCheck(codes).build()
                .validate(cleanBag());
        assertThat(r.results(TransferRule.CODE_FORMAT)).singleElement()
                .satisfies(x -> assertThat(x.message().en()).isEqualTo("2 rows"));
    }
}
