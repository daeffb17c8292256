package org.cundang.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.cundang.catalog.CatalogueRules;
import org.cundang.catalog.ValidArchivalCode;
import org.jspecify.annotations.Nullable;

/** Checks {@link ValidArchivalCode}. */
public final class ArchivalCodeValidator implements ConstraintValidator<ValidArchivalCode, CharSequence> {
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return valid(value, Payloads.rules(context));
    }

    /**
     * The constraint's rule, shared with {@link CatalogueQuickCheck}.
     *
     * @param value the value, may be null (valid)
     * @param rules the rules
     * @return whether the value is valid
     */
    public static boolean valid(@Nullable CharSequence value, CatalogueRules rules) {
        return value == null || rules.template().isValid(value.toString().strip());
    }
}
