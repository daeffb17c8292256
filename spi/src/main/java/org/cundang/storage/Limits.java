package org.cundang.storage;

import org.jspecify.annotations.Nullable;

/** The limits every store enforces the same way, so that a value accepted by one store is accepted by all. */
final class Limits {

    private Limits() {
    }

    /**
     * Checks a text value: at most {@code max} characters, no unpaired surrogate (it could not be stored as UTF-8
     * exactly), and no control characters unless {@code controlsAllowed}.
     *
     * @throws StorageException CD-5024
     */
    static void check(String field, @Nullable String value, int max, boolean controlsAllowed) {
        if (value == null) {
            return;
        }
        boolean bad = value.length() > max;
        for (int i = 0; !bad && i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
                i++;
            } else if (Character.isLowSurrogate(c)) {
                bad = true;
            } else if (!controlsAllowed && Character.isISOControl(c)) {
                bad = true;
            }
        }
        if (bad) {
            throw StorageException.of("CD-5024", field, StorageException.printable(value), String.valueOf(max));
        }
    }
}
