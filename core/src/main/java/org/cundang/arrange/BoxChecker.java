package org.cundang.arrange;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cundang.Finding;
import org.cundang.Severity;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CodeTemplate;

/**
 * Checks boxes against the catalogue, both ways (DA/T 22-2015 6.4.1.2, V: the spine's 起止件号 must match the
 * contents; DOMAIN.md §3.3).
 *
 * <p>Findings (all errors but CD-3136): CD-3130 an item in two boxes; CD-3131 a catalogue item in no box; CD-3132 a
 * box whose 起止件号 do not match its contents (first or last differ, or the contents are not consecutive 件号 in
 * order); CD-3133 a box that mixes classes (全宗, 门类, 年度, 保管期限, 机构/问题); CD-3134 a box item not in the
 * catalogue; CD-3135 two boxes with one 盒号 (in one class, or anywhere when 盒号 are continuous); CD-3136 (warning) a
 * box whose contents are thicker than its spine allows.
 *
 * <p>Immutable and thread-safe.
 */
public final class BoxChecker {

    private final BoxingRules rules;
    private final CodeTemplate template;

    private BoxChecker(BoxingRules rules, CodeTemplate template) {
        this.rules = rules;
        this.template = template;
    }

    /**
     * A checker.
     *
     * @param rules    the rules (numbering, sheet thickness, fill), not null
     * @param template the template the catalogue's 档号 are written with, not null
     * @return the checker
     */
    public static BoxChecker of(BoxingRules rules, CodeTemplate template) {
        return new BoxChecker(requireNonNull(rules, "rules"), requireNonNull(template, "template"));
    }

    /**
     * Checks boxes against a catalogue.
     *
     * @param boxes     the boxes, not null, no null elements
     * @param catalogue the 目录 rows, not null, no null elements; rows whose 档号 does not parse are ignored here
     * @return every finding, boxes first in box order, then catalogue items in no box in 档号 order
     */
    public List<Finding> check(List<Box> boxes, List<CatalogueEntry> catalogue) {
        requireNonNull(boxes, "boxes");
        requireNonNull(catalogue, "catalogue");
        Map<ArchivalCode, Integer> pages = new HashMap<>();
        for (CatalogueEntry e : catalogue) {
            requireNonNull(e, "entry");
            e.archivalCode(template).ifPresent(c -> pages.put(c, e.pages() == null ? 0 : e.pages()));
        }
        List<Finding> findings = new ArrayList<>();
        Map<ArchivalCode, String> boxOf = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (Box box : boxes) {
            requireNonNull(box, "box");
            String label = label(box);
            String numberKey = (rules.numbering() == BoxingRules.Numbering.PER_CLASS ? box.scope().key() : "")
                    + "#" + box.number();
            if (numbers.merge(numberKey, 1, Integer::sum) == 2) {
                findings.add(Boxer.finding("CD-3135", Severity.ERROR, label, String.valueOf(box.number())));
            }
            List<ArchivalCode> c = box.contents();
            boolean consecutive = true;
            for (int i = 1; i < c.size(); i++) {
                if (!c.get(i).scope().equals(c.get(i - 1).scope()) || c.get(i).item() != c.get(i - 1).item() + 1) {
                    consecutive = false;
                }
            }
            if (!consecutive || !box.first().equals(c.get(0)) || !box.last().equals(c.get(c.size() - 1))) {
                findings.add(Boxer.finding("CD-3132", Severity.ERROR, label, box.range(),
                        c.get(0) + " … " + c.get(c.size() - 1)));
            }
            Set<String> scopes = new HashSet<>();
            scopes.add(box.first().scope().key());
            scopes.add(box.last().scope().key());
            long thickness = 0;
            for (ArchivalCode code : c) {
                scopes.add(code.scope().key());
                String other = boxOf.putIfAbsent(code, label);
                if (other != null && !other.equals(label)) {
                    findings.add(Boxer.finding("CD-3130", Severity.ERROR, code.toString(), code.toString(), other,
                            label));
                }
                Integer p = pages.get(code);
                if (p == null) {
                    findings.add(Boxer.finding("CD-3134", Severity.ERROR, code.toString(), code.toString(), label));
                } else {
                    thickness += rules.thicknessMicrons(p);
                }
            }
            if (scopes.size() > 1) {
                findings.add(Boxer.finding("CD-3133", Severity.ERROR, label, String.join(", ", new java.util.TreeSet<>(scopes))));
            }
            if (c.size() > 1 && thickness > rules.capacityMicrons(box.spineMm())) {
                findings.add(Boxer.finding("CD-3136", Severity.WARNING, label, Boxer.mm(thickness),
                        String.valueOf(box.spineMm())));
            }
        }
        TreeMap<ArchivalCode, Integer> sorted = new TreeMap<>(pages);
        for (ArchivalCode code : sorted.keySet()) {
            if (!boxOf.containsKey(code)) {
                findings.add(Boxer.finding("CD-3131", Severity.ERROR, code.toString(), code.toString()));
            }
        }
        return findings;
    }

    private static String label(Box box) {
        return box.scope().key() + " 盒" + box.number();
    }

}
