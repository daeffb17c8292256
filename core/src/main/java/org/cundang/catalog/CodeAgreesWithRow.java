package org.cundang.catalog;

import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A catalogue entry's 档号 agrees with its row: its 年度 is the year of the 日期 (when
 * {@link CatalogueRules#yearMustMatchDate()}) and its 保管期限 is the row's 保管期限 (DA/T 22-2015 5.4.2). Entries whose
 * code, date or period do not parse are left to those fields' own constraints.
 */
@Documented
@Constraint(validatedBy = org.cundang.internal.validation.CodeAgreesWithRowValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CodeAgreesWithRow {
    /** The message template. */
    String message() default "{org.cundang.catalog.CodeAgreesWithRow.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
