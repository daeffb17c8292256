package org.cundang.samples.cli;

import java.nio.file.Path;
import org.cundang.ArchiveException;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;

/** A command-line input the CLI cannot use (CD-9xxx). */
final class CliException extends ArchiveException {

    private static final long serialVersionUID = 1L;
    private static final MessageCatalog MESSAGES = MessageCatalog.load(CliException.class, "cli");

    private CliException(String code, LocalizedText text) {
        super(code, text, null);
    }

    static CliException cannotRead(Path file, String reason) {
        return new CliException("CD-9002", MESSAGES.text("CD-9002", file.toString(), reason));
    }

    static CliException of(String code, Object... args) {
        return new CliException(code, MESSAGES.text(code, args));
    }
}
