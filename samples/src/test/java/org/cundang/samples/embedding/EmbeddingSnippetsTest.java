package org.cundang.samples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CodeTemplate;
import org.cundang.custody.AppraisalDecision;
import org.cundang.custody.DestructionCertificate;
import org.cundang.custody.DestructionList;
import org.cundang.environment.EnvironmentAssessment;
import org.cundang.environment.EnvironmentAssessor;
import org.cundang.environment.Reading;
import org.cundang.environment.RoomProfiles;
import org.cundang.retention.RetentionAssessment;
import org.cundang.retention.RetentionEvaluator;
import org.cundang.retention.RetentionItem;
import org.cundang.retention.RetentionStatus;
import org.cundang.schedule.RetentionSchedule;
import org.cundang.schedule.Schedules;
import org.cundang.sensor.SensorContext;
import org.cundang.sensor.SensorSource;
import org.cundang.sensor.SensorSources;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.ArchiveStores;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.StoreOptions;
import org.cundang.transfer.TransferPacker;
import org.cundang.transfer.TransferReport;
import org.cundang.transfer.TransferReports;
import org.cundang.transfer.TransferValidator;
import org.cundang.workflow.AppraisalWorkflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snippets of {@code docs/embedding.md}, compiled and run. The doc shows the code between the {@code tag::}
 * and {@code end::} markers; {@link #the_doc_shows_exactly_these_snippets()} keeps the two in step.
 */
class EmbeddingSnippetsTest {

    @Test
    void codes_and_retention() {
        // tag::codes[]
        CodeTemplate template = CodeTemplate.daT22();
        ArchivalCode code = template.parse("Z109-WS·2011-Y-BGS-0001");
        int year = code.year().getAsInt();                       // 2011
        String next = code.withItem(code.item() + 1).toString(); // Z109-WS·2011-Y-BGS-0002

        RetentionSchedule schedule = Schedules.bundled().schedule("accounting-2015-annex1");
        RetentionEvaluator evaluator = RetentionEvaluator.of(Clock.systemDefaultZone());
        RetentionAssessment a = evaluator.evaluate(
                RetentionItem.builder().accountingYear(2015).rule(schedule.require("A1-02").rule()).build(),
                LocalDate.of(2026, 1, 1));
        // a.status() == RETAINED, a.expiry() == 2045-12-31: 记账凭证 are kept 30 years
        // end::codes[]
        assertThat(year).isEqualTo(2011);
        assertThat(next).isEqualTo("Z109-WS·2011-Y-BGS-0002");
        assertThat(a.status()).isEqualTo(RetentionStatus.RETAINED);
        assertThat(a.expiry()).contains(LocalDate.of(2045, 12, 31));
    }

    @Test
    void validate_pack_and_accept_a_transfer(@TempDir Path work) throws Exception {
        Path folder = work.resolve("village");
        Files.createDirectories(folder.resolve("files"));
        Files.writeString(folder.resolve("catalog.csv"),
                "序号,档号,文号,责任者,题名,日期,密级,页数,保管期限,备注,条目\n"
                        + "1,C108-WS·2024-Y-0001,,上林村村民委员会,村民代表会议记录,20240315,,1,Y,,CJ-2.3\n",
                StandardCharsets.UTF_8);
        Files.write(folder.resolve("files").resolve("C108-WS·2024-Y-0001.pdf"), onePagePdf());
        Path bag = work.resolve("bag");
        Path storeDir = work.resolve("cundang-data");
        // tag::transfer[]
        TransferPacker.of(Clock.systemDefaultZone()).pack(folder, bag, java.util.Map.of(
                "立档单位", "上林村村民委员会", "接收单位", "云岭镇人民政府", "移交批次", "2024-01"));
        TransferValidator validator = TransferValidator.builder()
                .schedules(List.of(Schedules.bundled().schedule("ruian-example")))
                .build();
        TransferReport report = validator.validate(bag);
        if (report.hasMustFailure()) {
            // refuse the transfer; show the report to the archivist
        }
        String html = TransferReports.html(report, java.util.Locale.SIMPLIFIED_CHINESE, bag.toString(),
                LocalDate.now());
        // end::transfer[]
        assertThat(report.hasMustFailure()).as(TransferReports.json(report, null)).isFalse();
        assertThat(html).contains("移交检验报告");

        // tag::store[]
        ArchiveStores stores = ArchiveStores.load();              // providers found with ServiceLoader
        try (ArchiveStore store = stores.open(ArchiveStores.toUri(storeDir.toString()),
                StoreOptions.builder().clock(Clock.systemUTC()).build())) {
            List<?> dueForAppraisal = store.query(ItemQuery.builder()
                    .status(RetentionStatus.DUE_FOR_APPRAISAL, LocalDate.now())
                    .limit(100)
                    .build());
            boolean intact = store.verify().ok();                 // every item, file and audit event checked
        }
        // end::store[]
        try (ArchiveStore store = stores.open(ArchiveStores.toUri(storeDir.toString()),
                StoreOptions.builder().readOnly(true).build())) {
            assertThat(store.verify().ok()).isTrue();
        }
    }

    @Test
    void read_a_sensor_and_judge_the_room() {
        // tag::sensor[]
        SensorSources sensors = SensorSources.installed(getClass().getClassLoader());
        List<Reading> readings = new java.util.ArrayList<>();
        try (SensorSource probe = sensors.open(URI.create("sim:room-1"), SensorContext.systemDefault())) {
            readings.addAll(probe.poll());
            // a real probe: URI.create("modbus:/dev/ttyUSB0?profile=xy-md02&address=1")
        }
        EnvironmentAssessment room = EnvironmentAssessor.of(RoomProfiles.defaults().get("paper"))
                .assess(readings);
        boolean compliant = room.passesCompliance();
        // end::sensor[]
        assertThat(readings).isNotEmpty();
        assertThat(room.compliance()).isNotEmpty();
        assertThat(readings.get(0).temperature()).isBetween(19.0, 21.0);
        assertThat(room.compliance().get(0).sensorId()).isEqualTo(readings.get(0).sensorId());
    }

    @Test
    void appraise_and_destroy_what_has_expired(@TempDir Path dir) {
        LocalDate day = LocalDate.of(2026, 4, 1);
        String code = "Z109-WS·2010-D10-BGS-0001";
        try (ArchiveStore store = ArchiveStores.load().open(ArchiveStores.toUri(dir.toString()),
                StoreOptions.defaults())) {
            store.accept(org.cundang.storage.TransferSubmission.builder("T-2011", "Z109").actor("乡镇档案员")
                    .item(org.cundang.storage.ItemSubmission.builder(new org.cundang.catalog.CatalogueEntry(1, code,
                                    "", "上林村村民委员会", "2010年村务会议通知", "20100301", "", 1, "D10", "", null),
                            CodeTemplate.daT22().parse(code)).period(org.cundang.retention.RetentionPeriod.D10)
                            .expiry(LocalDate.of(2020, 12, 31))
                            .content(code + ".pdf", org.cundang.storage.ContentSource.ofBytes(new byte[] {1, 2, 3}))
                            .build())
                    .build());
            // tag::custody[]
            AppraisalWorkflow appraisal = AppraisalWorkflow.on(store, "乡镇档案员");
            List<AppraisalWorkflow.DueItem> due = appraisal.due(day, "Z109", null);   // per 全宗, optionally 门类
            Map<String, AppraisalDecision> decisions = new LinkedHashMap<>();
            for (AppraisalWorkflow.DueItem d : due) {
                decisions.put(d.item().code().toString(), new AppraisalDecision.Destroy("已无保存价值"));
            }
            appraisal.appraise(appraisal.draft("A-2026-01", day, "上林村", List.of("王档案", "李会计"),
                    decisions, "按期鉴定"));                                  // 鉴定意见书, kept for ever
            DestructionList list = AppraisalWorkflow.signed(appraisal.prepareDestruction("A-2026-01", day),
                    "村主任", "王档案", null, List.of("张监销", "赵监销"),     // 单位负责人, 档案员, 会计, 监销人
                    List.of("张监销", "赵监销"), List.of("张监销", "赵监销")); // confirmed before and after
            appraisal.destroy(new DestructionCertificate("D-2026-01", "Z109", "上林村", "A-2026-01", day,
                    "粉碎", "乡镇档案室", list));                            // refused with every problem if unsigned
            String page = appraisal.page("D-2026-01");                      // printable 销毁清册 with 销毁证明
            // end::custody[]
            assertThat(due).hasSize(1);
            assertThat(store.require(code).isDestroyed()).isTrue();
            assertThat(page).contains("档案销毁清册", code);
            assertThat(store.verify().ok()).isTrue();
        }
    }

    @Test
    void the_doc_shows_exactly_these_snippets() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "embedding.md"), StandardCharsets.UTF_8);
        String source = Files.readString(Path.of("src", "test", "java", "org", "cundang", "samples", "embedding",
                "EmbeddingSnippetsTest.java"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("// tag::(\\w+)\\[\\]\\n(.*?)\\n\\s*// end::\\1\\[\\]", Pattern.DOTALL).matcher(source);
        int n = 0;
        while (m.find()) {
            String snippet = m.group(2).stripIndent().strip();
            assertThat(doc).as("docs/embedding.md shows snippet " + m.group(1)).contains(snippet);
            n++;
        }
        assertThat(n).isEqualTo(5);
    }

    private static byte[] onePagePdf() throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument d = new org.apache.pdfbox.pdmodel.PDDocument()) {
            d.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            d.save(out);
            return out.toByteArray();
        }
    }
}
