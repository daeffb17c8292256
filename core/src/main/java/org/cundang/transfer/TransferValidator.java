package org.cundang.transfer;

import static java.util.Objects.requireNonNull;
import static org.cundang.internal.bagit.PathSafety.finding;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.cundang.Finding;
import org.cundang.Severity;
import org.cundang.digest.Digest;
import org.cundang.digest.DigestAlgorithm;
import org.cundang.internal.bagit.BagModel;
import org.cundang.internal.bagit.BagReader;
import org.cundang.internal.bagit.PathSafety;
import org.cundang.internal.bagit.TransferMessages;
import org.cundang.internal.csv.CatalogReader;
import org.cundang.internal.fixity.FixityEngine;
import org.cundang.internal.format.DocumentInfo;
import org.cundang.internal.format.FileFormat;
import org.cundang.internal.format.FormatSniffer;
import org.cundang.internal.format.ImageInfo;
import org.cundang.internal.format.ImageInspector;
import org.cundang.internal.format.OfdInspector;
import org.cundang.internal.format.PdfInspector;
import org.cundang.catalog.CatalogueRules;
import org.cundang.catalog.CatalogueValidator;
import org.cundang.code.CodeTemplate;
import org.cundang.retention.LegacyPeriodMapping;
import org.cundang.retention.RetentionPeriod;
import org.cundang.schedule.BundledSchedules;
import org.cundang.schedule.RetentionSchedule;
import org.cundang.schedule.Schedules;
import org.jspecify.annotations.Nullable;

/**
 * Validates a transfer: a BagIt bag (1.0 or 0.97) with the Cundang profile, or a plain folder with
 * {@code catalog.csv} and {@code files/}. Returns every result, never stopping at the first failure; nothing outside
 * the input directory is opened, and an unsafe entry is never opened (see {@code docs/transfer-package.md}).
 *
 * <p>Built-in rules: BAG_STRUCTURE, PATH_SAFETY, COMPLETENESS, FIXITY, CATALOG_FORMAT (encoding, structure, header,
 * formula cells), CATALOG_FILE_MATCH, PAGE_COUNT, FORMAT, RESOLUTION, COLOUR_MODE. Further rules are added with
 * {@link Builder#addCheck(TransferCheck)}. Immutable and thread-safe; one validator may run several validations.
 */
public final class TransferValidator {

    /** Default largest file hashed or inspected: 4 GiB (a larger one is NOT_RUN, see the docs). */
    public static final long DEFAULT_MAX_FILE_BYTES = 4L << 30;

    /** The Cundang profile's MUST bag-info fields. */
    static final List<String> REQUIRED_FIELDS = List.of("全宗号", "档案门类", "起止年度", "件数", "页数", "Payload-Oxum");
    /**
     * The profile's SHOULD fields: the organisations, the batch and the people, which the paper 移交接收登记表 names
     * and both sides sign at the handover, so a packed folder without them is not rejected (issue 3).
     */
    static final List<String> SHOULD_FIELDS = List.of("立档单位", "接收单位", "移交批次", "移交人", "接收人");


    private final DigitisationProfile profile;
    private final Set<DigestAlgorithm> algorithms;
    private final int threads;
    private final long maxFileBytes;
    private final List<TransferCheck> checks;
    private final List<TransferCheck> standard;
    private final PdfInspector pdf;
    private final CodeTemplate template;
    private final List<RetentionSchedule> schedules;
    private final LegacyPeriodMapping mapping;

    private TransferValidator(Builder b) {
        this.profile = b.profile;
        this.algorithms = Collections.unmodifiableSet(EnumSet.copyOf(b.algorithms));
        this.threads = b.threads;
        this.maxFileBytes = b.maxFileBytes;
        this.template = b.template;
        this.schedules = b.schedules != null ? b.schedules : defaultSchedules();
        this.mapping = b.mapping;
        List<TransferCheck> std = new ArrayList<>();
        if (b.standardChecks) {
            CatalogueValidator cv = b.catalogueValidator != null ? b.catalogueValidator
                    : CatalogueValidator.of(CatalogueRules.defaults().withTemplate(template).withLegacyPeriods(mapping));
            // the quick row path only for the validator built here: its constraints are exactly CatalogueEntry's
            std.add(TransferChecks.catalogRows(cv, b.catalogueValidator == null));
            std.add(TransferChecks.codeFormat(template, mapping, cv.rules().yearMustMatchDate()));
            std.add(TransferChecks.codeSequence(template));
            std.add(TransferChecks.retentionMinimum(schedules, template, mapping));
            std.add(TransferChecks.digitisationRequired(schedules, template, mapping, b.digitisationPeriods));
            std.add(TransferChecks.mandatoryItems(schedules, template));
        }
        this.standard = List.copyOf(std);
        this.checks = List.copyOf(b.checks);
        this.pdf = PdfInspector.defaults();
    }

    /**
     * The default schedules: the bundled 村级 (village-2017), 乡镇 (township-2021) and 会计 (accounting annex 1 and 2)
     * tables, each resolved, searched in that order by entry id.
     *
     * @return the schedules
     */
    public static List<RetentionSchedule> defaultSchedules() {
        BundledSchedules b = Schedules.bundled();
        return List.of(b.schedule(BundledSchedules.VILLAGE), b.schedule(BundledSchedules.TOWNSHIP),
                b.schedule(BundledSchedules.ACCOUNTING_ANNEX1), b.schedule(BundledSchedules.ACCOUNTING_ANNEX2));
    }

    /** The 档号 template. */
    public CodeTemplate template() {
        return template;
    }

    /** The schedules entry ids are looked up in, in order. */
    public List<RetentionSchedule> schedules() {
        return schedules;
    }

    /** How legacy 保管期限 terms map. */
    public LegacyPeriodMapping legacyMapping() {
        return mapping;
    }

    /** The digitisation profile. */
    public DigitisationProfile profile() {
        return profile;
    }

    /** A builder with the defaults (DA/T 31 profile, SHA-256 and SM3, one thread per processor). */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a validator. */
    public static final class Builder {
        private DigitisationProfile profile = DigitisationProfile.daT31();
        private Set<DigestAlgorithm> algorithms = EnumSet.allOf(DigestAlgorithm.class);
        private int threads = Runtime.getRuntime().availableProcessors();
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private final List<TransferCheck> checks = new ArrayList<>();
        private CodeTemplate template = CodeTemplate.daT22();
        private @Nullable List<RetentionSchedule> schedules;
        private LegacyPeriodMapping mapping = LegacyPeriodMapping.defaults();
        private @Nullable CatalogueValidator catalogueValidator;
        private Set<RetentionPeriod> digitisationPeriods = Set.of(RetentionPeriod.PERMANENT, RetentionPeriod.D30);
        private boolean standardChecks = true;

        private Builder() {
        }

        /**
         * Sets the 档号 template (default DA/T 22-2015, DOMAIN.md decision 4).
         *
         * @param template the template, not null
         * @return this
         */
        public Builder template(CodeTemplate template) {
            this.template = requireNonNull(template, "template");
            return this;
        }

        /**
         * Sets the retention schedules a row's 条目 is looked up in, in order (default {@link #defaultSchedules()}).
         *
         * @param schedules at least one, not null
         * @return this
         */
        public Builder schedules(List<RetentionSchedule> schedules) {
            List<RetentionSchedule> s = List.copyOf(requireNonNull(schedules, "schedules"));
            if (s.isEmpty()) {
                throw new IllegalArgumentException("at least one schedule");
            }
            this.schedules = s;
            return this;
        }

        /**
         * Sets how legacy 保管期限 terms (永久/长期/短期) map (default {@link LegacyPeriodMapping#defaults()}).
         *
         * @param mapping the mapping, not null
         * @return this
         */
        public Builder legacyMapping(LegacyPeriodMapping mapping) {
            this.mapping = requireNonNull(mapping, "mapping");
            return this;
        }

        /**
         * Sets the catalogue validator for CATALOG_FORMAT rows (default: {@link CatalogueRules#defaults()} with this
         * builder's template, legacy terms accepted and mapped).
         *
         * @param validator the validator, not null
         * @return this
         */
        public Builder catalogueValidator(CatalogueValidator validator) {
            this.catalogueValidator = requireNonNull(validator, "validator");
            return this;
        }

        /**
         * Sets the 保管期限 whose items must be digitised (default Y and D30; DOMAIN.md §4.3, S).
         *
         * @param periods the periods, not null
         * @return this
         */
        public Builder digitisationPeriods(Set<RetentionPeriod> periods) {
            this.digitisationPeriods = Set.copyOf(requireNonNull(periods, "periods"));
            return this;
        }

        /**
         * Whether the standard row checks ({@link TransferChecks}: catalogue rows, CODE_FORMAT, CODE_SEQUENCE,
         * RETENTION_MINIMUM, DIGITIZATION_REQUIRED, MANDATORY_ITEMS) run; default true. They run on one extra thread
         * while the files are hashed (their context's built-in results are those known before hashing); their
         * results follow the built-in ones, and added checks run after them.
         *
         * @param enabled whether they run
         * @return this
         */
        public Builder standardChecks(boolean enabled) {
            this.standardChecks = enabled;
            return this;
        }

        /**
         * Sets the digitisation profile.
         *
         * @param profile the profile, not null
         * @return this
         */
        public Builder profile(DigitisationProfile profile) {
            this.profile = requireNonNull(profile, "profile");
            return this;
        }

        /**
         * Sets the algorithms a bag must carry manifests for (at least one must be present; those present and
         * supported are all verified).
         *
         * @param algorithms at least one, not null
         * @return this
         */
        public Builder algorithms(Set<DigestAlgorithm> algorithms) {
            if (requireNonNull(algorithms, "algorithms").isEmpty()) {
                throw new IllegalArgumentException("at least one algorithm");
            }
            this.algorithms = algorithms;
            return this;
        }

        /**
         * Sets the hashing worker count (a bounded pool; never a thread per file).
         *
         * @param threads 1..256
         * @return this
         */
        public Builder threads(int threads) {
            if (threads < 1 || threads > 256) {
                throw new IllegalArgumentException("threads must be within 1..256: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Sets the largest file hashed or inspected; larger ones are NOT_RUN (CD-4052).
         *
         * @param bytes at least 1
         * @return this
         */
        public Builder maxFileBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxFileBytes must be positive");
            }
            this.maxFileBytes = bytes;
            return this;
        }

        /**
         * Adds a check that runs after the built-in ones.
         *
         * @param check the check, not null
         * @return this
         */
        public Builder addCheck(TransferCheck check) {
            checks.add(requireNonNull(check, "check"));
            return this;
        }

        /** Builds the validator. */
        public TransferValidator build() {
            return new TransferValidator(this);
        }
    }

    /**
     * Validates a transfer.
     *
     * @param input the bag or folder, not null
     * @return the report
     * @throws TransferException CD-4010 when the input is not a readable directory
     */
    public TransferReport validate(Path input) {
        return validate(input, Map.of(), TransferProgress.NONE, () -> false);
    }

    /**
     * Validates a transfer with trusted digests, progress and cancellation.
     *
     * @param input     the bag or folder, not null
     * @param trusted   digests the caller already trusts, by payload path ({@code data/...}); such files are not
     *                  re-read when the trusted digests cover every algorithm needed, not null
     * @param progress  progress of the hashing phase, not null
     * @param cancelled polled during hashing; true cancels, not null
     * @return the report
     * @throws TransferException CD-4010 when the input is not a readable directory, CD-4013 when cancelled
     */
    public TransferReport validate(Path input, Map<String, Set<Digest>> trusted, TransferProgress progress,
                                   BooleanSupplier cancelled) {
        requireNonNull(input, "input");
        requireNonNull(trusted, "trusted");
        requireNonNull(progress, "progress");
        requireNonNull(cancelled, "cancelled");
        Path root;
        try {
            root = input.toRealPath();
        } catch (IOException e) {
            throw new TransferException("CD-4010", TransferMessages.text("CD-4010", input.toString()), e);
        }
        if (!Files.isDirectory(root)) {
            throw new TransferException("CD-4010", TransferMessages.text("CD-4010", input.toString()), null);
        }
        return new Run(root, trusted, progress, cancelled).run();
    }

    /**
     * A catalogue number (序号, 页数) as written: 1 to 9 ASCII digits (the former {@code \d{1,9}}), else -1. No
     * regular expression: it runs for every row.
     */
    static int catalogueNumber(String pages) {
        int n = pages.length();
        if (n == 0 || n > 9) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            char c = pages.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** One validation's state. */
    private final class Run {
        final Path root;
        final Map<String, Set<Digest>> trusted;
        final TransferProgress progress;
        final BooleanSupplier cancelled;
        final List<CheckResult> results = new CappedResults();
        final boolean bag;
        final String prefix;
        /** Payload files found on disk that are regular and safe: path to size. */
        final Map<String, Long> inventory = new TreeMap<>();
        final Map<String, PathSafety.Resolution> resolved = new HashMap<>();
        final Set<String> unsafe = new TreeSet<>();
        BagModel model;
        /** Hashes payload files as the inventory walk finds them (null: nothing to hash or not a bag). */
        FixityEngine.@Nullable Session session;
        /** The paths of the payload manifests with a supported algorithm (those the walk may submit at once). */
        Set<String> early = Set.of();
        final Set<String> submitted = new HashSet<>();
        /** {files, bytes} to hash, published once the task list is complete (progress waits for it). */
        volatile long @Nullable [] hashTotals;
        final java.util.concurrent.atomic.AtomicBoolean finalProgress = new java.util.concurrent.atomic.AtomicBoolean();
        boolean catalogOk;
        String catalogPath;

        Run(Path root, Map<String, Set<Digest>> trusted, TransferProgress progress, BooleanSupplier cancelled) {
            this.root = root;
            this.trusted = trusted;
            this.progress = progress;
            this.cancelled = cancelled;
            this.bag = Files.exists(root.resolve("bagit.txt"), LinkOption.NOFOLLOW_LINKS);
            this.prefix = bag ? "data/" : "";
            this.catalogPath = prefix + "catalog.csv";
        }

        void add(TransferRule rule, Outcome o, Finding f) {
            results.add(CheckResult.of(rule, o, f));
        }

        void fail(TransferRule rule, Finding f) {
            add(rule, f.severity() == Severity.ERROR ? Outcome.FAIL : Outcome.WARN, f);
        }

        void failTo(List<CheckResult> out, TransferRule rule, Finding f) {
            out.add(CheckResult.of(rule, f.severity() == Severity.ERROR ? Outcome.FAIL : Outcome.WARN, f));
        }

        void passIfClean(TransferRule rule, int before, String key, String... args) {
            if (results.subList(before, results.size()).stream().noneMatch(r -> r.rule() == rule)) {
                results.add(CheckResult.pass(rule, "bag", TransferMessages.text(key, (Object[]) args)));
            }
        }

        TransferReport run() {
            if (bag) {
                model = BagReader.read(root);
            }
            bagStructure();
            startHashing();
            try {
                return validateStarted();
            } finally {
                if (session != null) {
                    session.close();
                }
            }
        }

        TransferReport validateStarted() {
            inventory();
            pathSafety();
            completeness();
            Map<String, Integer> declaredPages = new HashMap<>();
            long[] totals = catalog(declaredPages);
            // The standard row checks only read the catalogue and the inventory: they run on one extra thread
            // while the pool hashes, so the serial catalogue work hides behind the I/O- and digest-bound phase.
            Context early = new Context(List.copyOf(results));
            java.util.concurrent.ExecutorService side = null;
            java.util.concurrent.Future<List<CheckResult>> std = null;
            if (!standard.isEmpty()) {
                side = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                    Thread th = new Thread(r, "cundang-rows");
                    th.setDaemon(true);
                    return th;
                });
                std = side.submit(() -> TransferChecks.runAll(standard, early));
            }
            List<CheckResult> stdResults;
            try {
                fixity();
                scans(declaredPages);
                stdResults = std == null ? List.of() : std.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransferException("CD-4013", TransferMessages.text("CD-4013"), e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                if (side != null) {
                    side.shutdownNow();
                }
            }
            long bytes = inventory.values().stream().mapToLong(Long::longValue).sum();
            TransferTotals t = new TransferTotals(totals[0], totals[1], bytes, inventory.size());
            List<CheckResult> builtIn = List.copyOf(results);
            ((CappedResults) results).flush();
            stdResults.forEach(results::add);
            runChecks(checks, new Context(builtIn)).forEach(results::add);
            Map<String, String> info = new LinkedHashMap<>();
            if (model != null && model.bagInfo() != null) {
                model.bagInfo().forEach(e -> info.putIfAbsent(e.getKey(), e.getValue()));
            }
            return new TransferReport(results, t, info);
        }

        List<CheckResult> runChecks(List<TransferCheck> list, Context ctx) {
            List<CheckResult> out = new ArrayList<>();
            for (TransferCheck c : list) {
                for (CheckResult r : c.run(ctx)) {
                    if (r.rule() != c.rule()) {
                        throw new IllegalStateException("check for " + c.rule() + " returned a " + r.rule()
                                + " result");
                    }
                    out.add(r);
                }
            }
            return out;
        }

        /** The view added checks get. */
        final class Context implements TransferContext {
            private final List<CheckResult> builtIn;

            Context(List<CheckResult> builtIn) {
                this.builtIn = builtIn;
            }

            @Override
            public boolean isBag() {
                return bag;
            }

            @Override
            public Map<String, List<String>> bagInfo() {
                Map<String, List<String>> m = new LinkedHashMap<>();
                if (model != null && model.bagInfo() != null) {
                    model.bagInfo().forEach(e -> m.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
                }
                m.replaceAll((k, v) -> List.copyOf(v));
                return Collections.unmodifiableMap(m);
            }

            @Override
            public Set<String> payloadFiles() {
                return Collections.unmodifiableSet(new TreeSet<>(inventory.keySet()));
            }

            @Override
            public Map<String, List<Digest>> payloadDigests() {
                Map<String, List<Digest>> m = new TreeMap<>();
                if (model != null) {
                    for (BagModel.Manifest mf : model.payloadManifests()) {
                        if (mf.algorithm() == null) {
                            continue;
                        }
                        for (BagModel.Entry e : mf.entries()) {
                            try {
                                m.computeIfAbsent(e.path(), k -> new ArrayList<>()).add(Digest.of(mf.algorithm(), e.hex()));
                            } catch (RuntimeException malformed) {
                                // a malformed digest is FIXITY's finding; it is simply not declared here
                            }
                        }
                    }
                }
                m.replaceAll((k, v) -> List.copyOf(v));
                return Collections.unmodifiableMap(m);
            }

            @Override
            public boolean catalogPresent() {
                return catalogOk;
            }

            @Override
            public void forEachCatalogRow(Consumer<CatalogRow> action) {
                requireNonNull(action, "action");
                if (!catalogOk) {
                    return;
                }
                PathSafety.Resolution r = PathSafety.resolve(root, catalogPath);
                if (r.status() == PathSafety.Status.SAFE) {
                    CatalogReader.read(r.path(), catalogPath, action);
                }
            }

            @Override
            public DigitisationProfile profile() {
                return profile;
            }

            @Override
            public List<CheckResult> builtInResults() {
                return builtIn;
            }
        }

        // ---- BAG_STRUCTURE ----
        void bagStructure() {
            int before = results.size();
            if (!bag) {
                results.add(new CheckResult(TransferRule.BAG_STRUCTURE, "bag", Outcome.NOT_RUN, "CD-4036",
                        TransferMessages.text("CD-4036"), Map.of()));
                return;
            }
            for (Finding f : model.findings()) {
                TransferRule rule = f.code().equals("CD-4064") ? TransferRule.PATH_SAFETY : TransferRule.BAG_STRUCTURE;
                fail(rule, f);
            }
            if (model.bagInfo() == null) {
                fail(TransferRule.BAG_STRUCTURE, TransferMessages.finding("CD-4023", Severity.ERROR, "bag-info.txt"));
            } else {
                for (String label : REQUIRED_FIELDS) {
                    if (model.first(label).filter(v -> !v.isBlank()).isEmpty()) {
                        fail(TransferRule.BAG_STRUCTURE,
                                TransferMessages.finding("CD-4025", Severity.ERROR, "bag-info.txt", label));
                    }
                }
                for (String label : SHOULD_FIELDS) {
                    if (model.first(label).filter(v -> !v.isBlank()).isEmpty()) {
                        fail(TransferRule.BAG_STRUCTURE,
                                TransferMessages.finding("CD-4037", Severity.WARNING, "bag-info.txt", label));
                    }
                }
                for (String label : List.of("件数", "页数")) {
                    model.first(label).filter(v -> !v.isBlank() && !v.strip().matches("\\d{1,12}")).ifPresent(v ->
                            fail(TransferRule.BAG_STRUCTURE, TransferMessages.finding("CD-4026", Severity.ERROR,
                                    "bag-info.txt", label, PathSafety.printable(v))));
                }
                model.first("起止年度").filter(v -> !v.isBlank() && !v.strip().matches("\\d{4}(\\s*[-–~至]\\s*\\d{4})?"))
                        .ifPresent(v -> fail(TransferRule.BAG_STRUCTURE, TransferMessages.finding("CD-4026",
                                Severity.ERROR, "bag-info.txt", "起止年度", PathSafety.printable(v))));
                model.first("Payload-Oxum").filter(v -> !v.isBlank() && !v.strip().matches("\\d{1,19}\\.\\d{1,19}"))
                        .ifPresent(v -> fail(TransferRule.BAG_STRUCTURE, TransferMessages.finding("CD-4030",
                                Severity.ERROR, "bag-info.txt", PathSafety.printable(v))));
            }
            Set<DigestAlgorithm> present = EnumSet.noneOf(DigestAlgorithm.class);
            model.payloadManifests().stream().filter(m -> m.algorithm() != null).forEach(m -> present.add(m.algorithm()));
            for (DigestAlgorithm a : algorithms) {
                if (!present.contains(a) && !model.payloadManifests().isEmpty()) {
                    fail(TransferRule.BAG_STRUCTURE, TransferMessages.finding("CD-4038", Severity.WARNING,
                            "manifest-" + a.id() + ".txt", a.id()));
                }
            }
            passIfClean(TransferRule.BAG_STRUCTURE, before, "pass.BAG_STRUCTURE", String.valueOf(model.version()));
        }

        /** The algorithms of the manifests (payload and tag) that are supported. */
        Set<DigestAlgorithm> manifestAlgorithms() {
            Set<DigestAlgorithm> algs = EnumSet.noneOf(DigestAlgorithm.class);
            for (BagModel.Manifest m : model.payloadManifests()) {
                if (m.algorithm() != null) {
                    algs.add(m.algorithm());
                }
            }
            for (BagModel.Manifest m : model.tagManifests()) {
                if (m.algorithm() != null) {
                    algs.add(m.algorithm());
                }
            }
            return algs;
        }

        /**
         * Starts the hashing pool before the inventory walk, so payload files are hashed while the walk still runs
         * (the walk submits each manifest entry it finds as a safe regular file; {@link #fixity()} submits the rest
         * and collects every result). The findings do not change: the same files are hashed, once each.
         */
        void startHashing() {
            if (!bag) {
                return;
            }
            Set<DigestAlgorithm> algs = manifestAlgorithms();
            if (algs.isEmpty()) {
                return;
            }
            Set<String> paths = new HashSet<>();
            for (BagModel.Manifest m : model.payloadManifests()) {
                if (m.algorithm() != null) {
                    m.entries().forEach(e -> paths.add(e.path()));
                }
            }
            early = paths;
            session = new FixityEngine(threads, FixityEngine.DEFAULT_BUFFER).start(algs, (f, b) -> {
                long[] t = hashTotals;
                if (t != null) {
                    progress.progress(f, t[0], b, t[1]);
                    if (f == t[0]) {
                        finalProgress.set(true);
                    }
                }
            }, cancelled, this::sniff);
        }

        /** Called by the walk for a safe regular payload file: hashes it now if a manifest lists it. */
        void foundRegular(String rel, Path file, long size) {
            if (session != null && size <= maxFileBytes && early.contains(rel)
                    && PathSafety.checkName(rel, true).isEmpty() && submitted.add(rel)) {
                session.submit(task(rel, file, size));
            }
        }

        FixityEngine.Task task(String path, Path file, long size) {
            Map<DigestAlgorithm, Digest> t = new java.util.EnumMap<>(DigestAlgorithm.class);
            trusted.getOrDefault(path, Set.of()).forEach(d -> t.put(d.algorithm(), d));
            return new FixityEngine.Task(path, file, size, t);
        }

        // ---- inventory of the payload on disk (no links followed) ----
        void inventory() {
            Path base = bag ? root.resolve("data") : root;
            if (!Files.isDirectory(base, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            try {
                Files.walkFileTree(base, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                        String rel = prefix + rel(base, file);
                        if (!bag && (rel.equals("bag-info.txt"))) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (a.isSymbolicLink()) {
                            unsafe.add(rel);
                            fail(TransferRule.PATH_SAFETY, finding("CD-4063", Severity.ERROR, rel));
                        } else if (!a.isRegularFile()) {
                            unsafe.add(rel);
                            fail(TransferRule.PATH_SAFETY, finding("CD-4064", Severity.ERROR, rel));
                        } else {
                            inventory.put(rel, a.size());
                            foundRegular(rel, file, a.size());
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) {
                        String rel = prefix + rel(base, file);
                        fail(TransferRule.PATH_SAFETY, finding("CD-4064", Severity.ERROR, rel));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                fail(TransferRule.PATH_SAFETY, TransferMessages.finding("CD-4064", Severity.ERROR, prefix, prefix));
            }
        }

        // ---- PATH_SAFETY for manifest entries ----
        void pathSafety() {
            int before = results.size();
            if (bag) {
                for (BagModel.Manifest m : model.payloadManifests()) {
                    for (BagModel.Entry e : m.entries()) {
                        resolve(e.path(), true);
                    }
                }
                for (BagModel.Manifest m : model.tagManifests()) {
                    for (BagModel.Entry e : m.entries()) {
                        resolve(e.path(), false);
                    }
                }
            }
            passIfClean(TransferRule.PATH_SAFETY, before, "pass.PATH_SAFETY",
                    String.valueOf(resolved.size() + inventory.size()));
        }

        PathSafety.Resolution resolve(String path, boolean payload) {
            PathSafety.Resolution r = resolved.get(path);
            if (r != null) {
                return r;
            }
            var bad = PathSafety.checkName(path, payload);
            Long known = inventory.get(path);
            if (bad.isPresent()) {
                r = new PathSafety.Resolution(PathSafety.Status.UNSAFE, root, -1, bad.get());
            } else if (known != null) {
                // the inventory walk (no links followed) already saw a regular file here: no second lstat chain
                r = new PathSafety.Resolution(PathSafety.Status.SAFE, root.resolve(path), known, null);
            } else {
                r = PathSafety.resolve(root, path);
            }
            resolved.put(path, r);
            if (r.status() == PathSafety.Status.UNSAFE && unsafe.add(path)) {
                fail(TransferRule.PATH_SAFETY, r.finding());
            }
            return r;
        }

        // ---- COMPLETENESS ----
        void completeness() {
            int before = results.size();
            if (!bag) {
                results.add(new CheckResult(TransferRule.COMPLETENESS, "bag", Outcome.NOT_RUN, "CD-4036",
                        TransferMessages.text("CD-4036"), Map.of()));
                return;
            }
            for (BagModel.Manifest m : model.payloadManifests()) {
                Set<String> listed = new LinkedHashSet<>();
                for (BagModel.Entry e : m.entries()) {
                    if (!listed.add(e.path())) {
                        fail(TransferRule.COMPLETENESS, TransferMessages.finding("CD-4033", Severity.ERROR,
                                PathSafety.printable(e.path()), m.fileName(), PathSafety.printable(e.path())));
                    }
                    if (resolve(e.path(), true).status() == PathSafety.Status.MISSING) {
                        fail(TransferRule.COMPLETENESS, finding("CD-4040", Severity.ERROR, e.path(), m.fileName()));
                    }
                }
                for (String f : inventory.keySet()) {
                    if (!listed.contains(f)) {
                        fail(TransferRule.COMPLETENESS, finding("CD-4041", Severity.ERROR, f, m.fileName()));
                    }
                }
            }
            model.first("Payload-Oxum").map(String::strip).filter(v -> v.matches("\\d{1,18}\\.\\d{1,18}")).ifPresent(v -> {
                long bytes = Long.parseLong(v.substring(0, v.indexOf('.')));
                long count = Long.parseLong(v.substring(v.indexOf('.') + 1));
                long actualBytes = inventory.values().stream().mapToLong(Long::longValue).sum();
                long actualCount = inventory.size() + unsafe.stream().filter(u -> u.startsWith("data/")).count();
                if (bytes != actualBytes || count != actualCount) {
                    fail(TransferRule.COMPLETENESS, TransferMessages.finding("CD-4042", Severity.ERROR, "Payload-Oxum",
                            v, actualBytes + "." + actualCount));
                }
            });
            passIfClean(TransferRule.COMPLETENESS, before, "pass.COMPLETENESS", String.valueOf(inventory.size()));
        }

        // ---- FIXITY ----
        void fixity() {
            int before = results.size();
            if (!bag) {
                results.add(new CheckResult(TransferRule.FIXITY, "bag", Outcome.NOT_RUN, "CD-4036",
                        TransferMessages.text("CD-4036"), Map.of()));
                return;
            }
            List<BagModel.Manifest> all = new ArrayList<>(model.payloadManifests());
            all.addAll(model.tagManifests());
            Set<DigestAlgorithm> algs = EnumSet.noneOf(DigestAlgorithm.class);
            Map<String, FixityEngine.Task> tasks = new LinkedHashMap<>();
            for (BagModel.Manifest m : all) {
                if (m.algorithm() == null) {
                    results.add(CheckResult.of(TransferRule.FIXITY, Outcome.NOT_RUN, TransferMessages.finding(
                            "CD-4053", Severity.WARNING, m.fileName(), m.fileName(), m.algId())));
                    continue;
                }
                algs.add(m.algorithm());
                for (BagModel.Entry e : m.entries()) {
                    PathSafety.Resolution r = resolved.get(e.path());
                    if (r == null || r.status() != PathSafety.Status.SAFE || tasks.containsKey(e.path())) {
                        continue;
                    }
                    if (r.size() > maxFileBytes) {
                        results.add(CheckResult.of(TransferRule.FIXITY, Outcome.NOT_RUN, finding(
                                "CD-4052", Severity.WARNING, e.path(), String.valueOf(r.size()),
                                String.valueOf(maxFileBytes))));
                        tasks.put(e.path(), null);
                        continue;
                    }
                    tasks.put(e.path(), task(e.path(), r.path(), r.size()));
                }
            }
            for (String u : unsafe) {
                results.add(CheckResult.of(TransferRule.FIXITY, Outcome.NOT_RUN,
                        finding("CD-4054", Severity.WARNING, u)));
            }
            List<FixityEngine.Task> list = tasks.values().stream().filter(java.util.Objects::nonNull).toList();
            if (algs.isEmpty() || list.isEmpty() || session == null) {
                passIfClean(TransferRule.FIXITY, before, "pass.FIXITY", "0");
                return;
            }
            long totalBytes = list.stream().mapToLong(FixityEngine.Task::size).sum();
            hashTotals = new long[] {list.size(), totalBytes};
            for (FixityEngine.Task task : list) {
                if (!submitted.contains(task.key())) {
                    session.submit(task);
                }
            }
            List<FixityEngine.Result> out;
            try {
                out = session.finish();
            } catch (CancellationException e) {
                throw new TransferException("CD-4013", TransferMessages.text("CD-4013"), e);
            }
            if (!finalProgress.get()) {
                // every file was hashed before the totals were known: one report of the end
                progress.progress(list.size(), list.size(), totalBytes, totalBytes);
            }
            Map<String, FixityEngine.Result> byPath = new HashMap<>();
            out.forEach(r -> byPath.put(r.task().key(), r));
            for (BagModel.Manifest m : all) {
                if (m.algorithm() == null) {
                    continue;
                }
                for (BagModel.Entry e : m.entries()) {
                    FixityEngine.Result r = byPath.get(e.path());
                    if (r == null) {
                        continue;
                    }
                    if (r.error() != null) {
                        results.add(CheckResult.of(TransferRule.FIXITY, Outcome.NOT_RUN, finding(
                                "CD-4051", Severity.WARNING, e.path(), r.error())));
                        byPath.remove(e.path());
                        continue;
                    }
                    Digest d = r.digests().get(m.algorithm());
                    if (d != null && !d.hex().equals(e.hex())) {
                        fail(TransferRule.FIXITY, finding("CD-4050", Severity.ERROR, e.path(), m.fileName(),
                                e.hex(), d.hex()));
                    }
                }
            }
            passIfClean(TransferRule.FIXITY, before, "pass.FIXITY", String.valueOf(list.size()));
        }

        // ---- catalogue ----
        long[] catalog(Map<String, Integer> declaredPages) {
            int before = results.size();
            long[] totals = {0, 0};
            PathSafety.Resolution r = PathSafety.resolve(root, catalogPath);
            if (r.status() != PathSafety.Status.SAFE) {
                fail(TransferRule.CATALOG_FORMAT, TransferMessages.finding("CD-4094", Severity.ERROR, catalogPath,
                        catalogPath));
                return totals;
            }
            CatalogReader.Summary s = CatalogReader.read(r.path(), catalogPath, row -> {
                totals[0]++;
                String pages = row.get(CatalogColumn.PAGES);
                int p = catalogueNumber(pages);
                if (p >= 0) {
                    totals[1] += p;
                }
                String code = row.get(CatalogColumn.CODE);
                if (!code.isEmpty()) {
                    declaredPages.put(code, p);
                }
            });
            catalogOk = s.headerOk();
            s.findings().forEach(f -> fail(TransferRule.CATALOG_FORMAT, f));
            if (bag && model != null && catalogOk) {
                compareCount("件数", totals[0]);
                compareCount("页数", totals[1]);
            }
            passIfClean(TransferRule.CATALOG_FORMAT, before, "pass.CATALOG_FORMAT", String.valueOf(totals[0]));
            return totals;
        }

        void compareCount(String label, long actual) {
            model.first(label).map(String::strip).filter(v -> v.matches("\\d{1,12}")).ifPresent(v -> {
                if (Long.parseLong(v) != actual) {
                    fail(TransferRule.COMPLETENESS, TransferMessages.finding("CD-4043", Severity.ERROR,
                            "bag-info.txt", label, v, String.valueOf(actual)));
                }
            });
        }

        // ---- scans: CATALOG_FILE_MATCH, PAGE_COUNT, FORMAT, RESOLUTION, COLOUR_MODE ----
        void scans(Map<String, Integer> declaredPages) {
            int before = results.size();
            Map<String, List<String>> images = new HashMap<>();
            Map<String, String> docs = new HashMap<>();
            String filesPrefix = prefix + "files/";
            for (String f : inventory.keySet()) {
                if (f.equals(catalogPath)) {
                    continue;
                }
                format(f);
                if (!f.startsWith(filesPrefix)) {
                    continue;
                }
                String rel = f.substring(prefix.length());
                String imageCode = ScanNames.pageImageCode(rel);
                String docCode = imageCode == null ? ScanNames.docCode(rel) : null;
                if (imageCode != null) {
                    images.computeIfAbsent(imageCode, k -> new ArrayList<>()).add(f);
                } else if (docCode != null) {
                    docs.put(docCode, f);
                } else {
                    fail(TransferRule.CATALOG_FILE_MATCH, finding("CD-4088", Severity.ERROR, f));
                }
            }
            if (!catalogOk) {
                results.add(new CheckResult(TransferRule.CATALOG_FILE_MATCH, "bag", Outcome.NOT_RUN, "CD-4096",
                        TransferMessages.text("CD-4096"), Map.of()));
                results.add(new CheckResult(TransferRule.PAGE_COUNT, "bag", Outcome.NOT_RUN, "CD-4096",
                        TransferMessages.text("CD-4096"), Map.of()));
                return;
            }
            for (String code : declaredPages.keySet()) {
                if (!images.containsKey(code) && !docs.containsKey(code)) {
                    fail(TransferRule.CATALOG_FILE_MATCH, finding("CD-4087", Severity.ERROR, code));
                }
            }
            Set<String> orphans = new TreeSet<>(); // scans without a row, reported in code order
            for (String code : images.keySet()) {
                if (!declaredPages.containsKey(code)) {
                    orphans.add(code);
                }
            }
            for (String code : docs.keySet()) {
                if (!declaredPages.containsKey(code)) {
                    orphans.add(code);
                }
            }
            for (String code : orphans) {
                fail(TransferRule.CATALOG_FILE_MATCH, finding("CD-4088", Severity.ERROR, code));
            }
            passIfClean(TransferRule.CATALOG_FILE_MATCH, before, "pass.CATALOG_FILE_MATCH",
                    String.valueOf(declaredPages.size()));
            int beforePages = results.size();
            for (Map.Entry<String, Integer> e : declaredPages.entrySet()) {
                String code = e.getKey();
                int actual;
                if (docs.containsKey(code)) {
                    actual = docPages(docs.get(code));
                } else if (images.containsKey(code)) {
                    List<String> pages = images.get(code);
                    actual = pages.size();
                    int[] nums = new int[pages.size()];
                    for (int i = 0; i < nums.length; i++) {
                        nums[i] = ScanNames.pageNumber(pages.get(i).substring(prefix.length()));
                    }
                    java.util.Arrays.sort(nums);
                    for (int i = 0; i < nums.length; i++) {
                        if (nums[i] != i + 1) {
                            fail(TransferRule.PAGE_COUNT, finding("CD-4089", Severity.ERROR, code,
                                    String.valueOf(i + 1)));
                            break;
                        }
                    }
                } else {
                    continue;
                }
                if (actual < 0) {
                    continue;
                }
                if (e.getValue() < 0) {
                    results.add(CheckResult.of(TransferRule.PAGE_COUNT, Outcome.NOT_RUN, finding(
                            "CD-4084", Severity.WARNING, code)));
                } else if (e.getValue() != actual) {
                    fail(TransferRule.PAGE_COUNT, finding("CD-4085", Severity.ERROR, code, String.valueOf(e.getValue()),
                            String.valueOf(actual)));
                }
            }
            passIfClean(TransferRule.PAGE_COUNT, beforePages, "pass.PAGE_COUNT", String.valueOf(declaredPages.size()));
            for (TransferRule rule : List.of(TransferRule.FORMAT, TransferRule.RESOLUTION, TransferRule.COLOUR_MODE)) {
                passIfClean(rule, before, "pass." + rule.name(), String.valueOf(inventory.size()));
            }
        }

        final Map<String, DocumentInfo> docInfo = new HashMap<>();
        /** Formats and image headers read from the fixity pass's buffer (one open and one read per file). */
        final Map<String, Sniff> sniffs = new java.util.concurrent.ConcurrentHashMap<>();

        /** Called in a fixity worker with a whole small file; never throws. */
        void sniff(FixityEngine.Task t, byte[] data, int length) {
            try {
                FileFormat ff = FormatSniffer.fromHead(data, Math.min(length, 1024));
                if (ff == FileFormat.ZIP) {
                    return;
                }
                ImageInfo info = null;
                ScanFormat sf = ff.scanFormat();
                if (sf != null && sf != ScanFormat.PDF && sf != ScanFormat.OFD && !ff.isExecutable()
                        && !ff.isArchive()) {
                    info = ImageInspector.inspect(data, length, ff);
                }
                Sniff sniff = new Sniff(ff, info, null);
                if (t.key().startsWith(prefix) && (info != null || sf == null || !t.key().startsWith(prefix + "files/"))
                        && sf != ScanFormat.PDF && sf != ScanFormat.OFD) {
                    // no I/O needed: judge FORMAT, RESOLUTION and COLOUR_MODE here, in parallel with the hashing
                    List<CheckResult> out = new ArrayList<>(2);
                    formatOf(t.key(), sniff, out);
                    sniff = new Sniff(ff, info, List.copyOf(out));
                }
                sniffs.put(t.key(), sniff);
            } catch (RuntimeException e) {
                // fall back to reading the file in format()
            }
        }

        int docPages(String f) {
            DocumentInfo d = docInfo.get(f);
            if (d == null) {
                return -1;
            }
            if (!d.problems().isEmpty() || d.encrypted() || d.pages() < 0) {
                fail(TransferRule.PAGE_COUNT, finding("CD-4086", Severity.ERROR, f, String.valueOf(d.declaredPages()),
                        String.valueOf(d.pages())));
                return -1;
            }
            return d.pages();
        }

        void format(String f) {
            long size = inventory.get(f);
            if (size > maxFileBytes) {
                results.add(CheckResult.of(TransferRule.FORMAT, Outcome.NOT_RUN, finding("CD-4052",
                        Severity.WARNING, f, String.valueOf(size), String.valueOf(maxFileBytes))));
                return;
            }
            Sniff sniffed = sniffs.remove(f);
            if (sniffed != null && sniffed.results() != null) {
                sniffed.results().forEach(results::add); // judged in the fixity worker from the same bytes
                return;
            }
            formatOf(f, sniffed, results);
        }

        /**
         * The FORMAT, RESOLUTION and COLOUR_MODE results of one payload file, into {@code out}: from what the fixity
         * pass sniffed, else read from disk. Called in scans, or in a fixity worker for a file sniffed whole (no I/O
         * then).
         */
        void formatOf(String f, @Nullable Sniff sniffed, List<CheckResult> out) {
            FileFormat ff;
            try {
                ff = sniffed != null ? sniffed.format() : FormatSniffer.identify(root.resolve(f));
            } catch (IOException e) {
                out.add(CheckResult.of(TransferRule.FORMAT, Outcome.NOT_RUN, finding("CD-4051",
                        Severity.WARNING, f, String.valueOf(e.getMessage()))));
                return;
            }
            if (ff.isExecutable()) {
                failTo(out, TransferRule.FORMAT, finding("CD-4071", Severity.ERROR, f, ff.name()));
                return;
            }
            if (ff.isArchive()) {
                failTo(out, TransferRule.FORMAT, finding("CD-4072", Severity.ERROR, f, ff.name()));
                return;
            }
            boolean isScan = f.startsWith(prefix + "files/");
            ScanFormat sf = ff.scanFormat();
            if (!isScan) {
                return;
            }
            if (sf == null || !profile.accepted().contains(sf)) {
                failTo(out, TransferRule.FORMAT, finding("CD-4070", Severity.ERROR, f,
                        sf == null ? ff.name() : sf.name()));
                return;
            }
            String ext = f.contains(".") ? f.substring(f.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            if (!extensionFits(sf, ext)) {
                failTo(out, TransferRule.FORMAT, finding("CD-4075", Severity.WARNING, f, ext, sf.name()));
            }
            if (!profile.longTerm().contains(sf)) {
                failTo(out, TransferRule.FORMAT, finding("CD-4076", Severity.WARNING, f, sf.name()));
            }
            if (sf == ScanFormat.PDF || sf == ScanFormat.OFD) {
                Path p = root.resolve(f);
                DocumentInfo d = sf == ScanFormat.PDF ? pdf.inspect(p) : OfdInspector.inspect(p);
                docInfo.put(f, d);
                if (d.encrypted()) {
                    failTo(out, TransferRule.FORMAT, finding("CD-4073", Severity.ERROR, f));
                } else if (!d.problems().isEmpty()) {
                    failTo(out, TransferRule.FORMAT, finding("CD-4074", Severity.ERROR, f,
                            String.join("; ", d.problems())));
                }
                return;
            }
            ImageInfo info;
            try {
                info = sniffed != null && sniffed.image() != null ? sniffed.image()
                        : ImageInspector.inspect(root.resolve(f), ff);
            } catch (IOException e) {
                out.add(CheckResult.of(TransferRule.FORMAT, Outcome.NOT_RUN, finding("CD-4051",
                        Severity.WARNING, f, String.valueOf(e.getMessage()))));
                return;
            }
            if (!info.problems().isEmpty()) {
                failTo(out, TransferRule.FORMAT, finding("CD-4074", Severity.ERROR, f,
                        String.join("; ", info.problems())));
            }
            Double dpi = info.dpi();
            if (dpi == null) {
                failTo(out, TransferRule.RESOLUTION, finding("CD-4081", Severity.ERROR, f));
            } else if (dpi + 0.5 < profile.minDpi()) {
                failTo(out, TransferRule.RESOLUTION, finding("CD-4080", Severity.ERROR, f,
                        String.valueOf(Math.round(dpi)), String.valueOf(profile.minDpi())));
            }
            ColourMode cm = info.colour();
            if (cm == null) {
                out.add(CheckResult.of(TransferRule.COLOUR_MODE, Outcome.NOT_RUN, finding("CD-4097",
                        Severity.WARNING, f)));
            } else if (cm.compareTo(profile.minColour()) < 0) {
                failTo(out, TransferRule.COLOUR_MODE, finding("CD-4082", Severity.ERROR, f,
                        cm.name(), profile.minColour().name()));
            } else if (profile.colourPreferred() && cm != ColourMode.COLOUR) {
                failTo(out, TransferRule.COLOUR_MODE, finding("CD-4083", Severity.WARNING, f, cm.name()));
            }
        }
    }

    /** A file's format and, for an image, its header, read in the fixity pass. */
    private record Sniff(FileFormat format, @Nullable ImageInfo image, @Nullable List<CheckResult> results) {
    }

    /** The built-in results, at most {@link ResultCollector#MAX_PER_CODE} per rule, code and outcome. */
    private static final class CappedResults extends ArrayList<CheckResult> {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, long[]> counts = new HashMap<>();
        private final transient Map<String, CheckResult> dropped = new LinkedHashMap<>();

        @Override
        public boolean add(CheckResult r) {
            String key = r.rule() + "|" + r.code() + "|" + r.outcome();
            long[] n = counts.computeIfAbsent(key, k -> new long[1]);
            if (r.outcome() != Outcome.PASS && n[0]++ >= ResultCollector.MAX_PER_CODE) {
                dropped.putIfAbsent(key, r);
                return true;
            }
            return super.add(r);
        }

        /** Appends one CD-4095 summary per rule, code and outcome that overflowed. */
        void flush() {
            dropped.forEach((key, r) -> {
                long omitted = counts.get(key)[0] - ResultCollector.MAX_PER_CODE;
                super.add(new CheckResult(r.rule(), "bag", r.outcome(), "CD-4095",
                        TransferMessages.text("CD-4095", String.valueOf(r.code()), String.valueOf(omitted)),
                        Map.of("code", String.valueOf(r.code()), "omitted", String.valueOf(omitted))));
            });
            dropped.clear();
        }
    }

    private static boolean extensionFits(ScanFormat f, String ext) {
        return switch (f) {
            case JPEG -> ext.equals("jpg") || ext.equals("jpeg");
            case TIFF -> ext.equals("tif") || ext.equals("tiff");
            case JPEG2000 -> ext.equals("jp2") || ext.equals("j2k") || ext.equals("jpf") || ext.equals("jpx");
            case PNG -> ext.equals("png");
            case PDF -> ext.equals("pdf");
            case OFD -> ext.equals("ofd");
        };
    }

    private static String rel(Path root, Path p) {
        String r = root.toString();
        String s = p.toString();
        String sep = p.getFileSystem().getSeparator();
        if (s.length() > r.length() + sep.length() && s.startsWith(r) && s.startsWith(sep, r.length())
                && !r.endsWith(sep)) {
            // the common case, without building a relative Path: the segments below root, joined with '/'
            String tail = s.substring(r.length() + sep.length());
            return sep.equals("/") ? tail : tail.replace(sep, "/");
        }
        StringBuilder b = new StringBuilder();
        for (Path seg : root.relativize(p)) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(seg);
        }
        return b.toString();
    }
}
