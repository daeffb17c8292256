package org.cundang.transfer;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The DA/T 31-2017 scan names, relative to the payload: {@code files/<档号>/<档号>-NNNN.<ext>} (one image per page)
 * and {@code files/<档号>.pdf|.ofd}. A hand-written matcher that answers exactly as {@link #PAGE_IMAGE} and
 * {@link #DOC_FILE} (a jqwik property checks it) without a regular expression per file (20,000 files are matched
 * several times per validation).
 */
final class ScanNames {

    /** The page-image name: code, page number, extension. */
    static final Pattern PAGE_IMAGE = Pattern.compile("files/([^/]+)/\\1-(\\d{4})\\.([A-Za-z0-9]+)");
    /** The document name: code, extension. */
    static final Pattern DOC_FILE = Pattern.compile("files/([^/]+)\\.(pdf|ofd|PDF|OFD)");

    private static final String FILES = "files/";

    private ScanNames() {
    }

    /** The code of a page image ({@link #PAGE_IMAGE} group 1), or null when the name is not one. */
    static @Nullable String pageImageCode(String rel) {
        int slash = pageSlash(rel);
        return slash < 0 ? null : rel.substring(FILES.length(), slash);
    }

    /** The page number of a page image ({@link #PAGE_IMAGE} group 2), or -1 when the name is not one. */
    static int pageNumber(String rel) {
        int slash = pageSlash(rel);
        if (slash < 0) {
            return -1;
        }
        int d = slash + 1 + (slash - FILES.length()) + 1;
        return (rel.charAt(d) - '0') * 1000 + (rel.charAt(d + 1) - '0') * 100 + (rel.charAt(d + 2) - '0') * 10
                + (rel.charAt(d + 3) - '0');
    }

    /** The code of a document ({@link #DOC_FILE} group 1), or null when the name is not one. */
    static @Nullable String docCode(String rel) {
        int n = rel.length();
        if (!rel.startsWith(FILES) || n < FILES.length() + 1 + 4) {
            return null;
        }
        String ext = rel.substring(n - 4);
        if (!ext.equals(".pdf") && !ext.equals(".ofd") && !ext.equals(".PDF") && !ext.equals(".OFD")) {
            return null;
        }
        String code = rel.substring(FILES.length(), n - 4);
        return code.indexOf('/') >= 0 ? null : code;
    }

    /** The index of the slash after the code when {@code rel} is a page-image name, else -1. */
    private static int pageSlash(String rel) {
        if (!rel.startsWith(FILES)) {
            return -1;
        }
        int slash = rel.indexOf('/', FILES.length());
        int len = slash - FILES.length();
        if (slash < 0 || len < 1 || rel.indexOf('/', slash + 1) >= 0) {
            return -1;
        }
        int b = slash + 1;
        // <code>-NNNN.<ext>: the code again, a hyphen, four ASCII digits, a dot, one or more [A-Za-z0-9]
        if (rel.length() < b + len + 1 + 4 + 1 + 1 || !rel.regionMatches(b, rel, FILES.length(), len)) {
            return -1;
        }
        int d = b + len;
        if (rel.charAt(d) != '-' || rel.charAt(d + 5) != '.') {
            return -1;
        }
        for (int i = d + 1; i < d + 5; i++) {
            char c = rel.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        for (int i = d + 6; i < rel.length(); i++) {
            char c = rel.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
                return -1;
            }
        }
        return slash;
    }
}
