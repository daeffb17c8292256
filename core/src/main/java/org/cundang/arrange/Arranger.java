package org.cundang.arrange;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cundang.Finding;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;
import org.cundang.Severity;
import org.cundang.catalog.CatalogueDates;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.catalog.CatalogueValidator;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CategoryCode;
import org.cundang.code.CodeException;
import org.cundang.code.CodeTemplate;
import org.cundang.code.ItemSequences;
import org.cundang.code.SequenceScope;
import org.cundang.retention.RetentionPeriod;
import org.cundang.schedule.ResolvedEntry;
import org.cundang.schedule.RetentionSchedule;
import org.jspecify.annotations.Nullable;

/**
 * Arranges items into numbered 目录 rows (DA/T 22-2015 5.2 to 5.5, V): each item gets its class (全宗, 门类, 年度 from
 * its 日期, 保管期限, and 机构(问题) when given), is ordered inside the lowest class by date and matter (按时间结合事由,
 * 5.3.1) and gets the next 件号 of its class (4 digits, 5.4.3 e). The output is the catalogue in 档号 order.
 *
 * <p>Order inside a class (the standard says "按时间结合事由" and no more; see {@code docs/paper.md}): items that share
 * a {@linkplain ArrangeItem#matter() 事由} stay together, at the place of the earliest of them; otherwise by date,
 * and items of one date keep their input order.
 *
 * <p>Items that cannot be placed are left out and reported (errors): CD-3110 no 日期 (so no 年度), CD-3111 no 保管期限
 * (neither a period nor a schedule entry), CD-3112 a schedule entry that is not in the schedule, CD-3113 a period
 * shorter than the schedule entry allows (the schedule's periods are minimums: 国家档案局令第8号, V), CD-3114 the row
 * breaks a catalogue rule (the CD-30xx findings of {@link CatalogueValidator} come with it), CD-3115 the 档号 cannot
 * be formed with the template, CD-3116 the class already holds the template's largest 件号.
 *
 * <p>Immutable and thread-safe.
 */
public final class Arranger {

    private static final MessageCatalog MESSAGES = ArrangeException.MESSAGES;

    private final String fonds;
    private final CategoryCode category;
    private final CodeTemplate template;
    private final @Nullable RetentionSchedule schedule;
    private final CatalogueValidator validator;

    private Arranger(Builder b, CatalogueValidator validator) {
        this.fonds = requireNonNull(b.fonds, "fonds");
        this.category = b.category;
        this.template = b.template;
        this.schedule = b.schedule;
        this.validator = validator;
    }

    /**
     * Starts an arranger for one 全宗.
     *
     * @param fonds the 全宗号, e.g. {@code Z109}, not null
     * @return a builder with the DA/T 22-2015 template, category WS, no schedule
     */
    public static Builder builder(String fonds) {
        return new Builder(requireNonNull(fonds, "fonds"));
    }

    /** The 全宗号. */
    public String fonds() {
        return fonds;
    }

    /** The template the 档号 are formed with. */
    public CodeTemplate template() {
        return template;
    }

    /**
     * Arranges items, numbering every class from 1.
     *
     * @param items the items, not null, no null elements
     * @return the catalogue and the findings
     */
    public Arrangement arrange(List<ArrangeItem> items) {
        return arrange(items, List.of());
    }

    /**
     * Arranges items after codes already used (for example last month's items of the same year): each class goes on
     * after its highest used 件号.
     *
     * @param items the items, not null, no null elements
     * @param used  codes already used, not null
     * @return the catalogue (the new rows only, 序号 from 1) and the findings
     */
    public Arrangement arrange(List<ArrangeItem> items, Collection<ArchivalCode> used) {
        requireNonNull(items, "items");
        requireNonNull(used, "used");
        List<Finding> findings = new ArrayList<>();
        Map<SequenceScope, List<Candidate>> byScope = new TreeMap<>();
        int index = 0;
        for (ArrangeItem item : items) {
            requireNonNull(item, "item");
            Candidate c = place(item, index++, findings);
            if (c != null) {
                byScope.computeIfAbsent(c.scope, k -> new ArrayList<>()).add(c);
            }
        }
        ItemSequences.Allocator allocator = ItemSequences.of(template).allocator(used);
        List<CatalogueEntry> entries = new ArrayList<>();
        for (Map.Entry<SequenceScope, List<Candidate>> e : byScope.entrySet()) {
            for (Candidate c : ordered(e.getValue())) {
                ArchivalCode code;
                try {
                    code = allocator.next(e.getKey());
                } catch (CodeException ex) {
                    findings.add(finding("CD-3116", c.item.ref(), Map.of("scope", e.getKey().key()),
                            e.getKey().key(), String.valueOf(template.maxItem())));
                    continue;
                }
                entries.add(entry(entries.size() + 1, code, c));
            }
        }
        return new Arrangement(entries, findings);
    }

    /** The order inside one class: by matter group (earliest date, then first input), then date, then input. */
    static List<Candidate> ordered(List<Candidate> in) {
        Map<String, LocalDate> groupDate = new HashMap<>();
        Map<String, Integer> groupFirst = new HashMap<>();
        for (Candidate c : in) {
            groupDate.merge(c.group(), c.date, (a, b) -> a.isBefore(b) ? a : b);
            groupFirst.merge(c.group(), c.index, Math::min);
        }
        List<Candidate> out = new ArrayList<>(in);
        out.sort(Comparator.comparing((Candidate c) -> groupDate.get(c.group()))
                .thenComparing(c -> groupFirst.get(c.group()))
                .thenComparing(c -> c.date)
                .thenComparingInt(c -> c.index));
        return out;
    }

    private @Nullable Candidate place(ArrangeItem item, int index, List<Finding> findings) {
        String ref = item.ref();
        LocalDate date = item.date();
        if (date == null) {
            findings.add(finding("CD-3110", ref, Map.of(), item.title()));
            return null;
        }
        RetentionPeriod minimum = null;
        String entryId = item.scheduleEntry();
        if (entryId != null) {
            Optional<ResolvedEntry> found = schedule == null ? Optional.empty() : schedule.entry(entryId);
            if (found.isEmpty()) {
                findings.add(finding("CD-3112", ref, Map.of("entry", entryId), entryId,
                        schedule == null ? "-" : schedule.id()));
                return null;
            }
            minimum = found.get().period();
        }
        RetentionPeriod period = item.period() != null ? item.period() : minimum;
        if (period == null) {
            findings.add(finding("CD-3111", ref, Map.of(), item.title()));
            return null;
        }
        if (minimum != null && period.isShorterThan(minimum)) {
            findings.add(finding("CD-3113", ref, Map.of("period", period.code(), "minimum", minimum.code(),
                    "entry", String.valueOf(entryId)), period.code(), minimum.code(), String.valueOf(entryId)));
            return null;
        }
        ArchivalCode probe;
        try {
            ArchivalCode.Builder b = template.builder().fonds(fonds).category(category).year(date.getYear())
                    .period(period).item(1);
            if (item.org() != null) {
                b.org(item.org());
            }
            probe = b.build();
        } catch (CodeException e) {
            findings.add(finding("CD-3115", ref, Map.of("cause", e.code()), e.text().zh(), e.text().en()));
            return null;
        }
        Candidate c = new Candidate(item, index, date, period, probe.scope());
        List<Finding> problems = validator.validate(entry(1, probe, c));
        if (problems.stream().anyMatch(Finding::isError)) {
            for (Finding f : problems) {
                findings.add(new Finding(f.code(), f.severity(), ref, f.message(), f.details()));
            }
            findings.add(finding("CD-3114", ref, Map.of(), String.valueOf(problems.size())));
            return null;
        }
        return c;
    }

    private static CatalogueEntry entry(int sequence, ArchivalCode code, Candidate c) {
        ArrangeItem i = c.item;
        return new CatalogueEntry(sequence, code.toString(), i.documentNumber(), i.responsible(), i.title(),
                CatalogueDates.format(c.date), i.classification(), i.pages(), c.period.code(), i.remarks(),
                i.scheduleEntry());
    }

    private static Finding finding(String code, String subject, Map<String, Object> details, Object... args) {
        LocalizedText text = MESSAGES.text(code, args);
        return new Finding(code, Severity.ERROR, subject, text, new LinkedHashMap<>(details));
    }

    /** An item with its class, before numbering. */
    static final class Candidate {
        final ArrangeItem item;
        final int index;
        final LocalDate date;
        final RetentionPeriod period;
        final SequenceScope scope;

        Candidate(ArrangeItem item, int index, LocalDate date, RetentionPeriod period, SequenceScope scope) {
            this.item = item;
            this.index = index;
            this.date = date;
            this.period = period;
            this.scope = scope;
        }

        String group() {
            String m = item.matter();
            return m == null ? "\u0000#" + index : m;
        }
    }

    /** Builds an {@link Arranger}; not thread-safe. */
    public static final class Builder {
        private final String fonds;
        private CategoryCode category = CategoryCode.parse("WS");
        private CodeTemplate template = CodeTemplate.daT22();
        private @Nullable RetentionSchedule schedule;
        private @Nullable CatalogueValidator validator;

        private Builder(String fonds) {
            this.fonds = fonds;
        }

        /**
         * The 档案门类代码 (DA/T 22-2015 5.4.3 b: WS for 文书, S).
         *
         * @param value e.g. {@code WS}, not null
         * @return this builder
         * @throws CodeException when the text is not a category code
         */
        public Builder category(String value) {
            this.category = CategoryCode.parse(requireNonNull(value, "value"));
            return this;
        }

        /**
         * The 档号 template.
         *
         * @param value the template, not null; it must have 全宗号, 门类, 年度, 保管期限 and 件号 parts
         * @return this builder
         */
        public Builder template(CodeTemplate value) {
            this.template = requireNonNull(value, "value");
            return this;
        }

        /**
         * The retention schedule that 条目 refer to and whose periods are minimums.
         *
         * @param value the schedule, or null for none
         * @return this builder
         */
        public Builder schedule(@Nullable RetentionSchedule value) {
            this.schedule = value;
            return this;
        }

        /**
         * The catalogue rules each row must pass (default {@link CatalogueValidator#withDefaults()}).
         *
         * @param value the validator, not null
         * @return this builder
         */
        public Builder validator(CatalogueValidator value) {
            this.validator = requireNonNull(value, "value");
            return this;
        }

        /**
         * Builds the arranger, checking the 全宗号 and category against the template.
         *
         * @return the arranger
         * @throws CodeException (CD-10xx) when the 全宗号 or category does not fit the template
         */
        public Arranger build() {
            template.builder().fonds(fonds).category(category).year(template.minYear())
                    .period(RetentionPeriod.PERMANENT).item(1).build();
            return new Arranger(this, validator != null ? validator : CatalogueValidator.withDefaults());
        }
    }
}
