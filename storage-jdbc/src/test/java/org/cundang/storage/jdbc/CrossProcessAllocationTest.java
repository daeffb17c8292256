package org.cundang.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.cundang.code.CodeTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 件号 allocation across processes (issue 5): three child JVMs allocate in one scope of one database at the same
 * time, on PostgreSQL and on a SQLite file. Every number is handed out once, and none is skipped.
 */
class CrossProcessAllocationTest {

    private static final String CODE = "Z109-WS·2011-Y-BGS-0001";
    private static final int CHILDREN = 3;
    private static final int EACH = 200;

    @TempDir
    Path dir;

    private List<Integer> allocateInChildren(String url, String name) throws Exception {
        JdbcArchiveStore.open(url, JdbcOptions.defaults()).close(); // migrate once, before the children race
        Path go = dir.resolve(name + ".go");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<Process> ps = new ArrayList<>();
        List<BufferedReader> outs = new ArrayList<>();
        try {
            for (int k = 0; k < CHILDREN; k++) {
                Process p = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", cp,
                        AllocationChild.class.getName(), url, CODE, String.valueOf(EACH), go.toString())
                        .redirectError(dir.resolve(name + "-" + k + ".err").toFile()).start();
                ps.add(p);
                outs.add(new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
            }
            for (BufferedReader r : outs) {
                assertThat(r.readLine()).as("child started").isEqualTo("ready");
            }
            Files.createFile(go); // all children have opened the store: they allocate at the same time
            List<Integer> got = new ArrayList<>();
            for (int k = 0; k < CHILDREN; k++) {
                String line;
                while ((line = outs.get(k).readLine()) != null) {
                    got.add(Integer.parseInt(line.strip()));
                }
                assertThat(ps.get(k).waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(ps.get(k).exitValue()).as(Files.readString(dir.resolve(name + "-" + k + ".err")))
                        .isZero();
            }
            return got;
        } finally {
            ps.forEach(Process::destroyForcibly);
        }
    }

    private static void assertEveryNumberOnce(List<Integer> got) {
        assertThat(got).hasSize(CHILDREN * EACH).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(got)).containsExactlyElementsOf(
                IntStream.rangeClosed(1, CHILDREN * EACH).boxed().toList());
    }

    @Test
    void childProcessesOnOnePostgresqlDatabaseNeverShareOrSkipANumber() throws Exception {
        String url = TestDatabases.newDatabase();
        assertEveryNumberOnce(allocateInChildren(url, "pg"));
        try (JdbcArchiveStore s = JdbcArchiveStore.open(url, JdbcOptions.defaults())) {
            assertThat(s.allocate(CodeTemplate.daT22().parse(CODE).scope()).item()).isEqualTo(CHILDREN * EACH + 1);
        }
    }

    @Test
    void childProcessesOnOneSqliteFileNeverShareOrSkipANumber() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("shared.db").toString().replace(File.separatorChar, '/');
        assertEveryNumberOnce(allocateInChildren(url, "sqlite"));
        try (JdbcArchiveStore s = JdbcArchiveStore.open(url, JdbcOptions.defaults())) {
            assertThat(s.allocate(CodeTemplate.daT22().parse(CODE).scope()).item()).isEqualTo(CHILDREN * EACH + 1);
        }
    }
}
