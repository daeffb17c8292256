package org.cundang.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Optional;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.catalog.CatalogueRules;
import org.cundang.catalog.CodeAgreesWithRow;
import org.cundang.code.ArchivalCode;
import org.cundang.retention.RetentionPeriod;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link CodeAgreesWithRow}: reports a year mismatch on {@code date} (template
 * {@code {org.cundang.catalog.CodeAgreesWithRow.year}}) and a period mismatch on {@code period}
 * ({@code {org.cundang.catalog.CodeAgreesWithRow.period}}).
 */
public final class CodeAgreesWithRowValidator implements ConstraintValidator<CodeAgreesWithRow, CatalogueEntry> {

    /** Message template of a year mismatch. */
    public static final String YEAR = "{org.cundang.catalog.CodeAgreesWithRow.year}";
    /** Message template of a period mismatch. */
    public static final String PERIOD = "{org.cundang.catalog.CodeAgreesWithRow.period}";

    @Override
    public boolean isValid(@Nullable CatalogueEntry entry, ConstraintValidatorContext context) {
        if (entry == null) {
            return true;
        }
        CatalogueRules rules = Payloads.rules(context);
        Optional<ArchivalCode> code = entry.archivalCode(rules.template());
        if (code.isEmpty()) {
            return true;
        }
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        if (yearDiffers(entry, rules, code.get())) {
            context.buildConstraintViolationWithTemplate(YEAR).addPropertyNode("date").addConstraintViolation();
            valid = false;
        }
        if (periodDiffers(entry, rules, code.get())) {
            context.buildConstraintViolationWithTemplate(PERIOD).addPropertyNode("period").addConstraintViolation();
            valid = false;
        }
        return valid;
    }

    /**
     * Whether the code's 年度 differs from the year of the entry's 日期 (when the rules demand they match); shared
     * with {@link CatalogueQuickCheck}.
     *
     * @param entry the entry
     * @param rules the rules
     * @param code  the entry's parsed 档号
     * @return true when this constraint reports the date
     */
    public static boolean yearDiffers(CatalogueEntry entry, CatalogueRules rules, ArchivalCode code) {
        if (!rules.yearMustMatchDate() || code.year().isEmpty()) {
            return false;
        }
        Optional<LocalDate> date = entry.parsedDate();
        return date.isPresent() && code.year().getAsInt() != date.get().getYear();
    }

    /**
     * Whether the entry's 保管期限 differs from the one in its code; shared with {@link CatalogueQuickCheck}.
     *
     * @param entry the entry
     * @param rules the rules
     * @param code  the entry's parsed 档号
     * @return true when this constraint reports the period
     */
    public static boolean periodDiffers(CatalogueEntry entry, CatalogueRules rules, ArchivalCode code) {
        if (code.period().isEmpty()) {
            return false;
        }
        Optional<RetentionPeriod> period = entry.retentionPeriod(rules.legacyMapping());
        return period.isPresent() && !period.get().equals(code.period().get());
    }
}
