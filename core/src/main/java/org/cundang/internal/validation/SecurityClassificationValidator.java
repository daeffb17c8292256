package org.cundang.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.cundang.catalog.SecurityClassification;
import org.jspecify.annotations.Nullable;

/** Checks {@link SecurityClassification}. */
public final class SecurityClassificationValidator
        implements ConstraintValidator<SecurityClassification, CharSequence> {
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String s = value.toString().strip();
        return s.isEmpty() || Payloads.rules(context).classifications().contains(s);
    }
}
