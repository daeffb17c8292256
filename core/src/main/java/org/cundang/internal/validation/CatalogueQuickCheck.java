package org.cundang.internal.validation;

import java.util.List;
import java.util.Optional;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.catalog.CatalogueRules;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CodeException;
import org.jspecify.annotations.Nullable;

/**
 * A fast, conservative pre-check of a {@link CatalogueEntry}: answers true only when every Jakarta Validation
 * constraint declared on the entry holds, evaluating each with the same rule the constraint's validator uses (the
 * {@code valid}/{@code …Differs} methods of this package) or, for the built-in constraints, their specified
 * semantics ({@code @NotNull}, {@code @Positive}, {@code @Max}, {@code @NotBlank} as {@code trim()} non-empty,
 * {@code @Size(max)} on {@code length()}). A row it accepts would give Hibernate Validator no violation; any other
 * row is validated in full, so Jakarta Validation stays the definition of the findings (transfer-package.md §7).
 *
 * <p>{@link #CONSTRAINTS} lists what is covered; a test compares it with the constraint metadata Hibernate
 * Validator reports for {@link CatalogueEntry}, so a constraint added to the entry cannot be silently skipped.
 * Stateless and thread-safe.
 */
public final class CatalogueQuickCheck {

    /**
     * The constraints covered, as {@code property:ConstraintSimpleName[(max)]} ({@code entry} for the class-level
     * one), the form the metadata test compares.
     */
    public static final List<String> CONSTRAINTS = List.of(
            "entry:CodeAgreesWithRow",
            "sequence:NotNull", "sequence:Positive",
            "code:NotBlank", "code:ValidArchivalCode",
            "documentNumber:Size(" + CatalogueEntry.MAX_SHORT + ")", "documentNumber:NoControlCharacters",
            "responsible:NotBlank", "responsible:Size(" + CatalogueEntry.MAX_SHORT + ")",
            "responsible:NoControlCharacters",
            "title:NotBlank", "title:Size(" + CatalogueEntry.MAX_TITLE + ")", "title:NoControlCharacters",
            "date:NotBlank", "date:CatalogueDate",
            "classification:SecurityClassification",
            "pages:NotNull", "pages:Positive", "pages:Max(" + CatalogueEntry.MAX_PAGES + ")",
            "period:NotBlank", "period:ValidRetentionPeriod",
            "remarks:Size(" + CatalogueEntry.MAX_REMARKS + ")", "remarks:NoControlCharacters",
            "scheduleEntry:Size(" + CatalogueEntry.MAX_SHORT + ")", "scheduleEntry:NoControlCharacters");

    private CatalogueQuickCheck() {
    }

    /**
     * Whether every constraint on the entry holds.
     *
     * @param e      the entry
     * @param rules  the rules the validator was configured with
     * @param parsed the entry's 档号 already parsed with {@code rules.template()} from its stripped text (empty when
     *               it does not parse), or null to parse here
     * @return true when full validation would report nothing; false when it may report something
     */
    public static boolean passes(CatalogueEntry e, CatalogueRules rules, @Nullable Optional<ArchivalCode> parsed) {
        Integer seq = e.sequence();
        Integer pages = e.pages();
        if (seq == null || seq <= 0 || pages == null || pages <= 0 || pages > CatalogueEntry.MAX_PAGES) {
            return false;
        }
        if (!text(e.documentNumber(), false, CatalogueEntry.MAX_SHORT)
                || !text(e.responsible(), true, CatalogueEntry.MAX_SHORT)
                || !text(e.title(), true, CatalogueEntry.MAX_TITLE)
                || !text(e.remarks(), false, CatalogueEntry.MAX_REMARKS)
                || !text(e.scheduleEntry(), false, CatalogueEntry.MAX_SHORT)) {
            return false;
        }
        String code = e.code();
        String date = e.date();
        String period = e.period();
        if (!notBlank(code) || !notBlank(date) || !notBlank(period)) {
            return false;
        }
        Optional<ArchivalCode> c = parsed != null ? parsed : parse(code, rules);
        if (c.isEmpty() || !CatalogueDateValidator.valid(date)
                || !SecurityClassificationValidator.valid(e.classification(), rules)
                || !RetentionPeriodValidator.valid(period, rules)) {
            return false;
        }
        return !CodeAgreesWithRowValidator.yearDiffers(e, rules, c.get())
                && !CodeAgreesWithRowValidator.periodDiffers(e, rules, c.get());
    }

    private static Optional<ArchivalCode> parse(String code, CatalogueRules rules) {
        try {
            return Optional.of(rules.template().parse(code.strip()));
        } catch (CodeException ex) {
            return Optional.empty();
        }
    }

    /** {@code @NotBlank} (if required), {@code @Size(max)} and {@code @NoControlCharacters}. */
    private static boolean text(@Nullable String s, boolean required, int max) {
        if (s == null) {
            return !required;
        }
        return (!required || notBlank(s)) && s.length() <= max && NoControlCharactersValidator.firstBadIndex(s) < 0;
    }

    /** Hibernate Validator's {@code @NotBlank}: not null and not empty after {@code trim()}. */
    private static boolean notBlank(@Nullable String s) {
        return s != null && !s.trim().isEmpty();
    }
}
