package org.cundang.custody.access;

import org.cundang.internal.text.FieldText;
import org.jspecify.annotations.Nullable;

/** Checks of the free-text fields of the register (CD-8040), by {@link FieldText}. */
final class Texts {

    /** The longest name, id number, organisation, approver or clerk. */
    static final int SHORT = 200;
    /** The longest purpose or note. */
    static final int LONG = 2000;

    private static final FieldText.Failure FAIL = (field, shown, max) -> AccessException.of("CD-8040", field, shown, max);

    private Texts() {
    }

    static String required(@Nullable String value, String field, int max) {
        return FieldText.required(value, field, max, FAIL);
    }

    static @Nullable String optional(@Nullable String value, String field, int max) {
        return FieldText.optional(value, field, max, FAIL);
    }

    static boolean clean(String s) {
        return FieldText.clean(s);
    }

    static String printable(String s) {
        return FieldText.printable(s);
    }

    static boolean samePerson(String a, String b) {
        return FieldText.samePerson(a, b);
    }
}
