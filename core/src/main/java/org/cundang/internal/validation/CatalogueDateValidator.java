package org.cundang.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.cundang.catalog.CatalogueDate;
import org.cundang.catalog.CatalogueDates;
import org.jspecify.annotations.Nullable;

/** Checks {@link CatalogueDate}. */
public final class CatalogueDateValidator implements ConstraintValidator<CatalogueDate, CharSequence> {
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return valid(value);
    }

    /**
     * The constraint's rule, shared with {@link CatalogueQuickCheck}.
     *
     * @param value the value, may be null (valid)
     * @return whether the value is valid
     */
    public static boolean valid(@Nullable CharSequence value) {
        return value == null || value.toString().isBlank() || CatalogueDates.parse(value).isPresent();
    }
}
