package org.cundang.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.cundang.catalog.ValidArchivalCode;
import org.jspecify.annotations.Nullable;

/** Checks {@link ValidArchivalCode}. */
public final class ArchivalCodeValidator implements ConstraintValidator<ValidArchivalCode, CharSequence> {
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return value == null || Payloads.rules(context).template().isValid(value.toString().strip());
    }
}
