package org.cundang.environment;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cundang.Finding;
import org.cundang.LocalizedText;
import org.cundang.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Judges a series of {@link Reading}s against a {@link RoomProfile}: the compliance view (bands, excursions,
 * 24-hour swings, gaps, stuck, implausible and swapped values) and the risk view (TWPI, dew point, EMC, VTT mould
 * index, corrosion), per sensor, with {@link Alert}s (DOMAIN.md decision 9; {@code docs/environment.md}).
 *
 * <p>Input: readings of any number of sensors, in any order. Readings out of time order are sorted (CD-6030,
 * INFO); a reading with the same sensor and time as an earlier one is dropped (CD-6031, WARNING); an empty input
 * gives an assessment with the ERROR finding CD-6032. Each sensor is assessed in one pass over primitive arrays; a
 * year of one-minute readings (525,600) takes well under a second.
 *
 * <p>Immutable and thread-safe.
 */
public final class EnvironmentAssessor {

    /** Largest |epoch second| of a reading: keeps epoch milliseconds and sums of them from overflowing. */
    private static final long MAX_EPOCH_SECOND = 9_000_000_000_000_000L / 1000;
    private static final long DAY_MS = 86_400_000L;
    private static final double EPS = 1e-9;

    private final RoomProfile profile;
    private final AssessmentSettings settings;

    private EnvironmentAssessor(RoomProfile profile, AssessmentSettings settings) {
        this.profile = profile;
        this.settings = settings;
    }

    /**
     * An assessor with the default settings.
     *
     * @param profile the room profile, not null
     * @return the assessor
     */
    public static EnvironmentAssessor of(RoomProfile profile) {
        return of(profile, AssessmentSettings.defaults());
    }

    /**
     * An assessor.
     *
     * @param profile  the room profile, not null
     * @param settings the settings, not null
     * @return the assessor
     */
    public static EnvironmentAssessor of(RoomProfile profile, AssessmentSettings settings) {
        return new EnvironmentAssessor(requireNonNull(profile, "profile"), requireNonNull(settings, "settings"));
    }

    /** The room profile. */
    public RoomProfile profile() {
        return profile;
    }

    /** The settings. */
    public AssessmentSettings settings() {
        return settings;
    }

    /**
     * Assesses readings.
     *
     * @param readings the readings of one or more sensors, in any order, not null
     * @return the assessment
     * @throws EnvironmentException CD-6006 if an element is null or a reading's time is beyond ±285 million years
     */
    public EnvironmentAssessment assess(Collection<Reading> readings) {
        requireNonNull(readings, "readings");
        Reading[] all = readings.toArray(new Reading[0]);
        if (all.length == 0) {
            return new EnvironmentAssessment(profile, settings, List.of(), List.of(), List.of(),
                    List.of(Finding.of("CD-6032", Severity.ERROR, profile.id(),
                            EnvironmentException.MESSAGES.text("CD-6032", profile.id()))));
        }
        List<Series> series = group(all);
        List<SensorCompliance> compliance = new ArrayList<>(series.size());
        List<SensorRisk> risks = new ArrayList<>(series.size());
        List<Alert> alerts = new ArrayList<>();
        for (Series s : series) {
            List<DataIssue> issues = new ArrayList<>();
            s.sortAndDeduplicate(issues);
            new Pass(s, issues).run(compliance, risks);
        }
        for (SensorCompliance c : compliance) {
            alertsFor(c, alerts);
            for (SensorRisk r : risks) {
                if (r.sensorId().equals(c.sensorId())) {
                    alertsFor(r, c, alerts);
                }
            }
        }
        return new EnvironmentAssessment(profile, settings, compliance, risks, alerts, List.of());
    }

    // ---------------------------------------------------------------- grouping

    private static List<Series> group(Reading[] all) {
        Map<String, Series> byId = new HashMap<>();
        List<Series> order = new ArrayList<>();
        int[] counts = new int[4];
        String lastId = null;
        int lastIdx = -1;
        int[] sensorOf = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            Reading r = all[i];
            if (r == null) {
                throw EnvironmentException.of("CD-6006", Integer.toString(i), "null");
            }
            long sec = r.time().getEpochSecond();
            if (sec > MAX_EPOCH_SECOND || sec < -MAX_EPOCH_SECOND) {
                throw EnvironmentException.of("CD-6006", Integer.toString(i), r.time().toString());
            }
            String id = r.sensorId();
            int k;
            if (id.equals(lastId)) {
                k = lastIdx;
            } else {
                Series s = byId.get(id);
                if (s == null) {
                    s = new Series(id, order.size());
                    byId.put(id, s);
                    order.add(s);
                    if (counts.length < order.size()) {
                        counts = Arrays.copyOf(counts, counts.length * 2);
                    }
                }
                k = s.index;
                lastId = id;
                lastIdx = k;
            }
            counts[k]++;
            sensorOf[i] = k;
        }
        for (Series s : order) {
            s.allocate(counts[s.index]);
        }
        for (int i = 0; i < all.length; i++) {
            order.get(sensorOf[i]).add(all[i]);
        }
        return order;
    }

    /** One sensor's readings as primitive arrays. */
    private static final class Series {
        final String id;
        final int index;
        int n;
        long[] ms = new long[0];
        double[] t = new double[0];
        double[] rh = new double[0];
        double @Nullable [] lux;
        double @Nullable [] uv;

        Series(String id, int index) {
            this.id = id;
            this.index = index;
        }

        void allocate(int size) {
            ms = new long[size];
            t = new double[size];
            rh = new double[size];
        }

        void add(Reading r) {
            int i = n++;
            ms[i] = r.time().toEpochMilli();
            t[i] = r.temperature();
            rh[i] = r.relativeHumidity();
            Double l = r.illuminance();
            if (l != null) {
                if (lux == null) {
                    lux = nanArray(ms.length);
                }
                lux[i] = l;
            }
            Double u = r.ultraviolet();
            if (u != null) {
                if (uv == null) {
                    uv = nanArray(ms.length);
                }
                uv[i] = u;
            }
        }

        private static double[] nanArray(int size) {
            double[] a = new double[size];
            Arrays.fill(a, Double.NaN);
            return a;
        }

        void sortAndDeduplicate(List<DataIssue> issues) {
            boolean sorted = true;
            for (int i = 1; i < n; i++) {
                if (ms[i] < ms[i - 1]) {
                    sorted = false;
                    break;
                }
            }
            if (!sorted) {
                int[] order = sortedOrder();
                ms = permute(ms, order);
                t = permute(t, order);
                rh = permute(rh, order);
                lux = lux == null ? null : permute(lux, order);
                uv = uv == null ? null : permute(uv, order);
                issues.add(new DataIssue(DataIssue.Kind.UNSORTED, id, Instant.ofEpochMilli(ms[0]),
                        Instant.ofEpochMilli(ms[n - 1]), n));
            }
            int w = 1;
            int dups = 0;
            long firstDup = 0;
            long lastDup = 0;
            for (int i = 1; i < n; i++) {
                if (ms[i] == ms[w - 1]) {
                    if (dups++ == 0) {
                        firstDup = ms[i];
                    }
                    lastDup = ms[i];
                    continue;
                }
                if (w != i) {
                    ms[w] = ms[i];
                    t[w] = t[i];
                    rh[w] = rh[i];
                    if (lux != null) {
                        lux[w] = lux[i];
                    }
                    if (uv != null) {
                        uv[w] = uv[i];
                    }
                }
                w++;
            }
            n = Math.min(n, w);
            if (dups > 0) {
                issues.add(new DataIssue(DataIssue.Kind.DUPLICATE_TIME, id, Instant.ofEpochMilli(firstDup),
                        Instant.ofEpochMilli(lastDup), dups));
            }
        }

        /** A stable merge sort of the indices by time. */
        private int[] sortedOrder() {
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = i;
            }
            int[] b = new int[n];
            for (int width = 1; width < n; width *= 2) {
                for (int lo = 0; lo < n; lo += 2 * width) {
                    int mid = Math.min(lo + width, n);
                    int hi = Math.min(lo + 2 * width, n);
                    int i = lo;
                    int j = mid;
                    int k = lo;
                    while (i < mid && j < hi) {
                        b[k++] = ms[a[j]] < ms[a[i]] ? a[j++] : a[i++];
                    }
                    while (i < mid) {
                        b[k++] = a[i++];
                    }
                    while (j < hi) {
                        b[k++] = a[j++];
                    }
                }
                int[] tmp = a;
                a = b;
                b = tmp;
            }
            return a;
        }

        private double[] permute(double[] v, int[] order) {
            double[] out = new double[v.length];
            for (int i = 0; i < n; i++) {
                out[i] = v[order[i]];
            }
            return out;
        }

        private long[] permute(long[] v, int[] order) {
            long[] out = new long[v.length];
            for (int i = 0; i < n; i++) {
                out[i] = v[order[i]];
            }
            return out;
        }
    }

    // ---------------------------------------------------------------- the pass

    /**
     * An open excursion of one quantity beyond one bound. An excursion ends only once the value has stayed back
     * on the right side of the bound for the merge time, so a reading flapping around a bound gives one
     * excursion, not hundreds.
     */
    private static final class Run {
        final Quantity quantity;
        final Excursion.Bound bound;
        final double limit;
        final long mergeMs;
        final List<Excursion> out;
        boolean open;
        boolean pending;
        long pendingSince;
        int count;
        long start;
        long lastTime;
        long lastWeight;
        long weight;
        double peak;

        Run(Quantity quantity, Excursion.Bound bound, double limit, long mergeMs, List<Excursion> out) {
            this.quantity = quantity;
            this.bound = bound;
            this.limit = limit;
            this.mergeMs = mergeMs;
            this.out = out;
        }

        void step(String id, long time, long w, double value) {
            boolean beyond = bound == Excursion.Bound.HIGH ? value > limit : value < limit;
            if (!beyond) {
                if (open) {
                    if (!pending) {
                        pending = true;
                        pendingSince = time;
                    } else if (time - pendingSince >= mergeMs) {
                        close(id);
                    }
                }
                return;
            }
            if (open && pending && time - pendingSince >= mergeMs) {
                close(id);
            }
            if (!open) {
                open = true;
                count = 0;
                start = time;
                weight = 0;
                peak = value;
            }
            pending = false;
            count++;
            weight += w;
            lastTime = time;
            lastWeight = w;
            peak = bound == Excursion.Bound.HIGH ? Math.max(peak, value) : Math.min(peak, value);
        }

        void close(String id) {
            if (open) {
                out.add(new Excursion(id, quantity, bound, Instant.ofEpochMilli(start),
                        Instant.ofEpochMilli(lastTime + lastWeight), peak, limit, Duration.ofMillis(weight), count));
                open = false;
                pending = false;
            }
        }
    }

    /** Rolling 24-hour min and max of one quantity, with monotonic deques, and the swings over the limit. */
    private static final class Window {
        final Quantity quantity;
        final double[] v;
        final long[] ms;
        final int[] max;
        final int[] min;
        final double limit;
        final long mergeMs;
        final List<Swing> out;
        boolean pending;
        long pendingSince;
        int maxHead;
        int maxTail;
        int minHead;
        int minTail;
        boolean open;
        long start;
        long end;
        double peak;

        Window(Quantity quantity, double[] v, long[] ms, int n, double limit, long mergeMs, List<Swing> out) {
            this.quantity = quantity;
            this.mergeMs = mergeMs;
            this.v = v;
            this.ms = ms;
            this.max = new int[n];
            this.min = new int[n];
            this.limit = limit;
            this.out = out;
        }

        void push(String id, int i) {
            double x = v[i];
            while (maxTail > maxHead && v[max[maxTail - 1]] <= x) {
                maxTail--;
            }
            max[maxTail++] = i;
            while (minTail > minHead && v[min[minTail - 1]] >= x) {
                minTail--;
            }
            min[minTail++] = i;
            long from = ms[i] - DAY_MS;
            while (ms[max[maxHead]] <= from) {
                maxHead++;
            }
            while (ms[min[minHead]] <= from) {
                minHead++;
            }
            double range = v[max[maxHead]] - v[min[minHead]];
            if (range > limit + EPS) {
                if (open && pending && ms[i] - pendingSince >= mergeMs) {
                    close(id);
                }
                if (!open) {
                    open = true;
                    start = Math.min(ms[max[maxHead]], ms[min[minHead]]);
                    peak = range;
                } else {
                    peak = Math.max(peak, range);
                }
                pending = false;
                end = ms[i];
            } else if (open) {
                if (!pending) {
                    pending = true;
                    pendingSince = ms[i];
                } else if (ms[i] - pendingSince >= mergeMs) {
                    close(id);
                }
            }
        }

        void close(String id) {
            if (open) {
                out.add(new Swing(id, quantity, Instant.ofEpochMilli(start), Instant.ofEpochMilli(end), peak, limit));
                open = false;
                pending = false;
            }
        }
    }

    private final class Pass {
        private final Series s;
        private final List<DataIssue> issues;

        Pass(Series s, List<DataIssue> issues) {
            this.s = s;
            this.issues = issues;
        }

        void run(List<SensorCompliance> compliance, List<SensorRisk> risks) {
            final int n = s.n;
            final long[] ms = s.ms;
            final double[] tv = s.t;
            final double[] hv = s.rh;
            final double @Nullable [] lux = s.lux;
            final double @Nullable [] uv = s.uv;
            final String id = s.id;
            final long cap = settings.maxGap().toMillis();
            final long stuckMs = settings.stuckAfter().toMillis();
            final Band tb = profile.temperature();
            final Band hb = profile.humidity();
            final Band pt = settings.plausibleTemperature();
            final Band ph = settings.plausibleHumidity();
            final @Nullable Double uvLimit = uv == null ? null : profile.ultravioletLimit();
            final @Nullable Double luxLimit = lux == null ? null : profile.illuminanceLimit();
            final double swapT = settings.swapMarginTemperature();
            final double swapH = settings.swapMarginHumidity();

            final long merge = settings.mergeWithin().toMillis();
            List<Excursion> excursions = new ArrayList<>();
            List<Swing> swings = new ArrayList<>();
            Run tHigh = new Run(Quantity.TEMPERATURE, Excursion.Bound.HIGH, tb.max(), merge, excursions);
            Run tLow = new Run(Quantity.TEMPERATURE, Excursion.Bound.LOW, tb.min(), merge, excursions);
            Run hHigh = new Run(Quantity.RELATIVE_HUMIDITY, Excursion.Bound.HIGH, hb.max(), merge, excursions);
            Run hLow = new Run(Quantity.RELATIVE_HUMIDITY, Excursion.Bound.LOW, hb.min(), merge, excursions);
            @Nullable Run uvRun = uvLimit == null ? null
                    : new Run(Quantity.ULTRAVIOLET, Excursion.Bound.HIGH, uvLimit, merge, excursions);
            @Nullable Run luxRun = luxLimit == null ? null
                    : new Run(Quantity.ILLUMINANCE, Excursion.Bound.HIGH, luxLimit, merge, excursions);
            Window tWin = new Window(Quantity.TEMPERATURE, tv, ms, n, profile.swing().maxTemperatureRange(), merge,
                    swings);
            Window hWin = new Window(Quantity.RELATIVE_HUMIDITY, hv, ms, n, profile.swing().maxHumidityRange(), merge,
                    swings);

            long observed = 0;
            long inBoth = 0;
            long inT = 0;
            long inH = 0;
            int valid = 0;
            int stuckStart = 0;
            int implStart = -1;
            int implLast = -1;
            int implCount = 0;
            int swapped = 0;
            long swapFirst = 0;
            long swapLast = 0;

            double sumW = 0;
            double sumWK = 0;
            double sumWEmc = 0;
            double sumK = 0;
            double sumEmc = 0;
            double minPi = Double.POSITIVE_INFINITY;
            double maxPi = Double.NEGATIVE_INFINITY;
            double minDp = Double.POSITIVE_INFINITY;
            double maxDp = Double.NEGATIVE_INFINITY;
            double minSpread = Double.POSITIVE_INFINITY;
            double minEmc = Double.POSITIVE_INFINITY;
            double maxEmc = Double.NEGATIVE_INFINITY;
            double mould = 0;
            double maxMould = 0;
            double dryHours = 0;

            for (int i = 0; i < n; i++) {
                long dt = i < n - 1 ? ms[i + 1] - ms[i] : (n > 1 ? ms[n - 1] - ms[n - 2] : 0);
                long w = Math.min(dt, cap);
                if (i > 0 && ms[i] - ms[i - 1] > cap) {
                    issues.add(new DataIssue(DataIssue.Kind.GAP, id, Instant.ofEpochMilli(ms[i - 1]),
                            Instant.ofEpochMilli(ms[i]), 0));
                }
                double t = tv[i];
                double h = hv[i];
                if (i > 0 && !(t == tv[i - 1] && h == hv[i - 1])) {
                    closeStuck(stuckStart, i - 1, stuckMs);
                    stuckStart = i;
                }
                if (!(pt.contains(t) && ph.contains(h))) {
                    if (implStart < 0) {
                        implStart = i;
                    }
                    implLast = i;
                    implCount++;
                    continue;
                }
                if (implStart >= 0) {
                    issues.add(new DataIssue(DataIssue.Kind.IMPLAUSIBLE, id, Instant.ofEpochMilli(ms[implStart]),
                            Instant.ofEpochMilli(ms[implLast]), implCount));
                    implStart = -1;
                    implCount = 0;
                }
                valid++;

                // Compliance: bands and excursions.
                observed += w;
                boolean tIn = tb.contains(t);
                boolean hIn = hb.contains(h);
                if (tIn) {
                    inT += w;
                }
                if (hIn) {
                    inH += w;
                }
                if (tIn && hIn) {
                    inBoth += w;
                }
                tHigh.step(id, ms[i], w, t);
                tLow.step(id, ms[i], w, t);
                hHigh.step(id, ms[i], w, h);
                hLow.step(id, ms[i], w, h);
                if (uvRun != null && uv != null && !Double.isNaN(uv[i])) {
                    uvRun.step(id, ms[i], w, uv[i]);
                }
                if (luxRun != null && lux != null && !Double.isNaN(lux[i])) {
                    luxRun.step(id, ms[i], w, lux[i]);
                }
                tWin.push(id, i);
                hWin.push(id, i);

                // Swapped temperature and humidity.
                if (fits(h, t, tb, hb, swapT, swapH) && !fits(t, h, tb, hb, swapT, swapH)) {
                    if (swapped++ == 0) {
                        swapFirst = ms[i];
                    }
                    swapLast = ms[i];
                }

                // Risk.
                double k = ClimateFormulas.decayRate(t, h);
                double pi = 1 / k;
                sumW += w;
                sumWK += w * k;
                sumK += k;
                minPi = Math.min(minPi, pi);
                maxPi = Math.max(maxPi, pi);
                if (h > 0) {
                    double dp = ClimateFormulas.dewPoint(t, h);
                    minDp = Math.min(minDp, dp);
                    maxDp = Math.max(maxDp, dp);
                    minSpread = Math.min(minSpread, t - dp);
                }
                double emc = ClimateFormulas.equilibriumMoistureContent(t, h);
                sumWEmc += w * emc;
                sumEmc += emc;
                minEmc = Math.min(minEmc, emc);
                maxEmc = Math.max(maxEmc, emc);
                double hours = w / 3_600_000.0;
                mould = ClimateFormulas.mouldStep(mould, t, h, hours, dryHours);
                dryHours = ClimateFormulas.mouldFavourable(t, h) ? 0 : dryHours + hours;
                maxMould = Math.max(maxMould, mould);
            }
            if (n > 0) {
                closeStuck(stuckStart, n - 1, stuckMs);
            }
            if (implStart >= 0) {
                issues.add(new DataIssue(DataIssue.Kind.IMPLAUSIBLE, id, Instant.ofEpochMilli(ms[implStart]),
                        Instant.ofEpochMilli(ms[implLast]), implCount));
            }
            if (swapped > 0 && swapped >= settings.swapShare() * valid) {
                issues.add(new DataIssue(DataIssue.Kind.SWAPPED, id, Instant.ofEpochMilli(swapFirst),
                        Instant.ofEpochMilli(swapLast), swapped));
            }
            tHigh.close(id);
            tLow.close(id);
            hHigh.close(id);
            hLow.close(id);
            if (uvRun != null) {
                uvRun.close(id);
            }
            if (luxRun != null) {
                luxRun.close(id);
            }
            tWin.close(id);
            hWin.close(id);
            excursions.sort(Comparator.comparing(Excursion::quantity).thenComparing(Excursion::start));
            swings.sort(Comparator.comparing(Swing::quantity).thenComparing(Swing::start));

            compliance.add(new SensorCompliance(id, n, Instant.ofEpochMilli(ms[0]), Instant.ofEpochMilli(ms[n - 1]),
                    Duration.ofMillis(observed), Duration.ofMillis(inBoth), Duration.ofMillis(inT),
                    Duration.ofMillis(inH), excursions, swings, issues));
            if (valid > 0) {
                RiskThresholds r = settings.risk();
                double twpi = sumW > 0 ? sumW / sumWK : valid / sumK;
                double meanEmc = sumW > 0 ? sumWEmc / sumW : sumEmc / valid;
                risks.add(new SensorRisk(id, twpi, minPi, maxPi, minDp, maxDp, minSpread, meanEmc, minEmc, maxEmc,
                        maxMould, mould, r.rateAgeing(twpi), r.rateMechanical(minEmc, maxEmc),
                        r.rateCorrosion(maxEmc), r.rateMould(maxMould),
                        Double.isInfinite(minSpread) ? Rating.GOOD : r.rateCondensation(minSpread)));
            }
        }

        private void closeStuck(int a, int b, long stuckMs) {
            if (b - a + 1 >= 3 && s.ms[b] - s.ms[a] >= stuckMs) {
                issues.add(new DataIssue(DataIssue.Kind.STUCK, s.id, Instant.ofEpochMilli(s.ms[a]),
                        Instant.ofEpochMilli(s.ms[b]), b - a + 1));
            }
        }
    }

    /** Whether (t, h) lies within the bands widened by the swap margins. */
    private static boolean fits(double t, double h, Band tb, Band hb, double marginT, double marginH) {
        return t >= tb.min() - marginT && t <= tb.max() + marginT && h >= hb.min() - marginH
                && h <= hb.max() + marginH;
    }

    // ---------------------------------------------------------------- alerts

    private void alertsFor(SensorCompliance c, List<Alert> out) {
        String who = label(c.sensorId());
        for (DataIssue d : c.issues()) {
            Severity sev = switch (d.kind()) {
                case SWAPPED -> Severity.ERROR;
                case UNSORTED -> Severity.INFO;
                default -> Severity.WARNING;
            };
            LocalizedText text = EnvironmentException.MESSAGES.text(d.kind().code(), who, d.from().toString(),
                    d.to().toString(), Integer.toString(d.readings()));
            out.add(new Alert(sev, d.kind().code(), c.sensorId(), d.from(), d.to(), text));
        }
        for (Excursion e : c.excursions()) {
            String code = switch (e.quantity()) {
                case TEMPERATURE -> "CD-6020";
                case RELATIVE_HUMIDITY -> "CD-6021";
                case ULTRAVIOLET -> "CD-6022";
                case ILLUMINANCE -> "CD-6023";
            };
            String key = code + (e.bound() == Excursion.Bound.HIGH ? ".high" : ".low");
            out.add(new Alert(Severity.ERROR, code, c.sensorId(), e.start(), e.end(),
                    EnvironmentException.MESSAGES.text(key, who, one(e.limit()), e.start().toString(),
                            e.end().toString(), one(e.peak()))));
        }
        for (Swing sw : c.swings()) {
            boolean temp = sw.quantity() == Quantity.TEMPERATURE;
            String code = temp ? "CD-6024" : "CD-6025";
            out.add(new Alert(Severity.ERROR, code, c.sensorId(), sw.start(), sw.end(),
                    EnvironmentException.MESSAGES.text(code, who, one(sw.range()), sw.start().toString(),
                            sw.end().toString(), one(sw.limit()), one(sw.limit() / 2))));
        }
    }

    private void alertsFor(SensorRisk r, SensorCompliance c, List<Alert> out) {
        String who = label(r.sensorId());
        RiskThresholds th = settings.risk();
        Instant from = c.first();
        Instant to = c.last();
        if (r.ageing() == Rating.RISK) {
            out.add(risk("CD-6040", r, from, to, who, one(r.twpi()), one(th.preservationOk())));
        }
        if (r.mechanical() == Rating.RISK) {
            out.add(risk("CD-6041", r, from, to, who, one(r.minEmc()), one(r.maxEmc()), one(th.mechanicalMinEmc()),
                    one(th.mechanicalMaxEmc())));
        }
        if (r.corrosion() == Rating.RISK) {
            out.add(risk("CD-6042", r, from, to, who, one(r.maxEmc()), one(th.corrosionRiskEmc())));
        }
        if (r.mould() == Rating.RISK) {
            out.add(risk("CD-6043", r, from, to, who, one(r.maxMouldIndex()), one(th.mouldRiskIndex())));
        }
        if (r.condensation() == Rating.RISK) {
            out.add(risk("CD-6044", r, from, to, who, one(r.minDewPointSpread()), one(th.condensationOk())));
        }
    }

    private static Alert risk(String code, SensorRisk r, Instant from, Instant to, Object... args) {
        return new Alert(Severity.WARNING, code, r.sensorId(), from, to, EnvironmentException.MESSAGES.text(code, args));
    }

    private static String label(String sensorId) {
        return sensorId.isEmpty() ? "-" : EnvironmentException.shown(sensorId);
    }

    private static String one(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
