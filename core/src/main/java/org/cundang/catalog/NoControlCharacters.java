package org.cundang.catalog;

import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text holds no control characters (C0, DEL, C1), no bidirectional overrides and no unpaired
 * surrogates: such characters hide text in reports and break printed catalogues. Null is valid.
 */
@Documented
@Constraint(validatedBy = org.cundang.internal.validation.NoControlCharactersValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE})
@Retention(RUNTIME)
public @interface NoControlCharacters {
    /** The message template. */
    String message() default "{org.cundang.catalog.NoControlCharacters.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
