package org.cundang.retention;

import org.cundang.ArchiveException;
import org.cundang.LocalizedText;

/**
 * Bad input to retention evaluation: an item without a formation date or accounting year (CD-2030), a year out of
 * range (CD-2031), an invalid hold (CD-2032), a text that is not a retention trigger (CD-2033), a trigger whose
 * event differs from the period's event (CD-2034), or an invalid event name or offset (CD-2035).
 *
 * <p>Codes are permanent and listed in {@code docs/errors.md}.
 */
public final class RetentionException extends ArchiveException {

    private static final long serialVersionUID = 1L;

    private RetentionException(String code, LocalizedText text) {
        super(code, text, null);
    }

    static RetentionException of(String code, Object... args) {
        return new RetentionException(code, PeriodParseException.MESSAGES.text(code, args));
    }

    static RetentionException noDate() {
        return of("CD-2030");
    }

    static RetentionException yearOutOfRange(String what, int value) {
        return of("CD-2031", what, String.valueOf(value));
    }

    static RetentionException badHold(String reason) {
        return of("CD-2032", PeriodParseException.abbreviate(reason));
    }

    static RetentionException badTrigger(String text) {
        return of("CD-2033", PeriodParseException.abbreviate(text));
    }

    static RetentionException eventMismatch(String triggerEvent, String periodEvent) {
        return of("CD-2034", triggerEvent, periodEvent);
    }

    static RetentionException badEvent(String event) {
        return of("CD-2035", PeriodParseException.abbreviate(event));
    }
}
