package org.cundang.retention;

import org.cundang.ArchiveException;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;

/**
 * A text that is not a 保管期限 (CD-2001), a legacy term given where a current period is needed (CD-2002), or a
 * legacy mapping that would shorten a period (CD-2003).
 */
public final class PeriodParseException extends ArchiveException {

    private static final long serialVersionUID = 1L;
    static final MessageCatalog MESSAGES = MessageCatalog.load(PeriodParseException.class, "retention");

    private final String input;

    private PeriodParseException(String code, LocalizedText text, String input) {
        super(code, text, null);
        this.input = input;
    }

    /** The text that could not be read. */
    public String input() {
        return input;
    }

    static PeriodParseException unknown(String input) {
        String shown = abbreviate(input);
        return new PeriodParseException("CD-2001", MESSAGES.text("CD-2001", shown), input);
    }

    static PeriodParseException badYears(String input) {
        return new PeriodParseException("CD-2001", MESSAGES.text("CD-2001", input), input);
    }

    static PeriodParseException badEvent(String input) {
        return new PeriodParseException("CD-2001", MESSAGES.text("CD-2001", abbreviate(input)), input);
    }

    static PeriodParseException legacy(String input) {
        return new PeriodParseException("CD-2002", MESSAGES.text("CD-2002", input), input);
    }

    static PeriodParseException shorteningMapping(LegacyPeriod legacy, RetentionPeriod target) {
        return new PeriodParseException("CD-2003",
                MESSAGES.text("CD-2003", legacy.label(), target.code()), legacy.name());
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
