package org.cundang.catalog;

import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a 档号 of the configured template (DA/T 22-2015 by default, see {@link CatalogueRules}).
 * Null is valid (combine with {@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = org.cundang.internal.validation.ArchivalCodeValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE})
@Retention(RUNTIME)
public @interface ValidArchivalCode {
    /** The message template. */
    String message() default "{org.cundang.catalog.ValidArchivalCode.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
