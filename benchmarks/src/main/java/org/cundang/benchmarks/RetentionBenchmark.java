package org.cundang.benchmarks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.cundang.retention.RetentionAssessment;
import org.cundang.retention.RetentionEvaluator;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionItem;
import org.cundang.retention.RetentionPeriod;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Retention evaluation throughput (issue 2 goal: at least 10 million evaluations per second on one core).
 *
 * <p>4,096 pre-built items with mixed periods (D10, D30, 永久, other fixed periods, the fixed-asset card with and
 * without its event), mixed triggers (formation year, accounting year), and a few holds; each operation evaluates
 * one item as of a fixed date. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar RetentionBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s -t 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RetentionBenchmark {

    private static final int SIZE = 4096;

    private RetentionEvaluator evaluator;
    private RetentionItem[] items;
    private LocalDate asOf;
    private int next;

    @Setup
    public void setUp() {
        evaluator = RetentionEvaluator.of(Clock.systemUTC());
        asOf = LocalDate.of(2026, 1, 1);
        Random random = new Random(42);
        RetentionPeriod card = RetentionPeriod.afterEvent("固定资产报废清理", 5);
        RetentionPeriod[] fixed = {RetentionPeriod.D10, RetentionPeriod.D30, RetentionPeriod.PERMANENT,
                RetentionPeriod.years(15), card};
        items = new RetentionItem[SIZE];
        for (int i = 0; i < SIZE; i++) {
            RetentionPeriod p = fixed[random.nextInt(fixed.length)];
            int year = 1990 + random.nextInt(36);
            RetentionItem.Builder b = RetentionItem.builder().period(p);
            if (random.nextBoolean()) {
                b.accountingYear(year);
            } else {
                b.formed(LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)));
            }
            if (p == card && random.nextBoolean()) {
                b.event("固定资产报废清理", LocalDate.of(year + random.nextInt(10), 6, 30));
            }
            if (random.nextInt(50) == 0) {
                b.hold(RetentionHold.of("未结清债权债务", LocalDate.of(2020, 1, 1)));
            }
            items[i] = b.build();
        }
    }

    @Benchmark
    public RetentionAssessment evaluate() {
        RetentionItem item = items[next];
        next = (next + 1) & (SIZE - 1);
        return evaluator.evaluate(item, asOf);
    }
}
