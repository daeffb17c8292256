package org.cundang.internal.validation;

import jakarta.validation.ConstraintValidatorContext;
import org.cundang.catalog.CatalogueRules;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Reads the {@link CatalogueRules} passed as Hibernate Validator's payload; defaults with other providers. */
final class Payloads {

    private Payloads() {
    }

    static CatalogueRules rules(ConstraintValidatorContext context) {
        try {
            CatalogueRules rules = context.unwrap(HibernateConstraintValidatorContext.class)
                    .getConstraintValidatorPayload(CatalogueRules.class);
            return rules == null ? CatalogueRules.defaults() : rules;
        } catch (RuntimeException | LinkageError e) {
            return CatalogueRules.defaults();
        }
    }
}
