package org.cundang.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.cundang.catalog.NoControlCharacters;
import org.jspecify.annotations.Nullable;

/** Checks {@link NoControlCharacters}. */
public final class NoControlCharactersValidator implements ConstraintValidator<NoControlCharacters, CharSequence> {

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return value == null || firstBadIndex(value) < 0;
    }

    /** The index of the first control, bidi-override or unpaired-surrogate character, or -1. */
    public static int firstBadIndex(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF && i > 0) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
