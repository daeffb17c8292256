package org.cundang.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CodeTemplate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 档号 parse + format throughput (issue 2 goal: at least 3 million per second on one core). Each operation parses
 * one of 4,096 pre-generated DA/T 22-2015 codes (a mix of categories, sub-levels, periods, with and without 机构)
 * and formats it back from its parts with {@link CodeTemplate#format(ArchivalCode)}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class CodeBenchmark {

    private static final List<String> CATEGORIES = List.of("WS", "KJ·JJ", "KU·01", "SW·JB", "ZP", "RS", "KJ");
    private static final List<String> PERIODS = List.of("Y", "D30", "D10");
    private static final List<String> ORGS = List.of("", "-BGS", "-CW", "-001", "-XZ");

    private final CodeTemplate template = CodeTemplate.daT22();
    private final String[] codes = new String[4096];
    private int next;

    /** Generates the codes with a fixed seed. */
    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(20_250_601L);
        for (int i = 0; i < codes.length; i++) {
            String fonds = String.valueOf((char) ('A' + r.nextInt(26))) + (100 + r.nextInt(900));
            codes[i] = fonds + "-" + CATEGORIES.get(r.nextInt(CATEGORIES.size())) + "·" + (1950 + r.nextInt(75)) + "-"
                    + PERIODS.get(r.nextInt(PERIODS.size())) + ORGS.get(r.nextInt(ORGS.size())) + "-"
                    + String.format("%04d", 1 + r.nextInt(9999));
        }
    }

    /** Parses a code and formats it again from its parts. */
    @Benchmark
    public String parseAndFormat() {
        String s = codes[next++ & (codes.length - 1)];
        ArchivalCode c = template.parse(s);
        return template.format(c);
    }

    /** Parses a code only. */
    @Benchmark
    public ArchivalCode parse() {
        return template.parse(codes[next++ & (codes.length - 1)]);
    }
}
