package org.cundang.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.cundang.code.CodeTemplate;
import org.cundang.retention.LegacyPeriodMapping;

/**
 * The configuration the catalogue constraints are checked against: the 档号 template (with its 门类代码 registry),
 * how legacy periods map, the accepted 密级 values, and whether a code's 年度 must be its date's year.
 *
 * <p>{@link CatalogueValidator} passes it to the constraint validators as Hibernate Validator's constraint-validator
 * payload; with another Validation provider the {@linkplain #defaults() defaults} apply. Immutable.
 *
 * @param template             the 档号 template, not null
 * @param legacyMapping        how legacy 永久/长期/短期 map to current periods, not null
 * @param acceptLegacyPeriods  whether the 保管期限 column may hold legacy terms (长期, 短期, C, D, 1, 2, 3)
 * @param classifications      the accepted 密级 values besides empty, not null
 * @param yearMustMatchDate    whether the code's 年度 must equal the year of the 日期
 */
public record CatalogueRules(CodeTemplate template, LegacyPeriodMapping legacyMapping, boolean acceptLegacyPeriods,
                             Set<String> classifications, boolean yearMustMatchDate) {

    /**
     * The default 密级 values: 公开、内部 (common practice, S) and 秘密、机密、绝密 (the three state-secret levels of the
     * 保守国家秘密法).
     */
    public static final Set<String> DEFAULT_CLASSIFICATIONS = Set.of("公开", "内部", "秘密", "机密", "绝密");

    private static final CatalogueRules DEFAULTS = new CatalogueRules(CodeTemplate.daT22(),
            LegacyPeriodMapping.defaults(), false, DEFAULT_CLASSIFICATIONS, true);

    /** Validates and copies the fields. */
    public CatalogueRules {
        requireNonNull(template, "template");
        requireNonNull(legacyMapping, "legacyMapping");
        classifications = Set.copyOf(requireNonNull(classifications, "classifications"));
    }

    /** DA/T 22-2015 codes, current periods only, the default 密级 values, 年度 = year of the 日期. */
    public static CatalogueRules defaults() {
        return DEFAULTS;
    }

    /** A copy with another template. */
    public CatalogueRules withTemplate(CodeTemplate newTemplate) {
        return new CatalogueRules(newTemplate, legacyMapping, acceptLegacyPeriods, classifications, yearMustMatchDate);
    }

    /** A copy that accepts legacy periods, mapped with {@code mapping}. */
    public CatalogueRules withLegacyPeriods(LegacyPeriodMapping mapping) {
        return new CatalogueRules(template, mapping, true, classifications, yearMustMatchDate);
    }

    /** A copy with other 密级 values. */
    public CatalogueRules withClassifications(Set<String> values) {
        return new CatalogueRules(template, legacyMapping, acceptLegacyPeriods, values, yearMustMatchDate);
    }

    /** A copy that does or does not require the code's 年度 to be the year of the 日期. */
    public CatalogueRules withYearMustMatchDate(boolean required) {
        return new CatalogueRules(template, legacyMapping, acceptLegacyPeriods, classifications, required);
    }
}
