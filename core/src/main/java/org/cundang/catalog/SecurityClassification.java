package org.cundang.catalog;

import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is empty or one of the configured 密级 values (default 公开、内部、秘密、机密、绝密; see
 * {@link CatalogueRules#classifications()}). Null is valid.
 */
@Documented
@Constraint(validatedBy = org.cundang.internal.validation.SecurityClassificationValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE})
@Retention(RUNTIME)
public @interface SecurityClassification {
    /** The message template. */
    String message() default "{org.cundang.catalog.SecurityClassification.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
