package org.cundang.environment;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cundang.Finding;
import org.cundang.LocalizedText;
import org.cundang.Severity;

/**
 * A protection checklist (防…, DOMAIN.md decision 10): the items a storage room must guard against, each with an
 * inspection interval, and the review of inspection records against it. The default is the Rui'an policy's seven
 * items (四（三）, V); the common 八防, a JGJ 25-2010 reading and the 令第13号 list are alternatives
 * ({@link ProtectionChecklists}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id         the id, e.g. {@code ruian}: 1–40 characters {@code a-z 0-9 -}
 * @param name       the list's name in both languages, not null
 * @param items      the items, not empty, unique ids; copied
 * @param source     the regulation or document it follows, not null
 * @param confidence how well that source is verified, not null
 */
public record ProtectionChecklist(String id, LocalizedText name, List<ProtectionItem> items, String source,
                                  Confidence confidence) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /**
     * Validates and copies the fields.
     *
     * @throws EnvironmentException CD-6008 if the id is malformed, the list is empty or item ids repeat
     */
    public ProtectionChecklist {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(items, "items");
        requireNonNull(source, "source");
        requireNonNull(confidence, "confidence");
        if (!ID.matcher(id).matches()) {
            throw EnvironmentException.of("CD-6008", "checklist", EnvironmentException.shown(id));
        }
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw EnvironmentException.of("CD-6008", "items", "[]");
        }
        Set<String> seen = new HashSet<>();
        for (ProtectionItem i : items) {
            if (!seen.add(i.id())) {
                throw EnvironmentException.of("CD-6008", "items", "duplicate " + i.id());
            }
        }
    }

    /**
     * The item with this id.
     *
     * @param itemId the id, not null
     * @return the item, or empty
     */
    public Optional<ProtectionItem> item(String itemId) {
        requireNonNull(itemId, "itemId");
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /**
     * A copy with another inspection interval for one item.
     *
     * @param itemId the item, not null
     * @param days   the interval, days, 1–3660
     * @return the copy
     * @throws EnvironmentException CD-6001 if the item is not on the list; CD-6008 if the interval is out of range
     */
    public ProtectionChecklist withIntervalDays(String itemId, int days) {
        requireNonNull(itemId, "itemId");
        List<ProtectionItem> copy = new ArrayList<>();
        boolean found = false;
        for (ProtectionItem i : items) {
            if (i.id().equals(itemId)) {
                copy.add(i.withIntervalDays(days));
                found = true;
            } else {
                copy.add(i);
            }
        }
        if (!found) {
            throw EnvironmentException.of("CD-6001", EnvironmentException.shown(itemId),
                    String.join(", ", items.stream().map(ProtectionItem::id).toList()));
        }
        return new ProtectionChecklist(id, name, copy, source, confidence);
    }

    /**
     * Reviews inspection records as of a date. Findings, in item order:
     * <ul>
     *   <li>CD-6050 (ERROR): an item never inspected;</li>
     *   <li>CD-6052 (ERROR): an item whose latest inspection failed (not re-inspected and passed since);</li>
     *   <li>CD-6051 (WARNING): an item whose latest inspection is older than its interval;</li>
     *   <li>CD-6053 (WARNING): a record that names an item not on this list;</li>
     *   <li>CD-6054 (WARNING): a record dated after {@code asOf}, which is ignored.</li>
     * </ul>
     * Records of the same date count in the order given (the later one wins).
     *
     * @param inspections the records, in any order, not null, no null elements
     * @param asOf        the date of the review (time is injected, STYLE.md 10), not null
     * @return the findings, empty when everything is in order
     */
    public List<Finding> review(Collection<Inspection> inspections, LocalDate asOf) {
        requireNonNull(inspections, "inspections");
        requireNonNull(asOf, "asOf");
        List<Finding> findings = new ArrayList<>();
        List<Inspection> usable = new ArrayList<>();
        for (Inspection in : inspections) {
            requireNonNull(in, "inspection");
            if (in.date().isAfter(asOf)) {
                findings.add(Finding.of("CD-6054", Severity.WARNING, in.inspector(), EnvironmentException.MESSAGES
                        .text("CD-6054", in.date().toString(), EnvironmentException.shown(in.inspector()),
                                asOf.toString())));
            } else {
                usable.add(in);
            }
        }
        usable.sort(Comparator.comparing(Inspection::date));
        Map<String, Inspection> latest = new HashMap<>();
        Set<String> known = new HashSet<>();
        items.forEach(i -> known.add(i.id()));
        for (Inspection in : usable) {
            for (String itemId : in.results().keySet()) {
                if (known.contains(itemId)) {
                    latest.put(itemId, in);
                } else {
                    findings.add(Finding.of("CD-6053", Severity.WARNING, EnvironmentException.shown(itemId),
                            EnvironmentException.MESSAGES.text("CD-6053", EnvironmentException.shown(itemId),
                                    in.date().toString(), EnvironmentException.shown(in.inspector()), id)));
                }
            }
        }
        for (ProtectionItem item : items) {
            Inspection last = latest.get(item.id());
            String subject = id + ":" + item.id();
            if (last == null) {
                findings.add(finding("CD-6050", Severity.ERROR, subject, item, Map.of(), item.id(), label(item)));
                continue;
            }
            InspectionResult result = last.results().get(item.id());
            if (!result.passed()) {
                findings.add(finding("CD-6052", Severity.ERROR, subject, item, Map.of("date", last.date().toString()),
                        item.id(), label(item), last.date().toString(), EnvironmentException.shown(last.inspector()),
                        EnvironmentException.shown(result.note())));
            }
            long age = ChronoUnit.DAYS.between(last.date(), asOf);
            if (age > item.intervalDays()) {
                findings.add(finding("CD-6051", Severity.WARNING, subject, item,
                        Map.of("date", last.date().toString(), "days", age), item.id(), label(item),
                        last.date().toString(), Integer.toString(item.intervalDays()), asOf.toString()));
            }
        }
        return List.copyOf(findings);
    }

    private static String label(ProtectionItem item) {
        return item.name().zh() + " / " + item.name().en();
    }

    private static Finding finding(String code, Severity severity, String subject, ProtectionItem item,
                                   Map<String, Object> extra, Object... args) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("item", item.id());
        details.putAll(extra);
        return new Finding(code, severity, subject, EnvironmentException.MESSAGES.text(code, args), details);
    }
}
