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
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        CatalogueRules rules = Payloads.rules(context);
        return rules.acceptLegacyPeriods()
                ? rules.legacyMapping().resolve(value, null).isPresent()
                : RetentionPeriod.tryParse(value).isPresent();
    }
}
