package org.cundang.code;

import static java.util.Objects.requireNonNull;

/**
 * One entry of a {@link CategoryRegistry}: a 门类代码 and what it means in this registry.
 *
 * @param code       the code, not null
 * @param name       the Chinese name, e.g. 文书, not null, not blank
 * @param nameEn     the English name, e.g. administrative records, not null (may be empty)
 * @param confidence the DOMAIN.md confidence tag of the entry ({@code V}, {@code S} or {@code R}), or {@code L}
 *                   for a local entry the registry's owner added, not null
 */
public record Category(CategoryCode code, String name, String nameEn, String confidence) {

    /** Validates the fields. */
    public Category {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        requireNonNull(nameEn, "nameEn");
        requireNonNull(confidence, "confidence");
        if (name.isBlank() || name.length() > 50 || nameEn.length() > 100) {
            throw CodeException.of("CD-1033", code.toString(), CodeException.shown(name));
        }
        if (!confidence.equals("V") && !confidence.equals("S") && !confidence.equals("R") && !confidence.equals("L")) {
            throw CodeException.of("CD-1033", code.toString(), CodeException.shown(confidence));
        }
    }
}
