package org.cundang.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.cundang.Finding;
import org.cundang.Severity;
import org.cundang.code.CodeTemplate;
import org.cundang.retention.LegacyPeriodMapping;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogueValidatorTest {

    static final CatalogueValidator VALIDATOR = CatalogueValidator.withDefaults();

    static CatalogueEntry valid() {
        return new CatalogueEntry(1, "Z109-WS·2011-Y-BGS-0001", "瑞政〔2011〕12号", "某某镇人民政府",
                "关于村级档案管理工作的通知", "20110315", "", 3, "Y", "", "township-2021/1.1");
    }

    static CatalogueEntry with(String field, Object value) {
        CatalogueEntry e = valid();
        return new CatalogueEntry(
                field.equals("sequence") ? (Integer) value : e.sequence(),
                field.equals("code") ? (String) value : e.code(),
                field.equals("documentNumber") ? (String) value : e.documentNumber(),
                field.equals("responsible") ? (String) value : e.responsible(),
                field.equals("title") ? (String) value : e.title(),
                field.equals("date") ? (String) value : e.date(),
                field.equals("classification") ? (String) value : e.classification(),
                field.equals("pages") ? (Integer) value : e.pages(),
                field.equals("period") ? (String) value : e.period(),
                field.equals("remarks") ? (String) value : e.remarks(),
                field.equals("scheduleEntry") ? (String) value : e.scheduleEntry());
    }

    static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void a_complete_entry_is_valid() {
        assertThat(VALIDATOR.validate(valid())).isEmpty();
        assertThat(VALIDATOR.requireValid(valid())).isEqualTo(valid());
    }

    @Test
    void iso_dates_and_labels_are_accepted() {
        assertThat(VALIDATOR.validate(with("date", "2011-03-15"))).isEmpty();
        assertThat(VALIDATOR.validate(with("period", "永久"))).isEmpty();
    }

    @Nested
    class Each_constraint_has_its_code {

        @Test
        void missing_values() {
            List<Finding> f = VALIDATOR.validate(new CatalogueEntry(null, null, null, null, null, null, null, null,
                    null, null, null));
            assertThat(codes(f)).containsOnly("CD-3001");
            assertThat(f).extracting(x -> x.details().get("field"))
                    .contains("sequence", "code", "responsible", "title", "date", "pages", "period");
            assertThat(f).allMatch(x -> x.severity() == Severity.ERROR);
        }

        @Test
        void blank_title() {
            assertThat(codes(VALIDATOR.validate(with("title", "   ")))).containsExactly("CD-3001");
        }

        @Test
        void too_long_title() {
            List<Finding> f = VALIDATOR.validate(with("title", "题".repeat(CatalogueEntry.MAX_TITLE + 1)));
            assertThat(codes(f)).containsExactly("CD-3002");
            assertThat(f.get(0).message().en()).contains("Title").contains("1000");
            assertThat(f.get(0).message().zh()).contains("题名").contains("1000");
        }

        @Test
        void numbers_out_of_range() {
            assertThat(codes(VALIDATOR.validate(with("sequence", 0)))).containsExactly("CD-3003");
            assertThat(codes(VALIDATOR.validate(with("pages", -1)))).containsExactly("CD-3003");
            assertThat(codes(VALIDATOR.validate(with("pages", CatalogueEntry.MAX_PAGES + 1))))
                    .containsExactly("CD-3003");
        }

        @Test
        void bad_code() {
            List<Finding> f = VALIDATOR.validate(with("code", "Z109-WS·11-Y-BGS-0001"));
            assertThat(codes(f)).containsExactly("CD-3004");
            assertThat(f.get(0).details()).containsEntry("value", "Z109-WS·11-Y-BGS-0001");
        }

        @Test
        void bad_dates() {
            for (String d : List.of("2011/03/15", "20110230", "110315", "2011-3-15", "二〇一一年")) {
                assertThat(codes(VALIDATOR.validate(with("date", d)))).as(d).containsExactly("CD-3005");
            }
        }

        @Test
        void bad_period() {
            assertThat(codes(VALIDATOR.validate(with("period", "X")))).containsExactly("CD-3006");
        }

        @Test
        void legacy_period_is_refused_by_default_and_accepted_when_configured() {
            CatalogueEntry legacy = new CatalogueEntry(1, "Z109-WS·2011-D30-BGS-0001", "", "村委会", "题名",
                    "20110315", "", 1, "长期", "", null);
            assertThat(codes(VALIDATOR.validate(legacy))).containsExactly("CD-3006");
            CatalogueValidator lenient = CatalogueValidator.of(
                    CatalogueRules.defaults().withLegacyPeriods(LegacyPeriodMapping.defaults()));
            assertThat(lenient.validate(legacy)).isEmpty();
        }

        @Test
        void unknown_classification() {
            assertThat(codes(VALIDATOR.validate(with("classification", "机要")))).containsExactly("CD-3007");
            assertThat(VALIDATOR.validate(with("classification", "秘密"))).isEmpty();
        }

        @Test
        void control_characters_and_bidi_overrides() {
            assertThat(codes(VALIDATOR.validate(with("title", "通知\u0000")))).containsExactly("CD-3008");
            assertThat(codes(VALIDATOR.validate(with("title", "通知\u202E知通")))).containsExactly("CD-3008");
            assertThat(codes(VALIDATOR.validate(with("responsible", "村委\uD800会")))).containsExactly("CD-3008");
            assertThat(VALIDATOR.validate(with("title", "含扩展字𠀀的题名"))).isEmpty();
        }

        @Test
        void year_of_code_differs_from_date() {
            List<Finding> f = VALIDATOR.validate(with("date", "20120315"));
            assertThat(codes(f)).containsExactly("CD-3009");
            assertThat(f.get(0).details()).containsEntry("field", "date");
        }

        @Test
        void year_check_can_be_turned_off() {
            CatalogueValidator v = CatalogueValidator.of(CatalogueRules.defaults().withYearMustMatchDate(false));
            assertThat(v.validate(with("date", "20120315"))).isEmpty();
        }

        @Test
        void period_of_code_differs_from_row() {
            List<Finding> f = VALIDATOR.validate(with("period", "D10"));
            assertThat(codes(f)).containsExactly("CD-3010");
            assertThat(f.get(0).details()).containsEntry("field", "period");
        }
    }

    @Test
    void every_violation_is_reported_not_only_the_first() {
        CatalogueEntry bad = new CatalogueEntry(0, "nonsense", "", "", "题名\u0007", "2011-13-01", "机要", 0,
                "X", "", null);
        assertThat(codes(VALIDATOR.validate(bad)))
                .contains("CD-3003", "CD-3004", "CD-3001", "CD-3008", "CD-3005", "CD-3007", "CD-3006");
    }

    @Test
    void require_valid_names_every_violation() {
        assertThatThrownBy(() -> VALIDATOR.requireValid(with("date", "bad")))
                .isInstanceOfSatisfying(CatalogueException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-3000");
                    assertThat(e.findings()).extracting(Finding::code).containsExactly("CD-3005");
                    assertThat(e.getMessage()).contains("CD-3005");
                });
    }

    @Test
    void a_host_factory_gets_the_configured_rules() {
        try (ValidatorFactory host = Validation.buildDefaultValidatorFactory()) {
            CatalogueValidator v = CatalogueValidator.of(
                    CatalogueRules.defaults().withClassifications(Set.of("机要")), host);
            assertThat(v.validate(with("classification", "机要"))).isEmpty();
            assertThat(codes(v.validate(with("classification", "秘密")))).containsExactly("CD-3007");
        }
    }

    @Test
    void the_plain_validator_uses_the_defaults_and_our_messages() {
        try (ValidatorFactory host = Validation.buildDefaultValidatorFactory()) {
            var violations = host.getValidator().validate(with("code", "bad"));
            assertThat(violations).hasSize(1);
            assertThat(violations.iterator().next().getMessage()).isNotBlank()
                    .doesNotContain("{org.cundang");
        }
    }

    @Test
    void legacy_volume_template_can_be_configured() {
        CatalogueValidator v = CatalogueValidator.of(
                CatalogueRules.defaults().withTemplate(CodeTemplate.legacyVolume()));
        assertThat(v.validate(with("code", "0134-001-0001-001"))).isEmpty();
        assertThat(codes(v.validate(valid()))).containsExactly("CD-3004");
    }
}
