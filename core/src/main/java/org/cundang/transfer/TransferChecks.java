package org.cundang.transfer;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cundang.Finding;
import org.cundang.LocalizedText;
import org.cundang.Severity;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.catalog.CatalogueRules;
import org.cundang.catalog.CatalogueValidator;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CodeException;
import org.cundang.code.CodeTemplate;
import org.cundang.code.ItemSequences;
import org.cundang.code.SequenceScope;
import org.cundang.custody.overview.CollectionChecklist;
import org.cundang.internal.bagit.PathSafety;
import org.cundang.internal.bagit.TransferMessages;
import org.cundang.internal.validation.CatalogueQuickCheck;
import org.cundang.catalog.CatalogueDates;
import org.cundang.retention.LegacyPeriodMapping;
import org.cundang.retention.RetentionPeriod;
import org.cundang.schedule.ResolvedEntry;
import org.cundang.schedule.RetentionSchedule;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue-row checks of a transfer (issue 3): CATALOG_FORMAT row validation, CODE_FORMAT, CODE_SEQUENCE,
 * RETENTION_MINIMUM, DIGITIZATION_REQUIRED and MANDATORY_ITEMS. {@link TransferValidator#builder()} adds all of them
 * by default; these factories let a caller assemble another set. Each check streams the catalogue and keeps only
 * compact state (a million rows validate in a 256 MB heap), and keeps at most 200 results per code (the rest are
 * counted in one CD-4095 result). Every check returns NOT_RUN with its reason when it cannot run, never a pass.
 *
 * <p>Which rule reports what (so that one defect is reported once): CATALOG_FORMAT reports the Jakarta Validation
 * findings of {@link CatalogueValidator} (CD-3001..3008) and dates outside the transfer's 起止年度 (CD-4098);
 * CODE_FORMAT reports 档号 that do not parse (CD-4099) or disagree with their row's year (CD-4100) or 保管期限
 * (CD-4101); CODE_SEQUENCE reports gaps (CD-1050) and duplicates (CD-1051). Immutable and thread-safe.
 */
public final class TransferChecks {

    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*[-–~至]\\s*(\\d{4}))?");

    private TransferChecks() {
    }

    /**
     * CATALOG_FORMAT row validation: every row through {@link CatalogueValidator} (Jakarta Validation on
     * {@link CatalogueEntry}), each violation a FAIL naming the line and the field; and each 日期 within the
     * transfer's 起止年度 (bag-info) when that field is readable (DA/T 22-2015 5.5.2, V).
     *
     * @param validator the catalogue validator (its rules give the template and period mapping), not null
     * @return the check
     */
    public static TransferCheck catalogRows(CatalogueValidator validator) {
        return catalogRows(validator, false);
    }

    /**
     * CATALOG_FORMAT row validation, optionally with the quick path: when {@code quick}, a row that
     * {@link CatalogueQuickCheck} accepts (every constraint holds, judged by the constraint validators' own rules)
     * skips the full Jakarta Validation call, which could only return nothing for it; every other row is validated
     * in full. Only for a validator whose constraint set is the one declared on {@link CatalogueEntry} (the one
     * {@link TransferValidator} builds itself).
     *
     * @param validator the catalogue validator, not null
     * @param quick     whether clean rows may take the quick path
     * @return the check
     */
    static TransferCheck catalogRows(CatalogueValidator validator, boolean quick) {
        requireNonNull(validator, "validator");
        CatalogueRules rules = validator.rules();
        return new RowCheck(TransferRule.CATALOG_FORMAT) {
            @Override
            Pass start(TransferContext ctx, RowFacts facts) {
                ResultCollector out = new ResultCollector();
                int[] range = years(ctx);
                long[] rows = {0};
                return new Pass(row -> {
                    rows[0]++;
                    CatalogueEntry entry = entry(row);
                    if (!quick || !CatalogueQuickCheck.passes(entry, rules, facts.code(row, rules.template()))) {
                        for (Finding f : validator.validate(entry)) {
                            if (!CODE_OWNED.contains(f.code())) {
                                out.add(rowResult(rule(), row, f));
                            }
                        }
                    }
                    if (range != null) {
                        CatalogueDates.parse(row.get(CatalogColumn.DATE)).filter(d -> d.getYear() < range[0]
                                || d.getYear() > range[1]).ifPresent(d -> out.add(rowResult(rule(), row,
                                TransferMessages.finding("CD-4098", Severity.ERROR, subject(row),
                                        String.valueOf(row.line()), row.get(CatalogColumn.DATE),
                                        range[0] + "–" + range[1]))));
                    }
                }, () -> {
                    if (!out.anyProblem()) {
                        out.add(CheckResult.pass(rule(), "catalog.csv",
                                TransferMessages.text("pass.CATALOG_ROWS", String.valueOf(rows[0]))));
                    }
                    return out.results();
                });
            }
        };
    }

    /** Codes that CODE_FORMAT reports, so CATALOG_FORMAT leaves them out. */
    private static final Set<String> CODE_OWNED = Set.of("CD-3004", "CD-3009", "CD-3010");

    /**
     * CODE_FORMAT: each 档号 parses with the template and agrees with its row: the code's 年度 is the year of the
     * 日期 (when {@code yearMustMatchDate}) and its 保管期限 is the row's (DA/T 22-2015 5.4.2, V; DA/T 70-2018
     * 档号规范性, S).
     *
     * @param template          the template, not null
     * @param mapping           maps legacy 保管期限 terms, not null
     * @param yearMustMatchDate whether the 年度 must be the year of the 日期
     * @return the check
     */
    public static TransferCheck codeFormat(CodeTemplate template, LegacyPeriodMapping mapping,
                                           boolean yearMustMatchDate) {
        requireNonNull(template, "template");
        requireNonNull(mapping, "mapping");
        return new RowCheck(TransferRule.CODE_FORMAT) {
            @Override
            Pass start(TransferContext ctx, RowFacts facts) {
                ResultCollector out = new ResultCollector();
                long[] rows = {0};
                return new Pass(row -> {
                    rows[0]++;
                    String text = row.get(CatalogColumn.CODE);
                    ArchivalCode code;
                    try {
                        code = facts.parse(row, template);
                    } catch (CodeException e) {
                        int index = e instanceof org.cundang.code.CodeParseException p ? p.errorIndex() : 0;
                        Finding f = TransferMessages.finding("CD-4099", Severity.ERROR, subject(row),
                                String.valueOf(row.line()), PathSafety.printable(text), e.text().zh(),
                                String.valueOf(index));
                        LocalizedText en = TransferMessages.text("CD-4099", String.valueOf(row.line()),
                                PathSafety.printable(text), e.text().en(), String.valueOf(index));
                        Map<String, Object> d = new LinkedHashMap<>();
                        d.put("error", e.code());
                        d.put("index", index);
                        out.add(rowResult(rule(), row, new Finding("CD-4099", Severity.ERROR, f.subject(),
                                new LocalizedText(f.message().zh(), en.en()), d)));
                        return;
                    }
                    OptionalInt year = code.year();
                    Optional<LocalDate> date = CatalogueDates.parse(row.get(CatalogColumn.DATE));
                    if (yearMustMatchDate && year.isPresent() && date.isPresent()
                            && date.get().getYear() != year.getAsInt()) {
                        out.add(rowResult(rule(), row, TransferMessages.finding("CD-4100", Severity.ERROR,
                                subject(row), String.valueOf(row.line()), code.toString(),
                                String.valueOf(year.getAsInt()), String.valueOf(date.get().getYear()))));
                    }
                    Optional<RetentionPeriod> own = code.period();
                    Optional<RetentionPeriod> rowPeriod = period(mapping, row, year);
                    if (own.isPresent() && rowPeriod.isPresent() && !own.get().equals(rowPeriod.get())) {
                        out.add(rowResult(rule(), row, TransferMessages.finding("CD-4101", Severity.ERROR,
                                subject(row), String.valueOf(row.line()), code.toString(), own.get().code(),
                                PathSafety.printable(row.get(CatalogColumn.PERIOD)))));
                    }
                }, () -> {
                    if (!out.anyProblem()) {
                        out.add(CheckResult.pass(rule(), "catalog.csv",
                                TransferMessages.text("pass.CODE_FORMAT", String.valueOf(rows[0]))));
                    }
                    return out.results();
                });
            }
        };
    }

    /**
     * CODE_SEQUENCE: no gaps and no duplicates of 件号 per scope (DA/T 22-2015 5.4.1, 5.4.3 e), V; DA/T 70-2018
     * 连续编号项无漏号, S), judged by {@link ItemSequences#check}. Streaming: per scope it keeps a bit set of the 件号
     * seen and the first line of each, nothing per row. Rows whose 档号 does not parse are left to CODE_FORMAT.
     *
     * @param template the template, not null
     * @return the check
     */
    public static TransferCheck codeSequence(CodeTemplate template) {
        requireNonNull(template, "template");
        ItemSequences sequences = ItemSequences.of(template);
        return new RowCheck(TransferRule.CODE_SEQUENCE) {
            @Override
            Pass start(TransferContext ctx, RowFacts facts) {
                Map<SequenceScope, ScopeState> scopes = new TreeMap<>();
                return new Pass(row -> {
                    ArchivalCode code;
                    try {
                        code = facts.parse(row, template);
                    } catch (CodeException e) {
                        return;
                    }
                    scopes.computeIfAbsent(code.scope(), s -> new ScopeState()).add(code.item(), row.line());
                }, () -> {
                    ResultCollector out = new ResultCollector();
                    for (Map.Entry<SequenceScope, ScopeState> e : scopes.entrySet()) {
                        SequenceScope scope = e.getKey();
                        ScopeState st = e.getValue();
                        List<ArchivalCode> codes = new ArrayList<>();
                        for (int i = st.seen.nextSetBit(0); i >= 0; i = st.seen.nextSetBit(i + 1)) {
                            codes.add(scope.codeWith(i));
                            if (st.extra.containsKey(i)) {
                                for (int k = 0; k < st.extra.get(i).size(); k++) {
                                    codes.add(scope.codeWith(i));
                                }
                            }
                        }
                        for (Finding f : sequences.check(codes)) {
                            Map<String, String> d = new LinkedHashMap<>();
                            f.details().forEach((k, v) -> {
                                if (!k.equals("positions")) {
                                    d.put(k, String.valueOf(v));
                                }
                            });
                            if (f.code().equals("CD-1051")) {
                                int item = Integer.parseInt(String.valueOf(f.details().get("item")));
                                List<Integer> lines = new ArrayList<>();
                                lines.add(st.firstLine(item));
                                lines.addAll(st.extra.get(item));
                                d.put("lines", lines.toString());
                            }
                            out.add(new CheckResult(rule(), f.subject(), Outcome.FAIL, f.code(), f.message(), d));
                        }
                    }
                    if (!out.anyProblem()) {
                        out.add(CheckResult.pass(rule(), "catalog.csv",
                                TransferMessages.text("pass.CODE_SEQUENCE", String.valueOf(scopes.size()))));
                    }
                    return out.results();
                });
            }
        };
    }

    /** Compact state of one scope: the 件号 seen, the first line of each, the lines of repeats. */
    private static final class ScopeState {
        final BitSet seen = new BitSet();
        int[] first = new int[16];
        final Map<Integer, List<Integer>> extra = new HashMap<>();

        void add(int item, int line) {
            if (seen.get(item)) {
                List<Integer> l = extra.computeIfAbsent(item, k -> new ArrayList<>());
                if (l.size() < 1000) {
                    l.add(line);
                }
                return;
            }
            seen.set(item);
            if (item >= first.length) {
                first = java.util.Arrays.copyOf(first, Math.max(item + 1, first.length * 2));
            }
            first[item] = line;
        }

        int firstLine(int item) {
            return item < first.length ? first[item] : 0;
        }
    }

    /**
     * RETENTION_MINIMUM: a row's 保管期限 is not shorter than its schedule entry's (the periods in a schedule are
     * minimums: 国家档案局令第8号 第六条、第十二条, V; 会计档案管理办法 第十五条, V). A 条目 no schedule knows is a WARN
     * (CD-4105); rows without 条目 are not judged, and a catalogue with no 条目 at all gives NOT_RUN (CD-4106).
     *
     * @param schedules the schedules, searched in order for an entry id, not null, not empty
     * @param template  the template (the code's year resolves legacy terms), not null
     * @param mapping   maps legacy 保管期限 terms, not null
     * @return the check
     */
    public static TransferCheck retentionMinimum(List<RetentionSchedule> schedules, CodeTemplate template,
                                                 LegacyPeriodMapping mapping) {
        List<RetentionSchedule> s = schedules(schedules);
        requireNonNull(template, "template");
        requireNonNull(mapping, "mapping");
        return new RowCheck(TransferRule.RETENTION_MINIMUM) {
            @Override
            Pass start(TransferContext ctx, RowFacts facts) {
                ResultCollector out = new ResultCollector();
                long[] judged = {0};
                return new Pass(row -> {
                    String id = row.get(CatalogColumn.ENTRY);
                    if (id.isEmpty()) {
                        return;
                    }
                    judged[0]++;
                    Optional<ResolvedEntry> entry = lookup(s, id);
                    if (entry.isEmpty()) {
                        out.add(rowResult(rule(), row, TransferMessages.finding("CD-4105", Severity.WARNING,
                                subject(row), String.valueOf(row.line()), PathSafety.printable(id))));
                        return;
                    }
                    Optional<RetentionPeriod> p = period(mapping, row, facts.year(row, template));
                    RetentionPeriod min = entry.get().period();
                    if (p.isPresent() && p.get().isShorterThan(min)) {
                        out.add(rowResult(rule(), row, TransferMessages.finding("CD-4104", Severity.ERROR,
                                subject(row), String.valueOf(row.line()), p.get().code(), id, min.code())));
                    }
                }, () -> {
                    if (judged[0] == 0) {
                        return List.of(new CheckResult(rule(), "catalog.csv", Outcome.NOT_RUN, "CD-4106",
                                TransferMessages.text("CD-4106"), Map.of()));
                    }
                    if (!out.anyProblem()) {
                        out.add(CheckResult.pass(rule(), "catalog.csv",
                                TransferMessages.text("pass.RETENTION_MINIMUM", String.valueOf(judged[0]))));
                    }
                    return out.results();
                });
            }
        };
    }

    /**
     * DIGITIZATION_REQUIRED: every row whose schedule entry is marked {@code digitisationRequired} (涉民, the
     * 村档乡管 policy, S) or whose 保管期限 is one of {@code periods} (default Y and D30: the 临海 2023 scope, V, and
     * the Rui'an policy, S) has a scan ({@code files/<档号>.pdf|.ofd} or {@code files/<档号>/}).
     *
     * @param schedules the schedules, not null, not empty
     * @param template  the template, not null
     * @param mapping   maps legacy 保管期限 terms, not null
     * @param periods   the periods that must be digitised, not null
     * @return the check
     */
    public static TransferCheck digitisationRequired(List<RetentionSchedule> schedules, CodeTemplate template,
                                                     LegacyPeriodMapping mapping, Set<RetentionPeriod> periods) {
        List<RetentionSchedule> s = schedules(schedules);
        requireNonNull(template, "template");
        requireNonNull(mapping, "mapping");
        Set<RetentionPeriod> ps = Set.copyOf(requireNonNull(periods, "periods"));
        return new RowCheck(TransferRule.DIGITIZATION_REQUIRED) {
            @Override
            Pass start(TransferContext ctx, RowFacts facts) {
                Set<String> scanned = scannedCodes(ctx);
                ResultCollector out = new ResultCollector();
                long[] required = {0};
                return new Pass(row -> {
                    String id = row.get(CatalogColumn.ENTRY);
                    boolean byEntry = !id.isEmpty() && lookup(s, id).map(e -> e.entry().digitisationRequired())
                            .orElse(false);
                    Optional<RetentionPeriod> p = period(mapping, row, facts.year(row, template));
                    boolean byPeriod = p.isPresent() && ps.contains(p.get());
                    if (!byEntry && !byPeriod) {
                        return;
                    }
                    required[0]++;
                    String code = row.get(CatalogColumn.CODE);
                    if (!scanned.contains(code)) {
                        String why = byEntry ? id : p.get().code();
                        out.add(rowResult(rule(), row, TransferMessages.finding("CD-4107", Severity.ERROR,
                                subject(row), String.valueOf(row.line()), PathSafety.printable(code), why)));
                    }
                }, () -> {
                    if (!out.anyProblem()) {
                        out.add(CheckResult.pass(rule(), "catalog.csv",
                                TransferMessages.text("pass.DIGITIZATION_REQUIRED", String.valueOf(required[0]))));
                    }
                    return out.results();
                });
            }
        };
    }

    /**
     * MANDATORY_ITEMS (应收尽收): for each schedule entry marked {@code filedEveryYear} whose 门类 occurs in the
     * transfer, and each year the transfer covers (bag-info 起止年度, else the years of the 档号), a row with that
     * 条目 and year; absent ones are WARNs (CD-4108) of this SHOULD rule (村级档案管理办法 第七条, V; the schedule flags
     * are data). NOT_RUN (CD-4106) when no row names its 条目.
     *
     * @param schedules the schedules, not null, not empty
     * @param template  the template, not null
     * @return the check
     */
    public static TransferCheck mandatoryItems(List<RetentionSchedule> schedules, CodeTemplate template) {
        List<RetentionSchedule> s = schedules(schedules);
        requireNonNull(template, "template");
        return new RowCheck(TransferRule.MANDATORY_ITEMS) {
            @Override
            Pass start(TransferContext ctx, RowFacts facts) {
                Set<String> present = new HashSet<>();
                Set<String> categories = new TreeSet<>();
                Set<Integer> years = new TreeSet<>();
                long[] named = {0};
                return new Pass(row -> {
                    ArchivalCode code;
                    try {
                        code = facts.parse(row, template);
                    } catch (CodeException e) {
                        return;
                    }
                    code.category().ifPresent(c -> categories.add(c.toString()));
                    code.year().ifPresent(years::add);
                    String id = row.get(CatalogColumn.ENTRY);
                    if (!id.isEmpty() && code.year().isPresent()) {
                        named[0]++;
                        present.add(id + "|" + code.year().getAsInt());
                    }
                }, () -> {
                    if (named[0] == 0) {
                        return List.of(new CheckResult(rule(), "catalog.csv", Outcome.NOT_RUN, "CD-4106",
                                TransferMessages.text("CD-4106"), Map.of()));
                    }
                    int[] range = years(ctx);
                    if (range != null && range[1] - range[0] < 200) {
                        years.clear();
                        for (int y = range[0]; y <= range[1]; y++) {
                            years.add(y);
                        }
                    }
                    ResultCollector out = new ResultCollector();
                    // The entries filed every year: the same rule as the yearly collection checklist.
                    for (ResolvedEntry e : CollectionChecklist.annualEntries(s, categories)) {
                        for (int y : years) {
                            if (!present.contains(e.id() + "|" + y)) {
                                Map<String, String> d = new LinkedHashMap<>();
                                d.put("entry", e.id());
                                d.put("year", String.valueOf(y));
                                out.add(new CheckResult(rule(), e.id() + " " + y, Outcome.WARN, "CD-4108",
                                        TransferMessages.text("CD-4108", e.id(), e.title(), String.valueOf(y)),
                                        d));
                            }
                        }
                    }
                    if (!out.anyProblem()) {
                        out.add(CheckResult.pass(rule(), "catalog.csv",
                                TransferMessages.text("pass.MANDATORY_ITEMS", String.valueOf(years.size()))));
                    }
                    return out.results();
                });
            }
        };
    }

    /**
     * A check that reads the catalogue row by row: {@link #start} returns the per-row consumer and the finisher, so
     * several row checks can share one pass over the file ({@link #runAll}).
     */
    private abstract static class RowCheck implements TransferCheck {
        private final TransferRule rule;

        RowCheck(TransferRule rule) {
            this.rule = rule;
        }

        @Override
        public TransferRule rule() {
            return rule;
        }

        /**
         * Starts a pass: the state lives in the returned consumer and finisher; {@code facts} parses each row's
         * 档号 once for all the checks of a shared pass.
         */
        abstract Pass start(TransferContext ctx, RowFacts facts);

        @Override
        public List<CheckResult> run(TransferContext ctx) {
            requireNonNull(ctx, "ctx");
            if (!ctx.catalogPresent()) {
                return List.of(notRun(rule));
            }
            Pass p = start(ctx, new RowFacts());
            ctx.forEachCatalogRow(p.rows());
            return p.finish().get();
        }
    }

    /** One row check's pass: what it does per row, and how it turns its state into results. */
    private record Pass(java.util.function.Consumer<CatalogRow> rows,
                        java.util.function.Supplier<List<CheckResult>> finish) {
    }

    /**
     * Runs checks in order; the row checks of this class share a single pass over the catalogue (the file is read
     * and decoded once for all of them). Results come check by check, in the order given.
     *
     * @param checks the checks, not null
     * @param ctx    the transfer, not null
     * @return every result
     */
    static List<CheckResult> runAll(List<TransferCheck> checks, TransferContext ctx) {
        List<Pass> passes = new ArrayList<>();
        Map<Integer, Pass> byIndex = new HashMap<>();
        if (ctx.catalogPresent()) {
            RowFacts facts = new RowFacts();
            for (int i = 0; i < checks.size(); i++) {
                if (checks.get(i) instanceof RowCheck rc) {
                    Pass p = rc.start(ctx, facts);
                    passes.add(p);
                    byIndex.put(i, p);
                }
            }
            if (!passes.isEmpty()) {
                ctx.forEachCatalogRow(row -> {
                    for (Pass p : passes) {
                        p.rows().accept(row);
                    }
                });
            }
        }
        List<CheckResult> out = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            TransferCheck c = checks.get(i);
            Pass p = byIndex.get(i);
            for (CheckResult r : p != null ? p.finish().get() : c.run(ctx)) {
                if (r.rule() != c.rule()) {
                    throw new IllegalStateException("check for " + c.rule() + " returned a " + r.rule() + " result");
                }
                out.add(r);
            }
        }
        return out;
    }

    // ---- shared helpers ----

    private static List<RetentionSchedule> schedules(List<RetentionSchedule> schedules) {
        List<RetentionSchedule> s = List.copyOf(requireNonNull(schedules, "schedules"));
        if (s.isEmpty()) {
            throw new IllegalArgumentException("at least one schedule");
        }
        return s;
    }

    static Optional<ResolvedEntry> lookup(List<RetentionSchedule> schedules, String id) {
        if (id.length() > 200) {
            return Optional.empty();
        }
        for (RetentionSchedule s : schedules) {
            Optional<ResolvedEntry> e = s.entry(id);
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    private static CheckResult notRun(TransferRule rule) {
        return new CheckResult(rule, "catalog.csv", Outcome.NOT_RUN, "CD-4096", TransferMessages.text("CD-4096"),
                Map.of());
    }

    private static String subject(CatalogRow row) {
        String code = row.get(CatalogColumn.CODE);
        return code.isEmpty() ? "catalog.csv:" + row.line() : PathSafety.printable(code);
    }

    /** A FAIL (error) or WARN result about a row, subject the 档号, with the line and field in the details. */
    private static CheckResult rowResult(TransferRule rule, CatalogRow row, Finding f) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("line", String.valueOf(row.line()));
        f.details().forEach((k, v) -> d.put(k, String.valueOf(v)));
        LocalizedText m = f.message();
        if (f.code().startsWith("CD-30")) {
            String line = String.valueOf(row.line());
            m = new LocalizedText(TransferMessages.text("row", line, m.zh()).zh(),
                    TransferMessages.text("row", line, m.en()).en());
        }
        Outcome o = f.severity() == Severity.ERROR ? Outcome.FAIL : Outcome.WARN;
        return new CheckResult(rule, subject(row), o, f.code(), m, d);
    }

    private static @Nullable Integer number(String s) {
        int v = TransferValidator.catalogueNumber(s);
        return v < 0 ? null : v;
    }

    private static @Nullable String orNull(String s) {
        return s.isEmpty() ? null : s;
    }

    static CatalogueEntry entry(CatalogRow row) {
        return new CatalogueEntry(number(row.get(CatalogColumn.SERIAL)), row.get(CatalogColumn.CODE),
                row.get(CatalogColumn.DOC_NUMBER), row.get(CatalogColumn.CREATOR), row.get(CatalogColumn.TITLE),
                row.get(CatalogColumn.DATE), row.get(CatalogColumn.CLASSIFICATION),
                number(row.get(CatalogColumn.PAGES)), row.get(CatalogColumn.PERIOD),
                row.get(CatalogColumn.REMARKS), orNull(row.get(CatalogColumn.ENTRY)));
    }

    /**
     * What the checks of one pass derive from the current row, computed once: the 档号 parsed with a template (the
     * code or the parse failure, kept for the row being read). One per pass; not thread-safe.
     */
    static final class RowFacts {
        private @Nullable CatalogRow row;
        private @Nullable CodeTemplate template;
        private @Nullable ArchivalCode code;
        private @Nullable CodeException failure;

        /** The row's 档号 parsed with {@code t}; throws the parse failure (the same one for every check). */
        ArchivalCode parse(CatalogRow r, CodeTemplate t) {
            if (r != row || t != template) {
                row = r;
                template = t;
                code = null;
                failure = null;
                try {
                    code = t.parse(r.get(CatalogColumn.CODE));
                } catch (CodeException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return requireNonNull(code);
        }

        /** The row's 档号 parsed with {@code t}, empty when it does not parse. */
        Optional<ArchivalCode> code(CatalogRow r, CodeTemplate t) {
            try {
                return Optional.of(parse(r, t));
            } catch (CodeException e) {
                return Optional.empty();
            }
        }

        /** The year of the row's 档号, empty when it has none or does not parse. */
        OptionalInt year(CatalogRow r, CodeTemplate t) {
            try {
                return parse(r, t).year();
            } catch (CodeException e) {
                return OptionalInt.empty();
            }
        }
    }

    /** The row's 保管期限 (legacy terms mapped), or empty when it is none (CATALOG_FORMAT reports that). */
    private static Optional<RetentionPeriod> period(LegacyPeriodMapping mapping, CatalogRow row, OptionalInt year) {
        String text = row.get(CatalogColumn.PERIOD);
        if (text.isEmpty() || text.length() > 20) {
            return Optional.empty();
        }
        Year y = null;
        if (year.isPresent() && year.getAsInt() >= Year.MIN_VALUE && year.getAsInt() <= Year.MAX_VALUE) {
            y = Year.of(year.getAsInt());
        }
        return mapping.resolve(text, y).map(LegacyPeriodMapping.Resolution::period);
    }

    /** The 起止年度 of bag-info as {from, to}, or null when absent or unreadable. */
    static int @Nullable [] years(TransferContext ctx) {
        List<String> v = ctx.bagInfo().get("起止年度");
        if (v == null || v.isEmpty()) {
            return null;
        }
        Matcher m = YEARS.matcher(v.get(0).strip());
        if (!m.matches()) {
            return null;
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        return from <= to ? new int[] {from, to} : null;
    }

    /** The 档号 that have a scan in the payload. */
    static Set<String> scannedCodes(TransferContext ctx) {
        String prefix = ctx.isBag() ? "data/" : "";
        Set<String> out = new HashSet<>();
        for (String f : ctx.payloadFiles()) {
            if (!f.startsWith(prefix + "files/")) {
                continue;
            }
            String rel = f.substring(prefix.length());
            String code = ScanNames.pageImageCode(rel);
            if (code == null) {
                code = ScanNames.docCode(rel);
            }
            if (code != null) {
                out.add(code);
            }
        }
        return out;
    }
}
