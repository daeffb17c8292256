package org.cundang.storage.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A map of strings as one text column: {@code key=value;} pairs, with {@code \} escaping {@code \ = ;} and U+0000
 * (which PostgreSQL text cannot hold). Keys in sorted order, so the text of a map is unique.
 */
final class TextCodec {

    private TextCodec() {
    }

    static String encode(Map<String, String> map) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
            escape(b, e.getKey());
            b.append('=');
            escape(b, e.getValue());
            b.append(';');
        }
        return b.toString();
    }

    private static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '=', ';' -> b.append('\\').append(c);
                case '\u0000' -> b.append("\\0");
                default -> b.append(c);
            }
        }
    }

    static Map<String, String> decode(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        StringBuilder cur = new StringBuilder();
        String key = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                if (++i >= text.length()) {
                    throw new IllegalArgumentException("dangling escape at " + i);
                }
                char n = text.charAt(i);
                cur.append(n == '0' ? '\u0000' : n);
            } else if (c == '=' && key == null) {
                key = cur.toString();
                cur.setLength(0);
            } else if (c == ';' && key != null) {
                out.put(key, cur.toString());
                key = null;
                cur.setLength(0);
            } else if (c == '=' || c == ';') {
                throw new IllegalArgumentException("unexpected '" + c + "' at " + i);
            } else {
                cur.append(c);
            }
        }
        if (key != null || cur.length() > 0) {
            throw new IllegalArgumentException("truncated map text");
        }
        return out;
    }
}
