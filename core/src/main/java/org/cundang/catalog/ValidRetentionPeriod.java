package org.cundang.catalog;

import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a 保管期限: a current code or label, or (when {@link CatalogueRules#acceptLegacyPeriods()})
 * a legacy term mapped by the configured {@code LegacyPeriodMapping}. Null is valid.
 */
@Documented
@Constraint(validatedBy = org.cundang.internal.validation.RetentionPeriodValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE})
@Retention(RUNTIME)
public @interface ValidRetentionPeriod {
    /** The message template. */
    String message() default "{org.cundang.catalog.ValidRetentionPeriod.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
