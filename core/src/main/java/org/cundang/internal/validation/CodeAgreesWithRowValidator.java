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
        Optional<LocalDate> date = entry.parsedDate();
        if (rules.yearMustMatchDate() && date.isPresent() && code.get().year().isPresent()
                && code.get().year().getAsInt() != date.get().getYear()) {
            context.buildConstraintViolationWithTemplate(YEAR).addPropertyNode("date").addConstraintViolation();
            valid = false;
        }
        Optional<RetentionPeriod> period = entry.retentionPeriod(rules.legacyMapping());
        if (period.isPresent() && code.get().period().isPresent() && !period.get().equals(code.get().period().get())) {
            context.buildConstraintViolationWithTemplate(PERIOD).addPropertyNode("period").addConstraintViolation();
            valid = false;
        }
        return valid;
    }
}
