package org.cundang.samples.cli;

import org.cundang.ArchiveException;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;

/** A command-line input {@code cundang overview} cannot use (CD-9070..9079). */
final class OverviewCliException extends ArchiveException {

    private static final long serialVersionUID = 1L;
    static final MessageCatalog MESSAGES = MessageCatalog.load(OverviewCliException.class, "overview-cli");

    private OverviewCliException(String code, LocalizedText text) {
        super(code, text, null);
    }

    static OverviewCliException of(String code, Object... args) {
        return new OverviewCliException(code, MESSAGES.text(code, args));
    }
}
