package org.cundang.custody.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.cundang.schedule.Confidence;
import org.junit.jupiter.api.Test;

class InspectionTest {

    private static InspectionSheet sheet(String json) {
        return InspectionSheet.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "sheet.json");
    }

    private static ManualScores scores(String text, InspectionSheet sheet) {
        return ManualScores.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "scores.csv", sheet);
    }

    private static final String ITEM = "{\"id\":\"%s\",\"name\":{\"zh\":\"甲\",\"en\":\"A\"},\"weight\":%s,%s"
            + "\"requirement\":\"r\",\"source\":\"s\",\"confidence\":\"S\"}";

    private static String sheetJson(String max, String... items) {
        return "{\"schemaVersion\":1,\"id\":\"t\",\"title\":{\"zh\":\"表\",\"en\":\"Sheet\"},\"source\":\"s\","
                + "\"confidence\":\"R\",\"example\":true,\"maxScore\":" + max + ",\"items\":[" + String.join(",", items)
                + "]}";
    }

    private static String item(String id, String weight, String measure) {
        return String.format(Locale.ROOT, ITEM, id, weight, measure == null ? "" : "\"measure\":\"" + measure + "\",");
    }

    @Test
    void the_default_sheet_is_a_marked_example_of_the_policy_whose_weights_add_up() {
        InspectionSheet s = InspectionSheet.defaults();
        assertThat(s.example()).isTrue();
        assertThat(s.confidence()).isEqualTo(Confidence.SECONDARY);
        assertThat(s.items().stream().mapToDouble(InspectionItem::weight).sum()).isEqualTo(s.maxScore())
                .isEqualTo(100);
        assertThat(s.items()).extracting(InspectionItem::id).contains("collection", "arrangement", "digitisation",
                "protection", "access-register", "handover", "resources");
        assertThat(s.item("protection").orElseThrow().requirement())
                .contains("防高温", "防盗", "防火", "防潮", "防光", "防尘", "防有害生物");
        assertThat(s.item("collection").orElseThrow().measure()).isEqualTo(AutoMeasure.CHECKLIST_COMPLETENESS);
        assertThat(s.note()).contains("示例");
    }

    @Test
    void malformed_sheets_are_refused_with_file_item_and_reason() {
        assertThatThrownBy(() -> sheet(sheetJson("100", item("a", "60", null), item("b", "30", null))))
                .hasMessageContaining("CD-8104").hasMessageContaining("sheet.json").hasMessageContaining("90");
        assertThatThrownBy(() -> sheet(sheetJson("100", item("a", "-5", null), item("b", "105", null))))
                .hasMessageContaining("CD-8104").hasMessageContaining("item a");
        assertThatThrownBy(() -> sheet(sheetJson("100", item("a", "0", null), item("b", "100", null))))
                .hasMessageContaining("CD-8104");
        assertThatThrownBy(() -> sheet(sheetJson("100", item("a", "50", "MAGIC"), item("b", "50", null))))
                .hasMessageContaining("CD-8103").hasMessageContaining("item a").hasMessageContaining("MAGIC");
        assertThatThrownBy(() -> sheet(sheetJson("100", item("a", "50", null), item("a", "50", null))))
                .hasMessageContaining("CD-8103").hasMessageContaining("twice");
        assertThatThrownBy(() -> sheet(sheetJson("100", item("A B", "100", null))))
                .hasMessageContaining("CD-8103");
        assertThatThrownBy(() -> sheet(sheetJson("100"))).hasMessageContaining("CD-8103");
        assertThatThrownBy(() -> sheet("{\"schemaVersion\":1,\"bogus\":1}")).hasMessageContaining("CD-8103")
                .hasMessageContaining("bogus");
        assertThatThrownBy(() -> sheet("not json")).hasMessageContaining("CD-8103");
        assertThatThrownBy(() -> sheet(sheetJson("100", item("a", "100", null)).replace("\"confidence\":\"S\"",
                "\"confidence\":\"X\""))).hasMessageContaining("CD-8103").hasMessageContaining("item a");
        assertThat(sheet(sheetJson("10", item("a", "2.5", "DIGITISED_SHARE"), item("b", "7.5", null))).maxScore())
                .isEqualTo(10);
    }

    private static TownshipReport township() {
        return Reports.township("仙降街道", List.of(
                // 10 items, 4 digitised; 5 to digitise, 2 done; 1 gap of 4 expected; 1 due.
                Reports.row("Z101", "东岙村", true, 10, 4, 5, 2, 1, List.of("CJ-2.3")),
                Reports.row("Z102", "西岙村", false, 0, 0, 0, 0, 0, List.of())),
                List.of(new RoomStatus("一号库房", "paper", 10, 1, true), new RoomStatus("二号", "paper", 10, 0, false),
                        new RoomStatus("三号", "paper", 10, 0, false), new RoomStatus("四号", "paper", 10, 0, false)));
    }

    @Test
    void automatic_items_score_from_the_figures_and_manual_items_from_the_entries() {
        InspectionSheet s = InspectionSheet.defaults();
        ManualScores m = scores("全宗号,项目,得分,说明\nZ101,arrangement,12,装订规范\nZ101,protection,８.５,\n", s);
        InspectionResult r = InspectionResult.score(s, List.of(township()), m);
        VillageScore a = r.villages().get(0);
        // collection 20 × 3/4, digitisation 15 × 2/5, custody 10 × 1, rooms 10 × 3/4, appraisal 5 × 9/10,
        // arrangement 12, protection 8.5; access-register, handover, resources not entered.
        double expected = 15 + 6 + 10 + 7.5 + 4.5 + 12 + 8.5;
        assertThat(a.total()).isEqualTo(expected);
        assertThat(a.items()).filteredOn(i -> i.item().equals("collection")).singleElement()
                .satisfies(i -> assertThat(i.basis()).isEqualTo(ItemScore.Basis.AUTO));
        assertThat(a.items()).filteredOn(i -> i.basis() == ItemScore.Basis.NOT_ENTERED).extracting(ItemScore::item)
                .containsExactly("access-register", "handover", "resources");
        assertThat(a.complete()).isFalse();
        VillageScore b = r.villages().get(1);
        // Nothing held: digitisation and appraisal have no data; the checklist is complete (0 of 4 missing), rooms 3/4.
        assertThat(b.items()).filteredOn(i -> i.basis() == ItemScore.Basis.NO_DATA).extracting(ItemScore::item)
                .containsExactly("digitisation", "appraisal");
        assertThat(b.total()).isEqualTo(20 + 7.5);
        assertThat(r.average()).hasValue((expected + 27.5) / 2);
        assertThat(r.averageByTownship()).containsEntry("仙降街道", (expected + 27.5) / 2);
        assertThat(r.findings()).hasSize(3 + 5).allSatisfy(f -> assertThat(f.code()).isEqualTo("CD-8114"));
        assertThat(r.toJson()).contains("\"kind\" : \"inspection-result\"");
        String csv = InspectionExports.csv(r, Locale.SIMPLIFIED_CHINESE);
        assertThat(csv).startsWith("\uFEFF乡镇,全宗号,村名,收集归档：应收尽收 (20)").contains("仙降街道,Z101,东岙村,15,");
        assertThat(InspectionExports.html(r, Locale.SIMPLIFIED_CHINESE)).contains("示例评分表").contains("待录入");
    }

    @Test
    void entered_scores_are_checked_against_the_sheet() {
        InspectionSheet s = InspectionSheet.defaults();
        assertThatThrownBy(() -> scores("全宗号,项目,得分\nZ101,arrangement,16\n", s)).hasMessageContaining("CD-8106")
                .hasMessageContaining("scores.csv").hasMessageContaining("line 2");
        assertThatThrownBy(() -> scores("全宗号,项目,得分\nZ101,arrangement,-1\n", s)).hasMessageContaining("CD-8106");
        assertThatThrownBy(() -> scores("全宗号,项目,得分\nZ101,collection,10\n", s)).hasMessageContaining("CD-8116");
        assertThatThrownBy(() -> scores("全宗号,项目,得分\nZ101,nope,1\n", s)).hasMessageContaining("CD-8107");
        assertThatThrownBy(() -> scores("全宗号,项目,得分\nZ101,arrangement,abc\n", s)).hasMessageContaining("CD-8105");
        assertThatThrownBy(() -> scores("全宗号,项目,得分\nZ101,arrangement,NaN\n", s)).hasMessageContaining("CD-8105");
        assertThatThrownBy(() -> scores("全宗号,项目,得分\nZ101,arrangement,1\nZ101,arrangement,2\n", s))
                .hasMessageContaining("CD-8105").hasMessageContaining("twice");
        assertThatThrownBy(() -> scores("村名,得分\n", s)).hasMessageContaining("CD-8105");
        assertThatThrownBy(() -> scores("{\"scores\":[{\"fonds\":\"Z101\",\"item\":\"handover\"}]}", s))
                .hasMessageContaining("CD-8105").hasMessageContaining("scores[0]");
        ManualScores json = scores("{\"scores\":[{\"fonds\":\"Z101\",\"item\":\"handover\",\"score\":5}]}", s);
        assertThat(json.score("Z101", "handover").orElseThrow().score()).isEqualTo(5);
        ManualScores stranger = scores("全宗号,项目,得分\nZ999,handover,5\n", s);
        assertThatThrownBy(() -> InspectionResult.score(s, List.of(township()), stranger))
                .hasMessageContaining("CD-8105").hasMessageContaining("Z999");
    }
}
