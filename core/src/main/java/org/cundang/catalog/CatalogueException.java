package org.cundang.catalog;

import java.util.List;
import java.util.stream.Collectors;
import org.cundang.ArchiveException;
import org.cundang.Finding;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;

/** A catalogue entry that is not valid (CD-3000); {@link #findings()} lists every violation. */
public final class CatalogueException extends ArchiveException {

    private static final long serialVersionUID = 1L;
    private static final MessageCatalog MESSAGES = MessageCatalog.load(CatalogueException.class, "catalog");

    private final transient List<Finding> findings;

    private CatalogueException(LocalizedText text, List<Finding> findings) {
        super("CD-3000", text, null);
        this.findings = List.copyOf(findings);
    }

    /** Every violation found. */
    public List<Finding> findings() {
        return findings;
    }

    static CatalogueException invalid(String subject, List<Finding> findings) {
        String zh = findings.stream().map(f -> f.code() + " " + f.message().zh()).collect(Collectors.joining("；"));
        String en = findings.stream().map(f -> f.code() + " " + f.message().en()).collect(Collectors.joining("; "));
        LocalizedText head = MESSAGES.text("CD-3000", subject, String.valueOf(findings.size()));
        return new CatalogueException(new LocalizedText(head.zh() + zh, head.en() + en), findings);
    }
}
