package org.cundang.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.cundang.catalog.CatalogueRules;
import org.cundang.catalog.ValidRetentionPeriod;
import org.cundang.retention.RetentionPeriod;
import org.jspecify.annotations.Nullable;

/** Checks {@link ValidRetentionPeriod}. */
public final class RetentionPeriodValidator implements ConstraintValidator<ValidRetentionPeriod, CharSequence> {
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
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        return rules.acceptLegacyPeriods()
                ? rules.legacyMapping().resolve(value, null).isPresent()
                : RetentionPeriod.tryParse(value).isPresent();
    }
}
