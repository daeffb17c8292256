package org.cundang.internal.bagit;

import java.io.IOException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.util.Optional;
import org.cundang.Finding;
import org.cundang.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Path safety for manifest entries (issue 3 PATH_SAFETY): a name is checked as text first, then each component is
 * inspected with {@link LinkOption#NOFOLLOW_LINKS} from the bag root down. An unsafe entry is reported and never
 * opened.
 */
public final class PathSafety {

    private PathSafety() {
    }

    /** What {@link #resolve} found. */
    public enum Status {
        /** A regular file inside the bag, reached without links. */
        SAFE,
        /** No such file. */
        MISSING,
        /** A link, device, FIFO, socket or directory, or a parent that is one. */
        UNSAFE
    }

    /**
     * The result of resolving a name.
     *
     * @param status  what was found
     * @param path    the resolved path (never to be opened unless SAFE)
     * @param size    the size in bytes of a SAFE file, else -1
     * @param finding the finding for an UNSAFE entry, else null
     */
    public record Resolution(Status status, Path path, long size, @Nullable Finding finding) {
    }

    /**
     * Checks a decoded manifest path as text.
     *
     * @param name    the decoded path
     * @param payload whether it must lie under {@code data/}
     * @return the finding, or empty when the name is acceptable
     */
    public static Optional<Finding> checkName(String name, boolean payload) {
        // called for every manifest entry and every file found: no regular expression, no split, and the printable
        // form only when there is something to report
        if (name.isEmpty()) {
            return unsafe("CD-4060", name);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                return Optional.of(finding("CD-4062", Severity.ERROR, name, String.valueOf(i)));
            }
        }
        if (name.startsWith("/") || name.indexOf('\\') >= 0 || hasDrive(name) || name.startsWith("~")) {
            return unsafe("CD-4061", name);
        }
        int start = 0;
        while (true) {
            int slash = name.indexOf('/', start);
            int end = slash < 0 ? name.length() : slash;
            int len = end - start;
            if (len == 0 || (len == 1 && name.charAt(start) == '.')
                    || (len == 2 && name.charAt(start) == '.' && name.charAt(start + 1) == '.')) {
                return unsafe("CD-4060", name);
            }
            if (slash < 0) {
                break;
            }
            start = slash + 1;
        }
        if (payload && !name.startsWith("data/")) {
            return unsafe("CD-4065", name);
        }
        return Optional.empty();
    }

    /** A Windows drive prefix, {@code X:} with an ASCII letter. */
    private static boolean hasDrive(String name) {
        if (name.length() < 2 || name.charAt(1) != ':') {
            return false;
        }
        char c = name.charAt(0);
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static Optional<Finding> unsafe(String code, String name) {
        return Optional.of(finding(code, Severity.ERROR, name));
    }

    /**
     * A finding about {@code name} (a path or a 档号): its printable form is the subject and the first message
     * argument, then {@code more}. Build it only when there is something to report: it copies the name.
     *
     * @param code     the finding's code
     * @param severity its severity
     * @param name     what it is about, as found
     * @param more     the further message arguments
     * @return the finding
     */
    public static Finding finding(String code, Severity severity, String name, Object... more) {
        String shown = printable(name);
        Object[] args = new Object[more.length + 1];
        args[0] = shown;
        System.arraycopy(more, 0, args, 1, more.length);
        return TransferMessages.finding(code, severity, shown, args);
    }

    /**
     * Resolves a name that passed {@link #checkName} under the bag root, component by component, without
     * following links. Nothing is opened.
     *
     * @param root the bag root (a real path)
     * @param name the decoded, textually safe name
     * @return the resolution
     */
    public static Resolution resolve(Path root, String name) {
        String[] segs = name.split("/");
        Path p = root;
        for (int i = 0; i < segs.length; i++) {
            p = p.resolve(segs[i]);
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return new Resolution(Status.MISSING, p, -1, null);
            } catch (IOException e) {
                return new Resolution(Status.MISSING, p, -1, null);
            }
            boolean last = i == segs.length - 1;
            if (a.isSymbolicLink()) {
                return new Resolution(Status.UNSAFE, p, -1,
                        TransferMessages.finding("CD-4063", Severity.ERROR, printable(name), printable(name)));
            }
            if (!last && !a.isDirectory()) {
                return new Resolution(Status.UNSAFE, p, -1,
                        TransferMessages.finding("CD-4064", Severity.ERROR, printable(name), printable(name)));
            }
            if (last && !a.isRegularFile()) {
                return new Resolution(Status.UNSAFE, p, -1,
                        TransferMessages.finding("CD-4064", Severity.ERROR, printable(name), printable(name)));
            }
            if (last) {
                return new Resolution(Status.SAFE, p, a.size(), null);
            }
        }
        return new Resolution(Status.MISSING, p, -1, null);
    }

    /**
     * A name made printable for messages: control characters as {@code \\uXXXX}, at most 200 characters.
     *
     * @param s the name
     * @return the printable form
     */
    public static String printable(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 210));
        for (int i = 0; i < s.length() && b.length() < 200; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.length() >= 200 ? b + "…" : b.toString();
    }
}
