package org.cundang.samples.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cundang.arrange.ArrangeItem;
import org.cundang.arrange.Arrangement;
import org.cundang.arrange.Arranger;
import org.cundang.arrange.Boxer;
import org.cundang.arrange.Boxing;
import org.cundang.arrange.BoxingRules;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeTemplate;
import org.cundang.environment.EnvironmentAssessment;
import org.cundang.environment.EnvironmentAssessor;
import org.cundang.environment.Reading;
import org.cundang.environment.RoomProfiles;
import org.cundang.environment.RoomReport;
import org.cundang.retention.RetentionPeriod;
import org.cundang.samples.print.CatalogueCsv;
import org.cundang.samples.print.PaperLayout;
import org.cundang.samples.print.PaperPrinter;
import org.cundang.schedule.ResolvedEntry;
import org.cundang.schedule.RetentionSchedule;
import org.cundang.schedule.Schedules;
import org.cundang.sensor.SensorContext;
import org.cundang.sensor.SimulatedSensor;
import org.cundang.storage.TransferReceipt;
import org.cundang.transfer.CheckResult;
import org.cundang.transfer.Outcome;
import org.cundang.transfer.TransferPacker;
import org.cundang.transfer.TransferReport;
import org.cundang.transfer.TransferReports;
import org.cundang.transfer.TransferValidator;

/**
 * The main job on a synthetic village archive: generate it (with mistakes), validate it as a transfer and write the
 * report, correct it as an archivist would, pack it as a bag, validate and accept it into the store, simulate a
 * month of one storage room's climate with an excursion and write the room report, and summarise.
 *
 * <p>Runs offline; running it twice is safe (the working folder is rebuilt, and accepting the same transfer again
 * changes nothing in the store).
 */
public final class Demo {

    /** What the demo did, for the summary and {@code --json}. */
    public record Summary(Path dir, Path receivedReport, int receivedFailures, List<String> corrections,
                          Path bag, Path transferReport, int items, int pages, boolean accepted, boolean alreadyAccepted,
                          String store, Path roomReport, boolean roomCompliant, int roomAlerts, Duration took) {

        /** Whether the corrected transfer was accepted. */
        public boolean ok() {
            return accepted;
        }

        /** The summary as a JSON-ready map. */
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("dir", dir.toString());
            m.put("receivedReport", receivedReport.toString());
            m.put("receivedFailures", receivedFailures);
            m.put("corrections", corrections);
            m.put("bag", bag.toString());
            m.put("transferReport", transferReport.toString());
            m.put("items", items);
            m.put("pages", pages);
            m.put("accepted", accepted);
            m.put("alreadyAccepted", alreadyAccepted);
            m.put("store", store);
            m.put("roomReport", roomReport.toString());
            m.put("roomCompliant", roomCompliant);
            m.put("roomAlerts", roomAlerts);
            m.put("seconds", took.toMillis() / 1000.0);
            return m;
        }
    }

    private final Path dir;
    private final String store;
    private final Locale locale;
    private final Consumer<String> progress;

    /**
     * A demo run.
     *
     * @param dir      the working folder (rebuilt), not null
     * @param store    the store location, not null
     * @param locale   the language, not null
     * @param progress receives one line per step, not null
     */
    public Demo(Path dir, String store, Locale locale, Consumer<String> progress) {
        this.dir = dir;
        this.store = store;
        this.locale = locale;
        this.progress = progress;
    }

    private String t(String zh, String en) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }

    /**
     * Runs the demo.
     *
     * @param accept accepts a bag into the store and returns the receipt, or null when the bag was refused
     * @return the summary
     * @throws IOException if the working folder cannot be written
     */
    public Summary run(Function<Path, TransferReceipt> accept) throws IOException {
        Instant start = Instant.now();
        deleteTree(dir);
        Files.createDirectories(dir.resolve("reports"));
        SyntheticVillage village = new SyntheticVillage(20260101L);
        RetentionSchedule schedule = Schedules.bundled().schedule("ruian-example");
        TransferValidator validator = TransferValidator.builder().schedules(List.of(schedule)).build();
        ExecutorService pool = SyntheticVillage.pool();
        try {
            // 1. The village's papers as they arrive, with realistic mistakes.
            progress.accept(t("[1/5] 生成模拟村档：" + SyntheticVillage.VILLAGE + "，" + SyntheticVillage.FIRST_YEAR + "—"
                            + SyntheticVillage.LAST_YEAR + " 年（目录为 GB18030 编码，扫描件为 JPEG/PDF）…",
                    "[1/5] Generating a synthetic village archive: " + SyntheticVillage.VILLAGE + ", "
                            + SyntheticVillage.FIRST_YEAR + "–" + SyntheticVillage.LAST_YEAR
                            + " (catalogue in GB18030, scans as JPEG/PDF)…"));
            List<VillageItem> received = village.asReceived();
            Path receivedDir = dir.resolve("received");
            SyntheticVillage.write(receivedDir, SyntheticVillage.number(received, true), pool);

            // 2. Validate what arrived.
            progress.accept(t("[2/5] 按移交检验规则检验收到的材料…", "[2/5] Validating what arrived as a transfer…"));
            TransferReport first = validator.validate(receivedDir);
            Path receivedReport = dir.resolve("reports").resolve("transfer-report-received.html");
            Files.writeString(receivedReport, TransferReports.html(first, locale, receivedDir.toString(),
                    LocalDate.now()), StandardCharsets.UTF_8);
            int failures = 0;
            for (CheckResult r : first.results()) {
                if (r.outcome() == Outcome.FAIL) {
                    failures++;
                    progress.accept("      " + r.rule() + " " + r.code() + " " + r.subject() + "："
                            + oneLine(r.message().in(locale)));
                }
            }

            // 3. Correct, pack, validate again, accept.
            progress.accept(t("[3/5] 整改（补扫、重扫、按期限表调整期限），重新整理编号、装盒、打印，打包为 BagIt 移交包并接收入库…",
                    "[3/5] Correcting (scan, rescan, lengthen the period), arranging, boxing, printing, packing as a "
                            + "BagIt bag, accepting…"));
            Map<String, RetentionPeriod> minimum = new HashMap<>();
            for (ResolvedEntry e : schedule.entries()) {
                minimum.put(e.id(), e.period());
            }
            List<SyntheticVillage.Correction> done = new ArrayList<>();
            List<VillageItem> corrected = SyntheticVillage.corrected(received, done, minimum);
            List<String> corrections = new ArrayList<>();
            for (SyntheticVillage.Correction c : done) {
                corrections.add(t(c.zh(), c.en()));
                progress.accept("      " + t(c.zh(), c.en()));
            }
            Path correctedDir = dir.resolve("corrected");
            SyntheticVillage.write(correctedDir, arrange(corrected, schedule), pool);
            Path printed = dir.resolve("print");
            List<String> printedFiles = boxAndPrint(correctedDir, printed);
            if (printedFiles.isEmpty()) {
                progress.accept("      " + t("未找到可嵌入的中文字体，跳过打印（安装 fonts-wqy-microhei，或用 cundang print --font）",
                        "no embeddable Chinese font found; printing skipped (install fonts-wqy-microhei, or use "
                                + "cundang print --font)"));
            } else {
                progress.accept("      " + t("已装盒并生成打印件：", "boxed and printed: ") + String.join("、", printedFiles));
            }
            Path bag = dir.resolve("bag");
            Map<String, String> info = new LinkedHashMap<>();
            info.put("立档单位", SyntheticVillage.VILLAGE);
            info.put("接收单位", SyntheticVillage.TOWNSHIP + "档案室");
            info.put("移交批次", SyntheticVillage.FONDS + "-" + SyntheticVillage.LAST_YEAR + "-01");
            info.put("移交人", "村档案员 张某");
            info.put("接收人", "镇档案员 李某");
            TransferPacker.of(Clock.systemDefaultZone()).pack(correctedDir, bag, info);
            TransferReport second = validator.validate(bag);
            Path transferReport = dir.resolve("reports").resolve("transfer-report.html");
            Files.writeString(transferReport, TransferReports.html(second, locale, bag.toString(), LocalDate.now()),
                    StandardCharsets.UTF_8);
            TransferReceipt receipt = second.hasMustFailure() ? null : accept.apply(bag);
            if (receipt != null) {
                progress.accept("      " + t((receipt.alreadyAccepted() ? "此前已接收，未重复入库：" : "已接收入库：")
                                + receipt.items() + " 件，存储 " + store,
                        (receipt.alreadyAccepted() ? "already accepted before, nothing duplicated: " : "accepted: ")
                                + receipt.items() + " items into " + store));
            }

            // 4. A month of one room's climate.
            progress.accept(t("[4/5] 模拟一号库房一个月的温湿度（含一次除湿机故障）并评估…",
                    "[4/5] Simulating a month of storage room 1's climate (with a dehumidifier failure)…"));
            List<Reading> readings = month();
            EnvironmentAssessment room = EnvironmentAssessor.of(RoomProfiles.defaults().get("paper")).assess(readings);
            Path roomReport = dir.resolve("reports").resolve("room-report.html");
            Files.writeString(roomReport, RoomReport.of(SyntheticVillage.TOWNSHIP + "档案室一号库房",
                    ZoneId.of("Asia/Shanghai"), locale).render(room, readings), StandardCharsets.UTF_8);

            Summary s = new Summary(dir, receivedReport, failures, corrections, bag, transferReport,
                    (int) second.totals().items(), (int) second.totals().pages(), receipt != null,
                    receipt != null && receipt.alreadyAccepted(), store, roomReport, room.passesCompliance(),
                    room.findings().size(), Duration.between(start, Instant.now()));
            // 5. Summary.
            progress.accept(t("[5/5] 完成，用时 " + s.took().toSeconds() + " 秒。", "[5/5] Done in "
                    + s.took().toSeconds() + " s."));
            progress.accept("");
            progress.accept(t("初检：发现 " + failures + " 项不合格，报告 " + receivedReport,
                    "First check: " + failures + " failures, report " + receivedReport));
            progress.accept(t("整改后移交：" + s.items() + " 件 " + s.pages() + " 页，报告 " + transferReport,
                    "Corrected transfer: " + s.items() + " items, " + s.pages() + " pages, report " + transferReport));
            progress.accept(t("库房：" + (s.roomCompliant() ? "符合" : "不符合") + "，" + s.roomAlerts() + " 条告警，报告 "
                    + roomReport, "Room: " + (s.roomCompliant() ? "compliant" : "not compliant") + ", "
                    + s.roomAlerts() + " alerts, report " + roomReport));
            progress.accept("");
            progress.accept(t("接下来可以试试：", "What to try next:"));
            progress.accept("  java -jar samples/target/cundang.jar store query --store " + store + " --township-custody true");
            progress.accept("  java -jar samples/target/cundang.jar store verify --store " + store);
            progress.accept("  java -jar samples/target/cundang.jar transfer validate " + receivedDir + " --report out.html");
            progress.accept("  java -jar samples/target/cundang.jar retention --entry ruian-example/CJ-4.1 --accounting-year 2023");
            progress.accept("  java -jar samples/target/cundang.jar appraisal due --store " + store + " --as-of 2060-01-01");
            progress.accept("  java -jar samples/target/cundang.jar overview township --store " + store
                    + " --township 上林镇 --report overview.html");
            progress.accept("  java -jar samples/target/cundang.jar --help");
            return s;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Arranges the corrected items the way DA/T 22-2015 5.3 asks (per class, 按时间结合事由) with {@link Arranger},
     * one category at a time, and pairs each numbered row with its item (titles are unique in the synthetic data).
     */
    static List<SyntheticVillage.Numbered> arrange(List<VillageItem> items, RetentionSchedule schedule) {
        Map<String, List<VillageItem>> byCategory = new java.util.TreeMap<>();
        for (VillageItem i : items) {
            byCategory.computeIfAbsent(i.category(), k -> new ArrayList<>()).add(i);
        }
        CodeTemplate template = CodeTemplate.daT22();
        List<SyntheticVillage.Numbered> out = new ArrayList<>();
        for (Map.Entry<String, List<VillageItem>> e : byCategory.entrySet()) {
            Map<String, VillageItem> byTitle = new HashMap<>();
            List<ArrangeItem> toArrange = new ArrayList<>();
            for (VillageItem i : e.getValue()) {
                byTitle.put(i.title(), i);
                toArrange.add(ArrangeItem.builder(i.title(), i.title()).date(i.date()).responsible(i.responsible())
                        .pages(i.pages()).period(i.period()).scheduleEntry(i.entryId()).documentNumber(i.docNo())
                        .build());
            }
            Arrangement a = Arranger.builder(SyntheticVillage.FONDS).category(e.getKey()).template(template)
                    .schedule(schedule).build().arrange(toArrange);
            for (CatalogueEntry entry : a.entries()) {
                out.add(new SyntheticVillage.Numbered(template.parse(entry.code()), byTitle.get(entry.title())));
            }
        }
        return out;
    }

    /** Boxes the catalogue of {@code folder} and prints the 归档章, 盒脊, 备考表 and 归档文件目录; empty without a font. */
    private List<String> boxAndPrint(Path folder, Path out) throws IOException {
        if (!PaperPrinter.systemFontAvailable()) {
            return List.of();
        }
        Files.createDirectories(out);
        CodeTemplate template = CodeTemplate.daT22();
        List<CatalogueEntry> entries = CatalogueCsv.read(folder.resolve("catalog.csv"));
        Boxing boxing = Boxer.of(BoxingRules.defaults(), template).box(entries);
        PaperPrinter printer = PaperPrinter.of(PaperLayout.defaults(), null, template);
        List<String> files = new ArrayList<>();
        try (var o = Files.newOutputStream(out.resolve("stamps.pdf"))) {
            printer.stamps(entries, o);
            files.add("stamps.pdf");
        }
        try (var o = Files.newOutputStream(out.resolve("spines.pdf"))) {
            printer.spines(boxing.boxes(), o);
            files.add("spines.pdf（" + boxing.boxes().size() + " " + t("盒", "boxes") + "）");
        }
        try (var o = Files.newOutputStream(out.resolve("notes.pdf"))) {
            printer.notes(boxing.boxes(), PaperPrinter.NoteFields.blank(), o);
            files.add("notes.pdf");
        }
        try (var o = Files.newOutputStream(out.resolve("catalog.pdf"))) {
            printer.catalogue(entries, SyntheticVillage.VILLAGE, true, o);
            files.add("catalog.pdf");
        }
        return files;
    }

    /** Thirty days of ten-minute readings from a simulated probe, with a two-day dehumidifier failure. */
    static List<Reading> month() {
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T00:00:00Z"));
        List<Reading> out = new ArrayList<>();
        try (SimulatedSensor probe = SimulatedSensor.builder("room-1").base(19.5, 50).noise(0.15, 0.6)
                .dropout(0.002).seed(7).open(SensorContext.of(clock))) {
            for (int i = 0; i < 30 * 24 * 6; i++) {
                double hour = (i % 144) / 6.0;
                double daily = 1.2 * Math.sin((hour - 9) / 24 * 2 * Math.PI);
                boolean failure = i >= 12 * 144 && i < 14 * 144;
                for (Reading r : probe.poll()) {
                    double rh = r.relativeHumidity() + 3 * Math.sin(i / 500.0) + (failure ? 13 : 0);
                    out.add(new Reading(r.sensorId(), r.time(), r.temperature() + daily + (failure ? 1.5 : 0), rh,
                            null, null));
                }
                clock.advance(Duration.ofMinutes(10));
            }
        }
        return out;
    }

    private static String oneLine(String s) {
        String x = s.replaceAll("\\s+", " ");
        return x.length() > 160 ? x.substring(0, 160) + "…" : x;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** A clock the demo moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
