package org.cundang.internal.format;

import java.util.List;

/**
 * What a PDF or OFD inspection found.
 *
 * @param declaredPages the page count the document claims (PDF /Count, OFD page entries), or -1
 * @param pages         the pages that actually resolve to page objects or content, or -1 when unknown
 * @param encrypted     whether the document is encrypted
 * @param problems      structural problems
 */
public record DocumentInfo(int declaredPages, int pages, boolean encrypted, List<String> problems) {

    /** Copies the problems. */
    public DocumentInfo {
        problems = List.copyOf(problems);
    }

    /** Whether the document is intact: pages resolve, the count agrees, not encrypted, no problem. */
    public boolean intact() {
        return problems.isEmpty() && !encrypted && pages >= 0 && pages == declaredPages;
    }
}
