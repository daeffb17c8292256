package org.cundang.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.catalog.CatalogueRules;
import org.cundang.catalog.CatalogueValidator;
import org.cundang.code.CodeTemplate;
import org.cundang.retention.LegacyPeriodMapping;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

class CatalogueQuickCheckTest {

    static final CatalogueRules STRICT = CatalogueRules.defaults();
    static final CatalogueRules TRANSFER = CatalogueRules.defaults().withTemplate(CodeTemplate.daT22())
            .withLegacyPeriods(LegacyPeriodMapping.defaults());
    static final CatalogueRules LOOSE = TRANSFER.withYearMustMatchDate(false).withClassifications(
            java.util.Set.of("公开", "机要"));
    static final List<CatalogueRules> RULES = List.of(STRICT, TRANSFER, LOOSE);
    static final List<CatalogueValidator> VALIDATORS = RULES.stream().map(CatalogueValidator::of).toList();

    static CatalogueEntry clean() {
        return new CatalogueEntry(1, "Z109-WS·2023-D10-0001", "", "某村村民委员会", "村务公开材料", "20230601", "", 1,
                "D10", "", null);
    }

    @Test
    void covers_exactly_the_constraints_hibernate_validator_reports_for_the_entry() {
        Validator v = Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory()
                .getValidator();
        BeanDescriptor d = v.getConstraintsForClass(CatalogueEntry.class);
        List<String> found = new ArrayList<>();
        d.getConstraintDescriptors().forEach(c -> found.add("entry:" + name(c)));
        d.getConstrainedProperties().forEach(p -> p.getConstraintDescriptors()
                .forEach(c -> found.add(p.getPropertyName() + ":" + name(c))));
        assertThat(found).containsExactlyInAnyOrderElementsOf(CatalogueQuickCheck.CONSTRAINTS);
    }

    private static String name(ConstraintDescriptor<?> c) {
        String n = c.getAnnotation().annotationType().getSimpleName();
        Object max = c.getAttributes().get("max");
        Object value = c.getAttributes().get("value");
        if (n.equals("Size")) {
            return n + "(" + max + ")";
        }
        if (n.equals("Max")) {
            return n + "(" + value + ")";
        }
        return n;
    }

    @Test
    void a_clean_entry_passes_and_each_kind_of_defect_does_not() {
        assertThat(CatalogueQuickCheck.passes(clean(), STRICT, null)).isTrue();
        CatalogueEntry e = clean();
        assertThat(CatalogueQuickCheck.passes(new CatalogueEntry(0, e.code(), "", "责任者", "题名", "20230601", "", 1,
                "D10", "", null), STRICT, null)).isFalse();
        assertThat(CatalogueQuickCheck.passes(new CatalogueEntry(1, e.code(), "", "责任者", " ", "20230601", "",
                1, "D10", "", null), STRICT, null)).as("blank title").isFalse();
        assertThat(CatalogueQuickCheck.passes(new CatalogueEntry(1, "Z109-WS·2022-D10-0001", "", "责任者", "题名",
                "20230601", "", 1, "D10", "", null), STRICT, null)).as("year differs").isFalse();
    }

    /** The quick check agrees with full Jakarta Validation: true exactly when it reports nothing. */
    @Property(tries = 400)
    void passes_exactly_when_full_validation_reports_nothing(@ForAll("entries") CatalogueEntry e,
                                                             @ForAll("ruleIndex") int rules) {
        boolean quick = CatalogueQuickCheck.passes(e, RULES.get(rules), null);
        boolean full = VALIDATORS.get(rules).validate(e).isEmpty();
        assertThat(quick).as("quick check of %s", e).isEqualTo(full);
        Optional<org.cundang.code.ArchivalCode> parsed = Optional.ofNullable(e.code()).map(String::strip)
                .filter(RULES.get(rules).template()::isValid).map(RULES.get(rules).template()::parse);
        assertThat(CatalogueQuickCheck.passes(e, RULES.get(rules), parsed)).isEqualTo(quick);
    }

    @Provide
    Arbitrary<Integer> ruleIndex() {
        return Arbitraries.integers().between(0, RULES.size() - 1);
    }

    @Provide
    Arbitrary<CatalogueEntry> entries() {
        Arbitrary<Integer> numbers = Arbitraries.oneOf(Arbitraries.integers().between(1, 100_000),
                Arbitraries.of(0, -1, 100_001, Integer.MAX_VALUE), Arbitraries.just(null));
        Arbitrary<String> codes = Arbitraries.of("Z109-WS·2023-D10-0001", "Z109-WS·2023-Y-0002",
                "Z109-WS·2022-D10-0003",
                "Z109-WS·2023-D30-0004", " Z109-WS·2023-D10-0005 ", "Z109-WS·2023-D10-00A1", "", "  ", "\u3000", "x",
                "Z109-KJ·2023-D30-0001", "Z109-WS·1990-C-0001");
        Arbitrary<String> texts = Arbitraries.oneOf(Arbitraries.of("", " ", "\u3000", "某村", "a\u0007b", "\u202Ex",
                "\uD800", "题名\uFEFF", "\uFEFF题名", "=cmd|' /C calc'!A0", "x".repeat(200), "x".repeat(201),
                "x".repeat(1000), "x".repeat(1001), "x".repeat(2001)), Arbitraries.strings().ofMaxLength(12),
                Arbitraries.just(null));
        Arbitrary<String> dates = Arbitraries.of("20230601", "2023-06-01", "20220601", "20231301", "2023-6-1", "",
                " ", "\u3000", "2023", "２０２３０６０１");
        Arbitrary<String> classes = Arbitraries.of("", "公开", "秘密", "机要", " 内部 ", "x");
        Arbitrary<String> periods = Arbitraries.of("D10", "D30", "Y", "永久", "长期", "短期", "C", "", "\u3000", "d10",
                "D 10", "10年");
        return Combinators.combine(List.of(numbers.asGeneric(), codes.asGeneric(), texts.asGeneric(),
                texts.asGeneric(), texts.asGeneric(), dates.asGeneric(), classes.asGeneric(), numbers.asGeneric(),
                periods.asGeneric(), texts.asGeneric(), texts.asGeneric())).as(v -> new CatalogueEntry(
                (Integer) v.get(0), (String) v.get(1), (String) v.get(2), (String) v.get(3), (String) v.get(4),
                (String) v.get(5), (String) v.get(6), (Integer) v.get(7), (String) v.get(8), (String) v.get(9),
                (String) v.get(10)));
    }
}
