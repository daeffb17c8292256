package org.cundang.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.cundang.catalog.CatalogueRules;
import org.cundang.catalog.SecurityClassification;
import org.jspecify.annotations.Nullable;

/** Checks {@link SecurityClassification}. */
public final class SecurityClassificationValidator
        implements ConstraintValidator<SecurityClassification, CharSequence> {
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
        if (value == null) {
            return true;
        }
        String s = value.toString().strip();
        return s.isEmpty() || rules.classifications().contains(s);
    }
}
