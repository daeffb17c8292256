package org.cundang.custody;

import java.util.List;
import org.cundang.ArchiveException;
import org.cundang.Finding;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;

/**
 * A custody rule refused an action (CD-80xx): an appraisal that would shorten a period, a destruction list that
 * lacks a signature, a document that cannot be read. When several problems were found at once they are all in
 * {@link #findings()}, and the message names the first.
 */
public final class CustodyException extends ArchiveException {

    private static final long serialVersionUID = 1L;
    static final MessageCatalog MESSAGES = MessageCatalog.load(CustodyException.class, "custody");

    private final transient List<Finding> findings;

    CustodyException(String code, LocalizedText text, List<Finding> findings) {
        super(code, text, null);
        this.findings = List.copyOf(findings);
    }

    /**
     * A refusal with its code from the custody catalogue.
     *
     * @param code the CD code, not null
     * @param args the message arguments
     * @return the exception
     */
    public static CustodyException of(String code, Object... args) {
        return new CustodyException(code, MESSAGES.text(code, args), List.of());
    }

    /**
     * A refusal that found several problems: the message ({@code code} takes the count and the first problem as its
     * arguments) names the first, {@link #findings()} has them all.
     *
     * @param code     the CD code of the refusal, not null
     * @param findings the problems, not null, not empty
     * @return the exception
     */
    public static CustodyException rejected(String code, List<Finding> findings) {
        Finding first = findings.get(0);
        String n = String.valueOf(findings.size());
        LocalizedText t = new LocalizedText(MESSAGES.text(code, n, first.code() + " " + first.message().zh()).zh(),
                MESSAGES.text(code, n, first.code() + " " + first.message().en()).en());
        return new CustodyException(code, t, findings);
    }

    /** @return every problem found, empty when the refusal had one reason only */
    public List<Finding> findings() {
        return findings == null ? List.of() : findings;
    }
}
