package org.cundang.arrange;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.cundang.code.ArchivalCode;
import org.cundang.code.SequenceScope;

/**
 * One 档案盒: its 盒号, its spine thickness, the 起止件号 written on the spine (DA/T 22-2015 6.4.1.2, V) and the items
 * it holds, in order.
 *
 * <p>The spine range is kept apart from the contents so that a box list written by hand can be checked against what
 * is inside ({@link BoxChecker}); {@link Boxer} always writes boxes whose range matches.
 *
 * @param number   盒号, from 1
 * @param spineMm  spine thickness in millimetres (DA/T 22-2015 6.4: 20, 30, 40 or 50, S), at least 1
 * @param first    the first 件 on the spine, not null
 * @param last     the last 件 on the spine, not null
 * @param contents the items in the box, in order; not null, not empty, copied
 * @param pages    the total 页数 of the contents, at least 0
 */
public record Box(int number, int spineMm, ArchivalCode first, ArchivalCode last, List<ArchivalCode> contents,
                  long pages) {

    /**
     * Validates and copies the fields.
     *
     * @throws ArrangeException CD-3101 when a number is out of range or the box is empty
     */
    public Box {
        requireNonNull(first, "first");
        requireNonNull(last, "last");
        contents = List.copyOf(requireNonNull(contents, "contents"));
        if (number < 1) {
            throw ArrangeException.badRules("盒号/box number", String.valueOf(number));
        }
        if (spineMm < 1) {
            throw ArrangeException.badRules("盒脊厚度/spine", String.valueOf(spineMm));
        }
        if (contents.isEmpty()) {
            throw ArrangeException.badRules("盒内文件/contents", "[]");
        }
        if (pages < 0) {
            throw ArrangeException.badRules("页数/pages", String.valueOf(pages));
        }
    }

    /** The class of the box (全宗, 门类, 年度, 保管期限, 机构/问题): the scope of its first item. */
    public SequenceScope scope() {
        return first.scope();
    }

    /** The 起止件号 as printed: {@code 0001-0024}, or one number when the box holds one item. */
    public String range() {
        String a = pad(first);
        String b = pad(last);
        return a.equals(b) ? a : a + "-" + b;
    }

    private static String pad(ArchivalCode c) {
        int width = String.valueOf(c.template().maxItem()).length();
        return String.format(java.util.Locale.ROOT, "%0" + width + "d", c.item());
    }
}
