package org.cundang.internal.bagit;

/**
 * Percent-encoding of manifest and fetch paths, RFC 8493 §2.1.3: CR as {@code %0D}, LF as {@code %0A} and
 * {@code %} as {@code %25}; nothing else is encoded. Decoding accepts either case of the hex digits and leaves any
 * other {@code %} sequence as it is (bags written by older tools).
 */
public final class PercentCodec {

    private PercentCodec() {
    }

    /**
     * Encodes a path for a manifest line.
     *
     * @param path the path
     * @return the encoded path
     */
    public static String encode(String path) {
        StringBuilder b = new StringBuilder(path.length() + 8);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            switch (c) {
                case '%' -> b.append("%25");
                case '\r' -> b.append("%0D");
                case '\n' -> b.append("%0A");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Decodes a manifest path.
     *
     * @param path the encoded path
     * @return the decoded path
     */
    public static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        StringBuilder b = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length()) {
                String h = path.substring(i + 1, i + 3).toUpperCase(java.util.Locale.ROOT);
                switch (h) {
                    case "25" -> {
                        b.append('%');
                        i += 2;
                        continue;
                    }
                    case "0D" -> {
                        b.append('\r');
                        i += 2;
                        continue;
                    }
                    case "0A" -> {
                        b.append('\n');
                        i += 2;
                        continue;
                    }
                    default -> {
                    }
                }
            }
            b.append(c);
        }
        return b.toString();
    }
}
