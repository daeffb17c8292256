package org.cundang.code;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The scope a 件号 counts in: a code without its 件号. For DA/T 22-2015 the scope is (全宗, 门类, 年度, 保管期限,
 * 机构/问题): 件号 is the order number "inside the lowest class" (5.4.3 e), V), and 5.2.2 makes 年度, 保管期限 and
 * 机构(问题) the classes. For the legacy 卷-style code it is (全宗, 目录号, 案卷号).
 *
 * <p>Immutable. Two scopes are equal when their template names and {@linkplain #key() keys} are equal; they are
 * ordered in 档号 order. Obtain one with {@link ArchivalCode#scope()}.
 */
public final class SequenceScope implements Comparable<SequenceScope> {

    private final ArchivalCode prototype;
    private final String key;

    SequenceScope(ArchivalCode code) {
        this.prototype = code;
        String text = code.toString();
        int cut = text.lastIndexOf(code.template().itemPart().separator);
        this.key = text.substring(0, cut);
    }

    /** The template. */
    public CodeTemplate template() {
        return prototype.template();
    }

    /** The code text without the 件号, e.g. {@code Z109-WS·2011-Y-BGS}. */
    public String key() {
        return key;
    }

    /** Every part but the 件号, by kind, as written in the code (in template order). */
    public Map<PartKind, String> parts() {
        Map<PartKind, String> out = new EnumMap<>(PartKind.class);
        ArchivalCode c = prototype;
        for (PartKind k : c.template().parts()) {
            switch (k) {
                case FONDS:
                    out.put(k, c.fonds());
                    break;
                case CATEGORY:
                    out.put(k, String.valueOf(c.categoryOrNull()));
                    break;
                case YEAR:
                    out.put(k, String.valueOf(c.yearValue()));
                    break;
                case PERIOD:
                    out.put(k, String.valueOf(c.periodOrNull()));
                    break;
                case ORG:
                    if (c.orgOrNull() != null) {
                        out.put(k, c.orgOrNull());
                    }
                    break;
                case CATALOGUE:
                    out.put(k, String.valueOf(c.catalogueValue()));
                    break;
                case VOLUME:
                    out.put(k, String.valueOf(c.volumeValue()));
                    break;
                default:
                    break;
            }
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(out));
    }

    /**
     * The code with the given 件号 in this scope.
     *
     * @param item 1 to {@link CodeTemplate#maxItem()}
     * @return the code
     * @throws CodeException (CD-1012) if the number is out of range
     */
    public ArchivalCode codeWith(int item) {
        return prototype.withItem(item);
    }

    @Override
    public int compareTo(SequenceScope o) {
        int c = prototype.compareScope(o.prototype);
        return c != 0 ? c : key.compareTo(o.key);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof SequenceScope && ((SequenceScope) o).key.equals(key)
                && ((SequenceScope) o).template().name().equals(template().name());
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    /** The {@linkplain #key() key}. */
    @Override
    public String toString() {
        return key;
    }
}
