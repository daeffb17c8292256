package org.cundang.catalog;

import static java.util.Objects.requireNonNull;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cundang.Finding;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;
import org.cundang.Severity;
import org.cundang.internal.validation.CodeAgreesWithRowValidator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;

/**
 * Validates {@link CatalogueEntry catalogue entries} with Jakarta Validation and returns every violation as a
 * {@link Finding} with a permanent code and a message in Chinese and English (STYLE.md 11: accumulate, never stop at
 * the first).
 *
 * <p>By default Hibernate Validator is bootstrapped once per instance; a host system may pass its own
 * {@link ValidatorFactory} (a Spring Boot 3 host brings Validation 3.0 / Hibernate Validator 8). With Hibernate
 * Validator, the configured {@link CatalogueRules} reach the constraint validators as payload; with another provider
 * the constraints use {@link CatalogueRules#defaults()}.
 *
 * <p>Finding codes: CD-3001 missing value, CD-3002 too long, CD-3003 number out of range, CD-3004 not a 档号,
 * CD-3005 not a date, CD-3006 not a 保管期限, CD-3007 unknown 密级, CD-3008 control characters, CD-3009 年度 differs from
 * the date's year, CD-3010 保管期限 differs from the code's, CD-3099 another constraint. Thread-safe.
 */
public final class CatalogueValidator {

    private static final MessageCatalog MESSAGES = MessageCatalog.load(CatalogueValidator.class, "catalog");

    private final Validator validator;
    private final CatalogueRules rules;

    private CatalogueValidator(Validator validator, CatalogueRules rules) {
        this.validator = validator;
        this.rules = rules;
    }

    /** A validator with {@link CatalogueRules#defaults()} on a Hibernate Validator of its own. */
    public static CatalogueValidator withDefaults() {
        return of(CatalogueRules.defaults());
    }

    /**
     * A validator with the given rules on a Hibernate Validator of its own.
     *
     * @param rules the rules, not null
     * @return the validator
     */
    public static CatalogueValidator of(CatalogueRules rules) {
        requireNonNull(rules, "rules");
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .buildValidatorFactory();
        return of(rules, factory);
    }

    /**
     * A validator on the host's factory.
     *
     * @param rules   the rules, not null
     * @param factory the host's validator factory, not null; the caller keeps ownership and closes it
     * @return the validator
     */
    public static CatalogueValidator of(CatalogueRules rules, ValidatorFactory factory) {
        requireNonNull(rules, "rules");
        requireNonNull(factory, "factory");
        Validator v;
        try {
            v = factory.unwrap(HibernateValidatorFactory.class).usingContext()
                    .constraintValidatorPayload(rules).getValidator();
        } catch (RuntimeException | LinkageError e) {
            v = factory.getValidator();
        }
        return new CatalogueValidator(v, rules);
    }

    /** The rules the constraints are checked against. */
    public CatalogueRules rules() {
        return rules;
    }

    /**
     * Validates one entry.
     *
     * @param entry the entry, not null
     * @return every violation as a finding (errors), in a stable order; empty when the entry is valid
     */
    public List<Finding> validate(CatalogueEntry entry) {
        requireNonNull(entry, "entry");
        Set<ConstraintViolation<CatalogueEntry>> violations = validator.validate(entry);
        List<Finding> findings = new ArrayList<>(violations.size());
        String subject = subject(entry);
        for (ConstraintViolation<CatalogueEntry> v : violations) {
            findings.add(toFinding(subject, v));
        }
        findings.sort(Comparator.comparing((Finding f) -> String.valueOf(f.details().get("field")))
                .thenComparing(Finding::code));
        return List.copyOf(findings);
    }

    /**
     * Validates one entry and throws when it is not valid.
     *
     * @param entry the entry, not null
     * @return the entry
     * @throws CatalogueException (CD-3000) naming every violation
     */
    public CatalogueEntry requireValid(CatalogueEntry entry) {
        List<Finding> findings = validate(entry);
        if (!findings.isEmpty()) {
            throw CatalogueException.invalid(subject(entry), findings);
        }
        return entry;
    }

    private static String subject(CatalogueEntry entry) {
        String code = entry.code() == null ? "" : entry.code().strip();
        if (code.length() > 60) {
            code = code.substring(0, 60) + "…";
        }
        return entry.sequence() == null ? code : entry.sequence() + (code.isEmpty() ? "" : " " + code);
    }

    private Finding toFinding(String subject, ConstraintViolation<CatalogueEntry> v) {
        String field = lastNode(v.getPropertyPath());
        Class<? extends Annotation> type = v.getConstraintDescriptor().getAnnotation().annotationType();
        String code = codeFor(type, v.getMessageTemplate());
        LocalizedText fieldName = MESSAGES.text("field." + field);
        Map<String, Object> attrs = v.getConstraintDescriptor().getAttributes();
        Object value = v.getInvalidValue() instanceof CatalogueEntry ? null : v.getInvalidValue();
        LocalizedText text;
        switch (code) {
            case "CD-3002":
                text = both(fieldName, "CD-3002", String.valueOf(attrs.get("max")));
                break;
            case "CD-3003":
                text = both(fieldName, "CD-3003", shown(value));
                break;
            case "CD-3099":
                text = new LocalizedText(fieldName.zh() + "：" + v.getMessage(), fieldName.en() + ": " + v.getMessage());
                break;
            default:
                text = both(fieldName, code, shown(value));
                break;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", field);
        details.put("constraint", type.getSimpleName());
        if (value != null) {
            details.put("value", shown(value));
        }
        return new Finding(code, Severity.ERROR, subject, text, details);
    }

    private static LocalizedText both(LocalizedText fieldName, String key, String arg) {
        LocalizedText zh = MESSAGES.text(key, fieldName.zh(), arg);
        LocalizedText en = MESSAGES.text(key, fieldName.en(), arg);
        return new LocalizedText(zh.zh(), en.en());
    }

    private static String codeFor(Class<? extends Annotation> type, String template) {
        String name = type.getName();
        switch (name) {
            case "jakarta.validation.constraints.NotNull":
            case "jakarta.validation.constraints.NotBlank":
            case "jakarta.validation.constraints.NotEmpty":
                return "CD-3001";
            case "jakarta.validation.constraints.Size":
                return "CD-3002";
            case "jakarta.validation.constraints.Positive":
            case "jakarta.validation.constraints.Max":
            case "jakarta.validation.constraints.Min":
                return "CD-3003";
            default:
                break;
        }
        if (type == ValidArchivalCode.class) {
            return "CD-3004";
        } else if (type == CatalogueDate.class) {
            return "CD-3005";
        } else if (type == ValidRetentionPeriod.class) {
            return "CD-3006";
        } else if (type == SecurityClassification.class) {
            return "CD-3007";
        } else if (type == NoControlCharacters.class) {
            return "CD-3008";
        } else if (type == CodeAgreesWithRow.class) {
            return CodeAgreesWithRowValidator.YEAR.equals(template) ? "CD-3009" : "CD-3010";
        }
        return "CD-3099";
    }

    private static String lastNode(Path path) {
        String last = "";
        for (Path.Node n : path) {
            if (n.getName() != null) {
                last = n.getName();
            }
        }
        return last.isEmpty() ? "entry" : last;
    }

    private static String shown(@org.jspecify.annotations.Nullable Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder b = new StringBuilder(Math.min(s.length(), 60));
        for (int i = 0; i < s.length() && b.length() < 60; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? '\uFFFD' : c);
        }
        return s.length() > 60 ? b + "…" : b.toString();
    }
}
