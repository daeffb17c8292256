package org.cundang.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cundang.Finding;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionPeriod;
import org.cundang.retention.RetentionStatus;
import org.junit.jupiter.api.Test;

class CustodyDocumentsTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("<script>alert(1)</script>", "'; DROP TABLE cd_items; --", "𠀀😀", "=cmd|' /C calc'!A0",
                        "\"quoted\"\\back", "换行\n制表\t"));
    }

    @Property(tries = 200)
    void appraisalReportRoundTripsThroughJson(@ForAll("texts") String title, @ForAll("texts") String reason,
                                              @ForAll("texts") String member) {
        AppraisalReport r = new AppraisalReport("A-1", LocalDate.of(2026, 3, 2), "Z109", "上林村",
                List.of(member, "王档案"), List.of(
                new AppraisalReport.Item("Z109-WS·2010-D10-BGS-0001", title, 2010, RetentionPeriod.D10,
                        new AppraisalDecision.Keep(RetentionPeriod.D30, reason)),
                new AppraisalReport.Item("Z109-WS·2010-D10-BGS-0002", title, 2010, RetentionPeriod.D10,
                        new AppraisalDecision.Destroy(reason))), reason);
        assertThat(AppraisalReport.fromJson(r.toJson())).isEqualTo(r);
        assertThat(CustodyReports.appraisal(r)).doesNotContain("<script>");
    }

    @Property(tries = 200)
    void destructionCertificateRoundTripsThroughJson(@ForAll("texts") String title, @ForAll("texts") String who) {
        DestructionList l = new DestructionList(List.of(new DestructionList.Entry(title, "Z109-KJ·2010-D10-0001",
                2010, 2010, RetentionPeriod.D10, true, RetentionStatus.DUE_FOR_APPRAISAL,
                List.of(new RetentionHold("纠纷", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1))),
                new AppraisalDecision.Destroy("到期"))), who, "档案员", null, List.of(who, "乙"), List.of(who),
                List.of());
        DestructionCertificate c = new DestructionCertificate("D-1", "Z109", who, "A-1", LocalDate.of(2026, 4, 1),
                "粉碎", who, l);
        assertThat(DestructionCertificate.fromJson(c.toJson())).isEqualTo(c);
        assertThat(CustodyReports.destruction(c)).doesNotContain("<script>");
    }

    @Test
    void reportChecksNameEveryProblem() {
        AppraisalReport r = new AppraisalReport("A-1", LocalDate.of(2026, 3, 2), "Z109", "上林村", List.of("王"),
                List.of(new AppraisalReport.Item("C-1", "t", 2010, RetentionPeriod.D30,
                                new AppraisalDecision.Keep(RetentionPeriod.D10, "")),
                        new AppraisalReport.Item("C-1", "t", 2010, RetentionPeriod.D30,
                                new AppraisalDecision.Destroy("到期"))), "");
        assertThat(r.check()).extracting(Finding::code).containsExactly("CD-8021", "CD-8024", "CD-8023", "CD-8019");
        AppraisalReport empty = new AppraisalReport("A-2", LocalDate.of(2026, 3, 2), "Z109", "上林村",
                List.of("甲", "乙"), List.of(), "");
        assertThat(empty.check()).extracting(Finding::code).containsExactly("CD-8022");
    }

    @Test
    void destructionPageHasTheColumnsTheRulesName() {
        DestructionList l = new DestructionList(List.of(new DestructionList.Entry("记账凭证", "Z109-KJ·2010-D10-0001",
                2010, 2010, RetentionPeriod.D10, true, RetentionStatus.DUE_FOR_APPRAISAL, List.of(),
                new AppraisalDecision.Destroy("到期"))), "村主任", "档案员", "会计", List.of("甲", "乙"),
                List.of("甲", "乙"), List.of("甲", "乙"));
        String page = CustodyReports.destruction(new DestructionCertificate("D-1", "Z109", "上林村", "A-1",
                LocalDate.of(2026, 4, 1), "粉碎", "档案室", l));
        assertThat(page).contains("名称", "档号", "起止年度", "应保管期限", "已保管期限", "销毁时间", "15 年", "2026-04-01",
                "监销人", "Content-Security-Policy");
    }
}
