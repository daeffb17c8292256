package org.cundang.storage.jdbc;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.cundang.Finding;
import org.cundang.MessageCatalog;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.ArchivalCode;
import org.cundang.code.SequenceScope;
import org.cundang.digest.Digest;
import org.cundang.digest.DigestAlgorithm;
import org.cundang.digest.MultiDigester;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionPeriod;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.AuditEvent;
import org.cundang.storage.ContentSubmission;
import org.cundang.storage.CustodyRecord;
import org.cundang.storage.CustodySubmission;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.RecordQuery;
import org.cundang.storage.ScopeHold;
import org.cundang.storage.StorageException;
import org.cundang.storage.StoredContent;
import org.cundang.storage.StoredItem;
import org.cundang.storage.TransferReceipt;
import org.cundang.storage.TransferSubmission;
import org.cundang.storage.VerificationReport;
import org.cundang.storage.spi.AuditChain;
import org.cundang.storage.spi.ContentCopier;
import org.cundang.storage.spi.StoreFindings;
import org.cundang.storage.spi.VerifyingInputStream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jspecify.annotations.Nullable;

/**
 * The relational {@link ArchiveStore}: PostgreSQL in production, SQLite as the zero-set-up embedded default
 * (issue 5). The schema is created and upgraded by Flyway migrations shipped in the jar; a schema newer than this
 * version knows is refused (CD-5202). Content lives in the database (bytea/BLOB) or, if configured, as files in a
 * folder named by digest; either way it is verified on read.
 *
 * <p>A transfer is accepted in one database transaction with batched inserts. Every writer first locks the one row
 * of {@code cd_audit_head} (PostgreSQL {@code SELECT ... FOR UPDATE}; SQLite {@code BEGIN IMMEDIATE}), so writers of
 * all processes append to the audit chain one at a time. 件号 allocation is one atomic upsert of the scope's row
 * ({@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING}), which row-locks it until commit. See
 * docs/storage-jdbc.md.
 *
 * <p>Thread-safe. Open with {@link #open(String, JdbcOptions)} (the store owns a HikariCP pool) or
 * {@link #open(DataSource, JdbcOptions)} (the host's pool; the store never closes it).
 */
public final class JdbcArchiveStore implements ArchiveStore {

    static final MessageCatalog MESSAGES = MessageCatalog.load(JdbcArchiveStore.class, "storage-jdbc");

    /** The newest schema version this code knows (the highest Flyway migration shipped). */
    public static final int SCHEMA_VERSION = 6;

    /** The Flyway history table (not Flyway's default name, which the host's own migrations may use). */
    static final String HISTORY_TABLE = "cd_schema_history";

    private static final int BATCH = 1000;
    private static final String ITEM_COLUMNS = "code, template, period, expiry_day, township_custody, schedule_entry,"
            + " transfer_id, e_sequence, e_code, e_document_number, e_responsible, e_title, e_date, e_classification,"
            + " e_pages, e_period, e_remarks, e_schedule_entry, " + JdbcCustody.ITEM_COLUMNS;

    private final DataSource dataSource;
    private final @Nullable HikariDataSource owned;
    private final Dialect dialect;
    private final JdbcOptions options;
    private final Clock clock;
    private final DigestAlgorithm algorithm;
    private final AuditChain chain;
    private final @Nullable Path contentDir;
    private final String where;
    private final boolean readOnly;
    private final long busyMillis;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final JdbcCustody custody = new JdbcCustody(this);
    private volatile boolean closed;

    private JdbcArchiveStore(DataSource ds, @Nullable HikariDataSource owned, Dialect dialect, JdbcOptions options,
                             String where) {
        this.dataSource = ds;
        this.owned = owned;
        this.dialect = dialect;
        this.options = options;
        this.clock = options.store().clock();
        this.algorithm = options.store().digest();
        this.chain = AuditChain.of(algorithm);
        this.contentDir = options.contentDirectory().orElse(null);
        this.where = where;
        this.readOnly = options.store().readOnly();
        this.busyMillis = options.busyTimeout().toMillis();
    }

    // ------------------------------------------------------------------ opening

    /**
     * Opens (and, unless read-only, creates or upgrades) the store in the database at a JDBC URL, with a pool the
     * store owns and closes. SQLite connections use WAL, {@code busy_timeout} and the configured {@code synchronous}.
     *
     * @param jdbcUrl {@code jdbc:sqlite:<file>} or {@code jdbc:postgresql://host/db?user=...}, not null
     * @param options the options, not null
     * @return the open store
     * @throws StorageException CD-5204 (not such a URL), CD-5201 (cannot connect), CD-5202 (schema too new),
     *                          CD-5203 (migration failed), CD-5207 (read-only and no store), CD-5206
     */
    public static JdbcArchiveStore open(String jdbcUrl, JdbcOptions options) {
        requireNonNull(jdbcUrl, "jdbcUrl");
        requireNonNull(options, "options");
        Dialect d = Dialect.of(jdbcUrl);
        if (d == null) {
            throw fail("CD-5204", null, StorageException.printable(jdbcUrl));
        }
        String shown = redact(jdbcUrl);
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(jdbcUrl);
        hc.setPoolName("cundang-jdbc");
        hc.setMinimumIdle(1);
        if (d == Dialect.SQLITE) {
            boolean memory = jdbcUrl.contains(":memory:") || jdbcUrl.contains("mode=memory");
            hc.setMaximumPoolSize(memory ? 1 : Math.min(options.poolSize(), 4));
            if (!options.store().readOnly()) {
                hc.addDataSourceProperty("journal_mode", "WAL"); // persistent in the file; a reader cannot set it
            }
            hc.addDataSourceProperty("busy_timeout", String.valueOf(options.busyTimeout().toMillis()));
            hc.addDataSourceProperty("synchronous", options.sqliteSynchronous());
            hc.addDataSourceProperty("foreign_keys", "true");
        } else {
            hc.setMaximumPoolSize(options.poolSize());
            hc.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        if (options.store().readOnly() && d == Dialect.POSTGRESQL) {
            hc.setReadOnly(true); // sqlite-jdbc cannot change the flag after connecting; the store refuses writes
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw fail("CD-5201", e, shown, String.valueOf(rootMessage(e)));
        }
        try {
            return start(pool, pool, d, options, shown);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Opens the store in the host's database. The store borrows connections and never closes the data source; it
     * needs no particular pool settings (auto-commit on, the driver's default isolation).
     *
     * @param dataSource the host's data source (PostgreSQL or SQLite), not null
     * @param options    the options, not null
     * @return the open store
     * @throws StorageException CD-5201, CD-5202, CD-5203, CD-5204 (another database), CD-5207, CD-5206
     */
    public static JdbcArchiveStore open(DataSource dataSource, JdbcOptions options) {
        requireNonNull(dataSource, "dataSource");
        requireNonNull(options, "options");
        String product;
        String url;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
            url = String.valueOf(c.getMetaData().getURL());
        } catch (SQLException e) {
            throw fail("CD-5201", e, "DataSource", String.valueOf(e.getMessage()));
        }
        Dialect d = "PostgreSQL".equalsIgnoreCase(product) ? Dialect.POSTGRESQL
                : "SQLite".equalsIgnoreCase(product) ? Dialect.SQLITE : null;
        if (d == null) {
            throw fail("CD-5204", null, StorageException.printable(product + " " + url));
        }
        return start(dataSource, null, d, options, redact(url));
    }

    private static JdbcArchiveStore start(DataSource ds, @Nullable HikariDataSource owned, Dialect d,
                                          JdbcOptions options, String shown) {
        migrate(ds, d, options.store().readOnly(), shown);
        JdbcArchiveStore s = new JdbcArchiveStore(ds, owned, d, options, shown);
        if (s.contentDir != null && !s.readOnly) {
            try {
                Files.createDirectories(s.contentDir.resolve(".staging"));
            } catch (IOException e) {
                throw fail("CD-5206", e, s.contentDir.toString(), String.valueOf(e.getMessage()));
            }
            s.custody.purgeDeletedContent(); // what a crash after a destruction's commit left behind
        }
        return s;
    }

    private static void migrate(DataSource ds, Dialect d, boolean readOnly, String shown) {
        try {
            Flyway f = Flyway.configure(JdbcArchiveStore.class.getClassLoader()).dataSource(ds)
                    .locations(d.migrations()).table(HISTORY_TABLE)
                    // a host's database may hold its own tables: baseline at 0, so that V1 still runs
                    .baselineOnMigrate(true).baselineVersion("0").load();
            MigrationInfoService info = f.info();
            String newest = null;
            for (MigrationInfo mi : info.all()) {
                if (mi.getState().name().startsWith("FUTURE")) {
                    newest = mi.getVersion() == null ? "?" : mi.getVersion().getVersion();
                }
            }
            if (newest != null) {
                throw fail("CD-5202", null, shown, newest, String.valueOf(SCHEMA_VERSION));
            }
            if (readOnly) {
                if (info.current() == null) {
                    throw fail("CD-5207", null, shown);
                }
                if (info.pending().length > 0) {
                    throw fail("CD-5203", null, shown, "the schema is older than this version; open the store once"
                            + " as the writer to upgrade it");
                }
                return;
            }
            f.migrate();
        } catch (FlywayException e) {
            throw fail("CD-5203", e, shown, String.valueOf(rootMessage(e)));
        }
    }

    private static String redact(String url) {
        return StorageException.printable(url.replaceAll("(?i)(password=)[^&;]*", "$1***"));
    }

    private static @Nullable String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    static StorageException fail(String code, @Nullable Throwable cause, Object... args) {
        return StorageException.of(code, MESSAGES.text(code, args), cause);
    }

    private StorageException dbError(String op, SQLException e) {
        SQLException first = e;
        if (e instanceof BatchUpdateException && e.getNextException() != null) {
            first = e.getNextException();
        }
        return fail("CD-5200", e, op, StorageException.printable(String.valueOf(first.getMessage())),
                String.valueOf(first.getSQLState()));
    }

    // ------------------------------------------------------------------ transactions

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException, IOException;
    }

    /** A 档号 of the transfer is already stored (a unique-key violation); found out after the rollback. */
    private static final class Conflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Conflict(Throwable cause) {
            super(cause);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw StorageException.of("CD-5031");
        }
    }

    private void checkWriter(String what) {
        checkOpen();
        if (readOnly) {
            throw StorageException.of("CD-5030", what);
        }
    }

    private <T> T write(String op, Work<T> work) {
        checkWriter(op);
        boolean serial = dialect.serializeWritesInProcess();
        if (serial) {
            writeLock.lock();
        }
        try (Connection c = dataSource.getConnection()) {
            dialect.begin(c, busyMillis);
            boolean done = false;
            try {
                T r = work.run(c);
                dialect.commit(c);
                done = true;
                return r;
            } finally {
                if (!done) {
                    try {
                        dialect.rollback(c);
                    } catch (SQLException ignored) {
                        // the connection is broken; the database rolled back when it went
                    }
                }
            }
        } catch (SQLException e) {
            throw dbError(op, e);
        } catch (IOException e) {
            throw fail("CD-5206", e, String.valueOf(contentDir), String.valueOf(e.getMessage()));
        } finally {
            if (serial) {
                writeLock.unlock();
            }
        }
    }

    private <T> T read(String op, Work<T> work) {
        checkOpen();
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw dbError(op, e);
        } catch (IOException e) {
            throw fail("CD-5206", e, String.valueOf(contentDir), String.valueOf(e.getMessage()));
        }
    }

    private void text(PreparedStatement ps, int i, String field, @Nullable String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
            return;
        }
        if (!dialect.storesNul() && v.indexOf('\u0000') >= 0) {
            throw fail("CD-5208", null, field, dialect.name());
        }
        ps.setString(i, v);
    }

    private static void integer(PreparedStatement ps, int i, @Nullable Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    private static void day(PreparedStatement ps, int i, @Nullable LocalDate v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v.toEpochDay());
        }
    }

    // ------------------------------------------------------------------ the audit chain

    private record Head(long seq, @Nullable String digest) {
    }

    private Head lockHead(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, digest FROM cd_audit_head WHERE id = 1"
                + dialect.forUpdate()); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("cd_audit_head has no row", "55000");
            }
            return new Head(rs.getLong(1), rs.getString(2));
        }
    }

    private AuditEvent append(Connection c, Head head, String actor, String action, String subject,
                              Map<String, String> details) throws SQLException {
        return append(c, head, clock.instant(), actor, action, subject, details);
    }

    private AuditEvent append(Connection c, Head head, Instant time, String actor, String action, String subject,
                              Map<String, String> details) throws SQLException {
        AuditEvent prev = head.seq() == 0 || head.digest() == null ? null
                : new AuditEvent(head.seq(), Instant.EPOCH, "-", "-", "-", Map.of(), chain.genesis(),
                Digest.parse(head.digest()));
        AuditEvent e = chain.next(prev, time, actor, action, subject, details);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cd_audit (seq, time, actor, action, subject,"
                + " details, previous, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, e.sequence());
            ps.setString(2, e.time().toString());
            text(ps, 3, "actor", e.actor());
            text(ps, 4, "action", e.action());
            text(ps, 5, "subject", e.subject());
            ps.setString(6, TextCodec.encode(e.details()));
            ps.setString(7, e.previous().toString());
            ps.setString(8, e.digest().toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE cd_audit_head SET seq = ?, digest = ? WHERE id = 1")) {
            ps.setLong(1, e.sequence());
            ps.setString(2, e.digest().toString());
            ps.executeUpdate();
        }
        return e;
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), TextCodec.decode(rs.getString(6)), Digest.parse(rs.getString(7)),
                Digest.parse(rs.getString(8)));
    }

    // ------------------------------------------------------------------ accept

    private record Staged(List<List<StoredContent>> content, List<Path> files, List<Digest> addresses, long bytes) {
    }

    @Override
    public TransferReceipt accept(TransferSubmission transfer) {
        requireNonNull(transfer, "transfer");
        checkWriter("accept");
        Optional<TransferReceipt> done = repeat(transfer);
        if (done.isPresent()) {
            return done.get();
        }
        Staged staged = stage(transfer);
        try {
            return write("accept", c -> acceptIn(c, transfer, staged));
        } catch (Conflict x) {
            Map<String, String> holders = read("accept", c -> storedTransfers(c, transfer));
            for (ItemSubmission i : transfer.items()) {
                String old = holders.get(i.code().toString());
                if (old != null) {
                    throw StorageException.of("CD-5022", i.code().toString(), StorageException.printable(old),
                            StorageException.printable(transfer.id()));
                }
            }
            throw dbError("accept", x.getCause() instanceof SQLException s ? s : new SQLException(x.getCause()));
        } finally {
            for (Path f : staged.files()) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // a left-over staging file is harmless
                }
            }
        }
    }

    /** The 档号 of a transfer that are already stored, each with the transfer that holds it (500 a statement). */
    private static Map<String, String> storedTransfers(Connection c, TransferSubmission t) throws SQLException {
        Map<String, String> out = new HashMap<>();
        List<ItemSubmission> all = t.items();
        int chunk = 500;
        for (int from = 0; from < all.size(); from += chunk) {
            int to = Math.min(all.size(), from + chunk);
            StringBuilder sql = new StringBuilder("SELECT code, transfer_id FROM cd_items WHERE code IN (");
            for (int k = from; k < to; k++) {
                sql.append(k == from ? "?" : ", ?");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.append(')').toString())) {
                for (int k = from; k < to; k++) {
                    ps.setString(k - from + 1, all.get(k).code().toString());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        return out;
    }

    private Optional<TransferReceipt> repeat(TransferSubmission t) {
        return read("accept", c -> repeatIn(c, t));
    }

    private Optional<TransferReceipt> repeatIn(Connection c, TransferSubmission t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT fingerprint FROM cd_transfers WHERE id = ?")) {
            text(ps, 1, "transfer id", t.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                if (!rs.getString(1).equals(t.fingerprint())) {
                    throw StorageException.of("CD-5023", StorageException.printable(t.id()));
                }
            }
        }
        return receipt(c, t.id()).map(TransferReceipt::asRepeat);
    }

    private Staged stage(TransferSubmission t) {
        List<List<StoredContent>> contents = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Digest> addresses = new ArrayList<>();
        long bytes = 0;
        ContentCopier copier = ContentCopier.of(algorithm);
        boolean ok = false;
        try {
            for (ItemSubmission i : t.items()) {
                List<StoredContent> list = new ArrayList<>();
                for (ContentSubmission cs : i.content()) {
                    Path f;
                    try {
                        f = contentDir == null ? Files.createTempFile("cundang-stage-", ".tmp")
                                : Files.createTempFile(contentDir.resolve(".staging"), "stage-", ".tmp");
                    } catch (IOException e) {
                        throw fail("CD-5206", e, String.valueOf(contentDir), String.valueOf(e.getMessage()));
                    }
                    files.add(f);
                    StoredContent sc;
                    try (OutputStream out = Files.newOutputStream(f)) {
                        sc = copier.copy(cs, i.code().toString(), out);
                    } catch (IOException e) {
                        throw fail("CD-5206", e, String.valueOf(f), String.valueOf(e.getMessage()));
                    }
                    list.add(sc);
                    addresses.add(sc.address());
                    bytes += sc.size();
                }
                contents.add(list);
            }
            ok = true;
            return new Staged(contents, files, addresses, bytes);
        } finally {
            if (!ok) {
                for (Path f : files) {
                    try {
                        Files.deleteIfExists(f);
                    } catch (IOException ignored) {
                        // harmless
                    }
                }
            }
        }
    }

    private TransferReceipt acceptIn(Connection c, TransferSubmission t, Staged staged)
            throws SQLException, IOException {
        Head head = lockHead(c);
        Optional<TransferReceipt> again = repeatIn(c, t); // another process may have accepted it meanwhile
        if (again.isPresent()) {
            return again.get();
        }
        String fingerprint = t.fingerprint();
        List<StoredItem> items = new ArrayList<>(t.items().size());
        for (int k = 0; k < t.items().size(); k++) {
            items.add(StoredItem.of(t.items().get(k), t.id(), staged.content().get(k)));
        }
        // 档号 order: the order of the items digest, and the primary key's order (index pages filled in sequence).
        items.sort(Comparator.comparing(s -> s.code().toString()));
        // The transfer row first (the items refer to it); it names the audit event appended after the items, whose
        // sequence and time are fixed now. The head row is locked, so no other writer can take that sequence.
        long seq = head.seq() + 1;
        Instant time = clock.instant();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cd_transfers (id, batch, fonds, actor,"
                + " fingerprint, metadata, items, bytes, audit_seq, accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            text(ps, 1, "transfer id", t.id());
            text(ps, 2, "batch", t.batch());
            text(ps, 3, "fonds", t.fonds());
            text(ps, 4, "actor", t.actor());
            ps.setString(5, fingerprint);
            ps.setString(6, TextCodec.encode(t.metadata()));
            ps.setInt(7, items.size());
            ps.setLong(8, staged.bytes());
            ps.setLong(9, seq);
            ps.setString(10, time.toString());
            ps.executeUpdate();
        }
        storeBlobs(c, staged);
        Map<String, Integer> maxPerScope = new HashMap<>();
        MultiDigester md = MultiDigester.of(algorithm);
        // Digest and scope maxima item by item while the rows go out: with COPY the server indexes the rows sent
        // so far while this thread digests the next ones.
        StringBuilder text = new StringBuilder(1 << 17);
        java.util.function.Consumer<StoredItem> each = s -> {
            canonical(text, s); // the digest is over the concatenation: digest 64 K characters at a time
            if (text.length() >= 1 << 16) {
                digest(md, text);
            }
            maxPerScope.merge(s.code().scope().key(), s.code().item(), Math::max);
        };
        org.postgresql.copy.CopyManager copy = dialect == Dialect.POSTGRESQL ? CopyRows.manager(c) : null;
        try {
            if (copy != null) {
                copyItems(copy, items, each);
            } else {
                batchItems(c, items, each);
            }
        } catch (SQLException e) {
            if (isUnique(e)) {
                throw new Conflict(e);
            }
            throw e;
        }
        digest(md, text);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("items", String.valueOf(items.size()));
        details.put("bytes", String.valueOf(staged.bytes()));
        details.put("fonds", t.fonds());
        details.put("batch", t.batch());
        details.put("fingerprint", fingerprint);
        details.put("itemsDigest", md.finish().get(algorithm).toString());
        AuditEvent ev = append(c, head, time, t.actor(), "transfer.accept", t.id(), details);
        if (ev.sequence() != seq) {
            throw new SQLException("audit sequence " + ev.sequence() + " instead of " + seq, "XX000");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cd_sequences (scope, last) VALUES (?, ?)"
                + " ON CONFLICT (scope) DO UPDATE SET last = " + dialect.greatest()
                + "(cd_sequences.last, excluded.last)")) {
            for (Map.Entry<String, Integer> e : new TreeMap<>(maxPerScope).entrySet()) {
                ps.setString(1, e.getKey());
                ps.setInt(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return new TransferReceipt(t.id(), t.batch(), t.fonds(), items.size(), staged.bytes(), ev.sequence(),
                ev.time(), false);
    }

    private static final String CONTENT_COLUMNS = "code, pos, name, size, address, digests";
    private static final String HOLD_COLUMNS = "code, pos, reason, since_day, until_day, audit_seq";
    private static final String INSERT_COLUMNS = "code, template, scope, fonds, year, item_no, period, permanent,"
            + " expiry_day, township_custody, schedule_entry, transfer_id, e_sequence, e_code, e_document_number,"
            + " e_responsible, e_title, e_date, e_classification, e_pages, e_period, e_remarks, e_schedule_entry";

    /** PostgreSQL: items, then content, then holds, each one COPY in the transaction (docs/storage-jdbc.md). */
    private static void copyItems(org.postgresql.copy.CopyManager m, List<StoredItem> items,
                                  java.util.function.Consumer<StoredItem> each) throws SQLException {
        CopyRows r = CopyRows.start(m, "cd_items", INSERT_COLUMNS);
        boolean anyContent = false;
        boolean anyHold = false;
        try {
            for (StoredItem s : items) {
                ArchivalCode code = s.code();
                CatalogueEntry e = s.entry();
                r.text("code", code.toString()).text("template", code.template().name())
                        .text("scope", code.scope().key()).text("fonds", code.fonds())
                        .number(code.year().isPresent() ? code.year().getAsInt() : null).number(code.item())
                        .text("period", s.period().code()).bool(s.period().isPermanent())
                        .number(s.expiry() == null ? null : s.expiry().toEpochDay()).bool(s.townshipCustody())
                        .text("scheduleEntry", s.scheduleEntry()).text("transfer id", s.transferId())
                        .number(e.sequence()).text("code", e.code()).text("documentNumber", e.documentNumber())
                        .text("responsible", e.responsible()).text("title", e.title()).text("date", e.date())
                        .text("classification", e.classification()).number(e.pages()).text("period", e.period())
                        .text("remarks", e.remarks()).text("scheduleEntry", e.scheduleEntry());
                r.endRow();
                each.accept(s);
                anyContent |= !s.content().isEmpty();
                anyHold |= !s.holds().isEmpty();
            }
            r.finish();
        } catch (SQLException | RuntimeException x) {
            r.cancel();
            throw x;
        }
        if (anyContent) {
            r = CopyRows.start(m, "cd_content", CONTENT_COLUMNS);
            try {
                for (StoredItem s : items) {
                    for (int p = 0; p < s.content().size(); p++) {
                        StoredContent sc = s.content().get(p);
                        r.text("code", s.code().toString()).number(p).text("content name", sc.name())
                                .number(sc.size()).text("address", sc.address().toString())
                                .text("digests", digests(sc.digests()));
                        r.endRow();
                    }
                }
                r.finish();
            } catch (SQLException | RuntimeException x) {
                r.cancel();
                throw x;
            }
        }
        if (anyHold) {
            r = CopyRows.start(m, "cd_holds", HOLD_COLUMNS);
            try {
                for (StoredItem s : items) {
                    for (int p = 0; p < s.holds().size(); p++) {
                        RetentionHold h = s.holds().get(p);
                        r.text("code", s.code().toString()).number(p).text("hold reason", h.reason())
                                .number(h.since().toEpochDay())
                                .number(h.until() == null ? null : h.until().toEpochDay()).number(null);
                        r.endRow();
                    }
                }
                r.finish();
            } catch (SQLException | RuntimeException x) {
                r.cancel();
                throw x;
            }
        }
    }

    /** SQLite, or a PostgreSQL connection that cannot be unwrapped: batched prepared inserts, 1,000 a batch. */
    private void batchItems(Connection c, List<StoredItem> items, java.util.function.Consumer<StoredItem> each)
            throws SQLException {
        try (PreparedStatement pi = c.prepareStatement("INSERT INTO cd_items (" + INSERT_COLUMNS + ") VALUES (?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement pc = c.prepareStatement("INSERT INTO cd_content (" + CONTENT_COLUMNS + ") VALUES"
                     + " (?, ?, ?, ?, ?, ?)");
             PreparedStatement ph = c.prepareStatement("INSERT INTO cd_holds (" + HOLD_COLUMNS + ") VALUES"
                     + " (?, ?, ?, ?, ?, NULL)")) {
            int n = 0;
            for (StoredItem s : items) {
                bindItem(pi, s);
                each.accept(s);
                pi.addBatch();
                if (++n % BATCH == 0) {
                    pi.executeBatch();
                }
            }
            pi.executeBatch();
            int nc = 0;
            int nh = 0;
            for (StoredItem s : items) {
                String code = s.code().toString();
                for (int p = 0; p < s.content().size(); p++) {
                    StoredContent sc = s.content().get(p);
                    pc.setString(1, code);
                    pc.setInt(2, p);
                    text(pc, 3, "content name", sc.name());
                    pc.setLong(4, sc.size());
                    pc.setString(5, sc.address().toString());
                    pc.setString(6, digests(sc.digests()));
                    pc.addBatch();
                    if (++nc % BATCH == 0) {
                        pc.executeBatch();
                    }
                }
                for (int p = 0; p < s.holds().size(); p++) {
                    RetentionHold h = s.holds().get(p);
                    ph.setString(1, code);
                    ph.setInt(2, p);
                    text(ph, 3, "hold reason", h.reason());
                    ph.setLong(4, h.since().toEpochDay());
                    day(ph, 5, h.until());
                    ph.addBatch();
                    if (++nh % BATCH == 0) {
                        ph.executeBatch();
                    }
                }
            }
            pc.executeBatch();
            ph.executeBatch();
        }
    }

    private boolean isUnique(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (dialect.isUniqueViolation(x)) {
                return true;
            }
        }
        return false;
    }

    private void storeBlobs(Connection c, Staged staged) throws SQLException, IOException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM cd_blobs WHERE address = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO cd_blobs (address, size, data) VALUES (?, ?, ?)"
                     + " ON CONFLICT (address) DO NOTHING")) {
            for (int k = 0; k < staged.files().size(); k++) {
                Digest d = staged.addresses().get(k);
                if (!seen.add(d.toString())) {
                    continue;
                }
                exists.setString(1, d.toString());
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
                Path f = staged.files().get(k);
                long size = Files.size(f);
                ins.setString(1, d.toString());
                ins.setLong(2, size);
                if (contentDir == null) {
                    try (InputStream in = Files.newInputStream(f)) {
                        ins.setBinaryStream(3, in, size);
                        ins.executeUpdate();
                    }
                } else {
                    Path dest = contentFile(d);
                    if (!Files.exists(dest)) {
                        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
                            ch.force(true);
                        }
                        Files.createDirectories(dest.getParent());
                        Files.move(f, dest, StandardCopyOption.ATOMIC_MOVE);
                    }
                    ins.setNull(3, Types.BINARY);
                    ins.executeUpdate();
                }
            }
        }
    }

    private void bindItem(PreparedStatement ps, StoredItem s) throws SQLException {
        ArchivalCode code = s.code();
        CatalogueEntry e = s.entry();
        ps.setString(1, code.toString());
        ps.setString(2, code.template().name());
        ps.setString(3, code.scope().key());
        ps.setString(4, code.fonds());
        if (code.year().isPresent()) {
            ps.setInt(5, code.year().getAsInt());
        } else {
            ps.setNull(5, Types.INTEGER);
        }
        ps.setInt(6, code.item());
        ps.setString(7, s.period().code());
        ps.setBoolean(8, s.period().isPermanent());
        day(ps, 9, s.expiry());
        ps.setBoolean(10, s.townshipCustody());
        text(ps, 11, "scheduleEntry", s.scheduleEntry());
        text(ps, 12, "transfer id", s.transferId());
        integer(ps, 13, e.sequence());
        text(ps, 14, "code", e.code());
        text(ps, 15, "documentNumber", e.documentNumber());
        text(ps, 16, "responsible", e.responsible());
        text(ps, 17, "title", e.title());
        text(ps, 18, "date", e.date());
        text(ps, 19, "classification", e.classification());
        integer(ps, 20, e.pages());
        text(ps, 21, "period", e.period());
        text(ps, 22, "remarks", e.remarks());
        text(ps, 23, "scheduleEntry", e.scheduleEntry());
    }

    private static String digests(List<Digest> ds) {
        StringBuilder b = new StringBuilder();
        for (Digest d : ds) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(d);
        }
        return b.toString();
    }

    private static void digest(MultiDigester md, StringBuilder text) {
        byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
        md.update(b, 0, b.length);
        text.setLength(0);
    }

    private static String canonical(StoredItem s) {
        return canonical(new StringBuilder(256), s).toString();
    }

    /** Appends the canonical text of an item (the unit of the items digest) to {@code b}. */
    private static StringBuilder canonical(StringBuilder b, StoredItem s) {
        CatalogueEntry e = s.entry();
        for (Object v : new Object[] {s.code(), s.code().template().name(), s.period().code(), s.expiry(),
                s.townshipCustody(), s.scheduleEntry(), s.transferId(), e.sequence(), e.code(), e.documentNumber(),
                e.responsible(), e.title(), e.date(), e.classification(), e.pages(), e.period(), e.remarks(),
                e.scheduleEntry(), s.holds().size(), s.content().size()}) {
            field(b, v);
        }
        for (RetentionHold h : s.holds()) {
            field(b, h.reason());
            field(b, h.since());
            field(b, h.until());
        }
        for (StoredContent c : s.content()) {
            field(b, c.name());
            field(b, c.size());
            field(b, digests(c.digests()));
        }
        return b.append('\n');
    }

    private static void field(StringBuilder b, @Nullable Object v) {
        if (v == null) {
            b.append("-;");
        } else {
            String s = v.toString();
            b.append(s.length()).append(':').append(s).append(';');
        }
    }

    // ------------------------------------------------------------------ reading

    @Override
    public Optional<TransferReceipt> transfer(String transferId) {
        requireNonNull(transferId, "transferId");
        return read("transfer", c -> receipt(c, transferId));
    }

    private Optional<TransferReceipt> receipt(Connection c, String id) throws SQLException {
        if (!dialect.storesNul() && id.indexOf('\u0000') >= 0) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT batch, fonds, items, bytes, audit_seq, accepted_at"
                + " FROM cd_transfers WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new TransferReceipt(id, rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getLong(4), rs.getLong(5), Instant.parse(rs.getString(6)), false));
            }
        }
    }

    @Override
    public Optional<StoredItem> item(String code) {
        requireNonNull(code, "code");
        if (!dialect.storesNul() && code.indexOf('\u0000') >= 0) {
            checkOpen();
            return Optional.empty();
        }
        return read("item", c -> itemIn(c, code));
    }

    /**
     * One item with its holds and content in one statement: the item's columns repeated on one row per hold and per
     * content file (a LEFT JOIN on both child tables' rows, each filtered by the primary key's prefix).
     */
    private static final String ITEM_JOINED = "SELECT i." + ITEM_COLUMNS.replace(", ", ", i.")
            + ", x.kind, x.t, x.n1, x.n2, x.d FROM cd_items i LEFT JOIN ("
            + "SELECT code, 1 AS kind, pos, reason AS t, since_day AS n1, until_day AS n2, NULL AS d FROM cd_holds"
            + " WHERE code = ? UNION ALL SELECT code, 2, pos, name, size, NULL, digests FROM cd_content WHERE code = ?"
            + ") x ON x.code = i.code WHERE i.code = ? ORDER BY x.kind, x.pos";

    private static final int ITEM_COLUMN_COUNT = ITEM_COLUMNS.split(", ").length;

    private Optional<StoredItem> itemIn(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ITEM_JOINED)) {
            ps.setString(1, code);
            ps.setString(2, code);
            ps.setString(3, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int k = ITEM_COLUMN_COUNT;
                List<RetentionHold> holds = new ArrayList<>();
                List<StoredContent> content = new ArrayList<>();
                StoredItem head = JdbcCustody.custodyColumns(itemRow(rs), rs, 19, false);
                do {
                    int kind = rs.getInt(k + 1);
                    if (rs.wasNull()) {
                        break; // no holds, no content
                    }
                    if (kind == 1) {
                        long u = rs.getLong(k + 4);
                        LocalDate until = rs.wasNull() ? null : LocalDate.ofEpochDay(u);
                        holds.add(new RetentionHold(rs.getString(k + 2), LocalDate.ofEpochDay(rs.getLong(k + 3)),
                                until));
                    } else {
                        content.add(new StoredContent(rs.getString(k + 2), rs.getLong(k + 3),
                                parseDigests(rs.getString(k + 5))));
                    }
                } while (rs.next());
                return Optional.of(new StoredItem(head.code(), head.entry(), head.scheduleEntry(), head.period(),
                        head.expiry(), holds, head.townshipCustody(), head.transferId(), content, head.disposal()));
            }
        }
    }

    private static List<Digest> parseDigests(String text) {
        List<Digest> ds = new ArrayList<>();
        for (String d : text.split(" ")) {
            ds.add(Digest.parse(d));
        }
        return ds;
    }

    /** Reads the item columns at the cursor (ITEM_COLUMNS first); holds and content empty. */
    private StoredItem itemRow(ResultSet rs) throws SQLException {
        String code = rs.getString(1);
        ArchivalCode ac = options.store().templates().require(rs.getString(2)).parse(code);
        RetentionPeriod period = RetentionPeriod.parse(rs.getString(3));
        long ex = rs.getLong(4);
        LocalDate expiry = rs.wasNull() ? null : LocalDate.ofEpochDay(ex);
        boolean custody = rs.getBoolean(5);
        String schedule = rs.getString(6);
        String transferId = rs.getString(7);
        int seq = rs.getInt(8);
        Integer sequence = rs.wasNull() ? null : seq;
        int pg = rs.getInt(15);
        Integer pages = rs.wasNull() ? null : pg;
        CatalogueEntry entry = new CatalogueEntry(sequence, rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), pages, rs.getString(16), rs.getString(17),
                rs.getString(18));
        return new StoredItem(ac, entry, schedule, period, expiry, List.of(), custody, transferId, List.of());
    }

    /** Reads the item at the cursor; original holds only when {@code originalHolds} is given (a flag holder). */
    private StoredItem itemOf(Connection c, ResultSet rs, boolean @Nullable [] originalOnly) throws SQLException {
        return withChildren(c, List.of(rowOf(rs, originalOnly != null)), originalOnly != null).get(0);
    }

    /** The item columns at the cursor with the custody columns applied; holds and content still empty. */
    private StoredItem rowOf(ResultSet rs, boolean original) throws SQLException {
        return JdbcCustody.custodyColumns(itemRow(rs), rs, 19, original);
    }

    /** The longest list of codes one {@code IN (...)} carries (both dialects take far more bind values). */
    private static final int CHILD_BATCH = 500;

    /**
     * The rows with their holds (the original ones when {@code original}) and content, read with two statements per
     * {@value #CHILD_BATCH} rows instead of two per row.
     */
    private List<StoredItem> withChildren(Connection c, List<StoredItem> rows, boolean original) throws SQLException {
        Map<String, List<RetentionHold>> holds = new HashMap<>();
        Map<String, List<StoredContent>> content = new HashMap<>();
        for (int from = 0; from < rows.size(); from += CHILD_BATCH) {
            List<StoredItem> part = rows.subList(from, Math.min(rows.size(), from + CHILD_BATCH));
            String in = " IN (" + "?, ".repeat(part.size() - 1) + "?)";
            try (PreparedStatement ps = c.prepareStatement("SELECT code, reason, since_day, "
                    + (original ? JdbcCustody.ACCEPTED_UNTIL : "until_day") + " FROM cd_holds WHERE code" + in
                    + (original ? " AND audit_seq IS NULL" : "") + " ORDER BY code, pos")) {
                bindCodes(ps, part);
                try (ResultSet h = ps.executeQuery()) {
                    while (h.next()) {
                        long u = h.getLong(4);
                        LocalDate until = h.wasNull() ? null : LocalDate.ofEpochDay(u);
                        holds.computeIfAbsent(h.getString(1), k -> new ArrayList<>())
                                .add(new RetentionHold(h.getString(2), LocalDate.ofEpochDay(h.getLong(3)), until));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT code, name, size, digests FROM cd_content"
                    + " WHERE code" + in + " ORDER BY code, pos")) {
                bindCodes(ps, part);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        content.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                                .add(new StoredContent(r.getString(2), r.getLong(3), parseDigests(r.getString(4))));
                    }
                }
            }
        }
        List<StoredItem> out = new ArrayList<>(rows.size());
        for (StoredItem r : rows) {
            String code = r.code().toString();
            out.add(new StoredItem(r.code(), r.entry(), r.scheduleEntry(), r.period(), r.expiry(),
                    holds.getOrDefault(code, List.of()), r.townshipCustody(), r.transferId(),
                    content.getOrDefault(code, List.of()), r.disposal()));
        }
        return out;
    }

    private static void bindCodes(PreparedStatement ps, List<StoredItem> part) throws SQLException {
        for (int i = 0; i < part.size(); i++) {
            ps.setString(i + 1, part.get(i).code().toString());
        }
    }

    @Override
    public List<StoredItem> query(ItemQuery q) {
        requireNonNull(q, "query");
        checkOpen();
        StringBuilder sql = new StringBuilder("SELECT " + ITEM_COLUMNS + " FROM cd_items WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        q.code().ifPresent(v -> {
            sql.append(" AND code = ?");
            args.add(v);
        });
        q.scopeKey().ifPresent(v -> {
            sql.append(" AND scope = ?");
            args.add(v);
        });
        q.fonds().ifPresent(v -> {
            sql.append(" AND fonds = ?");
            args.add(v);
        });
        q.year().ifPresent(v -> {
            sql.append(" AND year = ?");
            args.add(v);
        });
        q.expiringBefore().ifPresent(v -> {
            sql.append(" AND expiry_day < ?");
            args.add(v.toEpochDay());
        });
        q.townshipCustody().ifPresent(v -> {
            sql.append(" AND township_custody = ?");
            args.add(v);
        });
        q.transferId().ifPresent(v -> {
            sql.append(" AND transfer_id = ?");
            args.add(v);
        });
        q.status().ifPresent(v -> {
            sql.append(" AND permanent = ?");
            args.add(v == org.cundang.retention.RetentionStatus.PERMANENT);
            sql.append(JdbcCustody.destroyedPredicate(v));
        });
        for (Object a : args) {
            if (a instanceof String s && !dialect.storesNul() && s.indexOf('\u0000') >= 0) {
                return List.of();
            }
        }
        boolean javaFilter = q.status().isPresent();
        sql.append(" ORDER BY code LIMIT ? OFFSET ?");
        return read("query", c -> {
            List<StoredItem> out = new ArrayList<>();
            long skip = javaFilter ? q.offset() : 0;
            long offset = javaFilter ? 0 : q.offset();
            int page = javaFilter ? 500 : q.limit();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                while (true) {
                    int i = 1;
                    for (Object a : args) {
                        ps.setObject(i++, a);
                    }
                    ps.setInt(i++, page);
                    ps.setLong(i, offset);
                    int got = 0;
                    List<StoredItem> rows = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            got++;
                            rows.add(rowOf(rs, false));
                        }
                    }
                    for (StoredItem s : withChildren(c, rows, false)) {
                        if (javaFilter && !q.matches(s)) {
                            continue;
                        }
                        if (skip > 0) {
                            skip--;
                            continue;
                        }
                        out.add(s);
                        if (out.size() == q.limit()) {
                            return out;
                        }
                    }
                    if (!javaFilter || got < page) {
                        return out;
                    }
                    offset += page;
                }
            }
        });
    }

    // ------------------------------------------------------------------ writing

    @Override
    public ArchivalCode allocate(SequenceScope scope) {
        requireNonNull(scope, "scope");
        int next = write("allocate", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO cd_sequences (scope, last) VALUES (?, 1)"
                    + " ON CONFLICT (scope) DO UPDATE SET last = cd_sequences.last + 1 RETURNING last")) {
                ps.setString(1, scope.key());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
        return scope.codeWith(next);
    }

    @Override
    public StoredItem addHold(String code, RetentionHold hold, String actor) {
        requireNonNull(code, "code");
        requireNonNull(hold, "hold");
        requireNonNull(actor, "actor");
        checkWriter("addHold");
        if (item(code).isEmpty()) {
            throw StorageException.of("CD-5010", StorageException.printable(code));
        }
        return write("addHold", c -> {
            Head head = lockHead(c);
            StoredItem now = itemIn(c, code).orElseThrow(() -> StorageException.of("CD-5010",
                    StorageException.printable(code)));
            if (now.isDestroyed()) {
                throw StorageException.of("CD-5081", code, String.valueOf(now.disposal().destroyedOn()));
            }
            int pos;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM cd_holds WHERE code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    pos = rs.getInt(1);
                }
            }
            Map<String, String> d = new LinkedHashMap<>();
            d.put("reason", hold.reason());
            d.put("since", hold.since().toString());
            d.put("until", hold.until() == null ? "" : hold.until().toString());
            AuditEvent ev = append(c, head, actor, "item.hold", code, d);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO cd_holds (code, pos, reason, since_day,"
                    + " until_day, audit_seq) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, code);
                ps.setInt(2, pos);
                text(ps, 3, "hold reason", hold.reason());
                ps.setLong(4, hold.since().toEpochDay());
                day(ps, 5, hold.until());
                ps.setLong(6, ev.sequence());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ITEM_COLUMNS + " FROM cd_items WHERE code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return itemOf(c, rs, null);
                }
            }
        });
    }

    @Override
    public AuditEvent record(String actor, String action, String subject, Map<String, String> details) {
        requireNonNull(actor, "actor");
        requireNonNull(action, "action");
        requireNonNull(subject, "subject");
        requireNonNull(details, "details");
        checkWriter("record");
        AuditChain.checkCallerAction(action);
        chain.next(null, clock.instant(), actor, action, subject, details); // validates before the database
        return write("record", c -> append(c, lockHead(c), actor, action, subject, details));
    }

    // ------------------------------------------------------------------ content

    /** The file of a blob in the content folder. */
    Path contentFile(Digest d) {
        Path dir = requireNonNull(contentDir, "contentDir");
        return dir.resolve(d.algorithm().id()).resolve(d.hex().substring(0, 2)).resolve(d.hex());
    }

    @Override
    public InputStream openContent(Digest digest) {
        requireNonNull(digest, "digest");
        byte[] inDb = read("openContent", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT data FROM cd_blobs WHERE address = ?")) {
                ps.setString(1, digest.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw StorageException.of("CD-5011", digest.toString());
                    }
                    byte[] b = rs.getBytes(1);
                    return b == null ? new byte[0] : b;
                }
            }
        });
        if (contentDir == null) {
            return new VerifyingInputStream(new ByteArrayInputStream(inDb), digest);
        }
        try {
            return new VerifyingInputStream(Files.newInputStream(contentFile(digest)), digest);
        } catch (NoSuchFileException e) {
            throw StorageException.of("CD-5011", digest.toString());
        } catch (IOException e) {
            throw fail("CD-5206", e, String.valueOf(contentDir), String.valueOf(e.getMessage()));
        }
    }

    @Override
    public byte[] readContent(Digest digest) {
        try (InputStream in = openContent(digest)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw fail("CD-5206", e, String.valueOf(contentDir), String.valueOf(e.getMessage()));
        }
    }

    // ------------------------------------------------------------------ audit and fixity

    @Override
    public List<AuditEvent> auditTrail(long fromSequence, int limit) {
        checkOpen();
        if (limit < 1 || limit > 10_000) {
            throw StorageException.of("CD-5060", "limit " + limit);
        }
        return read("auditTrail", c -> {
            List<AuditEvent> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, time, actor, action, subject, details,"
                    + " previous, digest FROM cd_audit WHERE seq >= ? ORDER BY seq LIMIT ?")) {
                ps.setLong(1, fromSequence);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(event(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public VerificationReport verify() {
        checkOpen();
        return read("verify", this::verifyIn);
    }

    private VerificationReport verifyIn(Connection c) throws SQLException, IOException {
        List<Finding> findings = new ArrayList<>();
        AuditChain.Verifier v = chain.verifier();
        Map<String, String> itemsDigests = new HashMap<>();
        Map<String, String> recordDigests = new LinkedHashMap<>();
        long last = 0;
        while (true) {
            int got = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, time, actor, action, subject, details,"
                    + " previous, digest FROM cd_audit WHERE seq > ? ORDER BY seq LIMIT 1000")) {
                ps.setLong(1, last);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        got++;
                        last = rs.getLong(1);
                        AuditEvent e;
                        try {
                            e = event(rs);
                        } catch (RuntimeException x) {
                            v.unreadable("cd_audit#" + last);
                            continue;
                        }
                        v.accept(e);
                        if ("transfer.accept".equals(e.action())) {
                            itemsDigests.put(e.subject(), e.details().getOrDefault("itemsDigest", ""));
                        }
                        JdbcCustody.collect(e, recordDigests);
                    }
                }
            }
            if (got < 1000) {
                break;
            }
        }
        // The head row is updated in the same transaction as each event: it must name the last event exactly, or
        // events were removed from the end of the chain (which the chain alone cannot show), or the head was edited.
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, digest FROM cd_audit_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            long headSeq = rs.next() ? rs.getLong(1) : -1;
            String headDigest = headSeq < 0 ? "" : String.valueOf(rs.getString(2));
            String lastDigest = "";
            if (last > 0) {
                try (PreparedStatement pd = c.prepareStatement("SELECT digest FROM cd_audit WHERE seq = ?")) {
                    pd.setLong(1, last);
                    try (ResultSet rd = pd.executeQuery()) {
                        lastDigest = rd.next() ? String.valueOf(rd.getString(1)) : "";
                    }
                }
            }
            boolean empty = last == 0 && (headSeq == 0 || headSeq < 0);
            if (!empty && (headSeq != last || !headDigest.equals(lastDigest))) {
                findings.add(new Finding("CD-5209", org.cundang.Severity.ERROR, "cd_audit_head",
                        MESSAGES.text("CD-5209", String.valueOf(last), String.valueOf(headSeq)), Map.of()));
            }
        }
        // Items, by transfer, against the digest in the audit trail.
        Map<String, MultiDigester> perTransfer = new HashMap<>();
        Map<String, String> firstCode = new HashMap<>();
        long items = 0;
        String after = "";
        while (true) {
            int got = 0;
            List<StoredItem> page = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ITEM_COLUMNS + " FROM cd_items WHERE code > ?"
                    + " ORDER BY code LIMIT 1000")) {
                ps.setString(1, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        got++;
                        after = rs.getString(1);
                        try {
                            page.add(itemOf(c, rs, new boolean[1]));
                        } catch (RuntimeException x) {
                            findings.add(StoreFindings.badItem(after, String.valueOf(x.getMessage())));
                        }
                    }
                }
            }
            items += got;
            for (StoredItem s : page) {
                byte[] b = canonical(s).getBytes(StandardCharsets.UTF_8);
                perTransfer.computeIfAbsent(s.transferId(), k -> MultiDigester.of(algorithm)).update(b, 0, b.length);
                firstCode.putIfAbsent(s.transferId(), s.code().toString());
            }
            if (got < 1000) {
                break;
            }
        }
        for (Map.Entry<String, MultiDigester> e : new TreeMap<>(perTransfer).entrySet()) {
            String expected = itemsDigests.get(e.getKey());
            String now = e.getValue().finish().get(algorithm).toString();
            if (expected == null) {
                findings.add(StoreFindings.badItem(firstCode.get(e.getKey()), "transfer "
                        + StorageException.printable(e.getKey()) + " has no accept event in the audit trail"));
            } else if (!expected.equals(now)) {
                findings.add(StoreFindings.badItem(firstCode.get(e.getKey()), "the items of transfer "
                        + StorageException.printable(e.getKey()) + " do not match the digest in the audit trail"));
            }
        }
        // Blobs: each once, named by the first item that holds it.
        long blobs = 0;
        MultiDigester md = MultiDigester.of(algorithm);
        byte[] buf = new byte[1 << 16];
        try (PreparedStatement ps = c.prepareStatement(JdbcCustody.LIVE_CONTENT);
             PreparedStatement blob = c.prepareStatement("SELECT data FROM cd_blobs WHERE address = ?");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                blobs++;
                Digest d = Digest.parse(rs.getString(1));
                String code = rs.getString(2);
                boolean present;
                InputStream in = null;
                blob.setString(1, d.toString());
                try (ResultSet b = blob.executeQuery()) {
                    present = b.next();
                    if (present && contentDir == null) {
                        byte[] data = b.getBytes(1);
                        in = new ByteArrayInputStream(data == null ? new byte[0] : data);
                    }
                }
                if (present && contentDir != null) {
                    Path f = contentFile(d);
                    present = Files.exists(f);
                    in = present ? Files.newInputStream(f) : null;
                }
                if (!present || in == null) {
                    findings.add(StoreFindings.missingBlob(d, code));
                    continue;
                }
                try (InputStream i = in) {
                    int r;
                    while ((r = i.read(buf)) >= 0) {
                        md.update(buf, 0, r);
                    }
                }
                Digest now = md.finish().get(algorithm);
                if (!now.equals(d)) {
                    findings.add(StoreFindings.alteredBlob(d, now, code));
                }
            }
        }
        custody.verify(c, recordDigests, findings);
        findings.addAll(v.findings());
        return new VerificationReport(items, blobs, v.count(), findings);
    }

    // ------------------------------------------------------------------ custody records (JdbcCustody)

    @Override
    public CustodyRecord keep(CustodySubmission submission) {
        requireNonNull(submission, "submission");
        checkWriter("keep");
        return custody.keep(submission);
    }

    @Override
    public Optional<CustodyRecord> custodyRecord(String id) {
        requireNonNull(id, "id");
        checkOpen();
        return custody.record(id);
    }

    @Override
    public List<CustodyRecord> custodyRecords(RecordQuery query) {
        requireNonNull(query, "query");
        checkOpen();
        return custody.records(query);
    }

    @Override
    public List<ScopeHold> scopeHolds() {
        checkOpen();
        return custody.scopeHolds();
    }

    <T> T custodyWrite(String op, JdbcCustody.Tx<T> work) {
        return write(op, work::run);
    }

    <T> T custodyRead(String op, JdbcCustody.Tx<T> work) {
        return read(op, work::run);
    }

    /** Locks the audit head (as every writer does first) and returns the last sequence number. */
    long lockAuditHead(Connection c) throws SQLException {
        return lockHead(c).seq();
    }

    /** Appends an event at a given time; the head is already locked by this transaction. */
    AuditEvent appendEvent(Connection c, Instant time, String actor, String action, String subject,
                           Map<String, String> details) throws SQLException {
        return append(c, lockHead(c), time, actor, action, subject, details);
    }

    /** An item with its holds, content and disposal, read on the caller's connection. */
    Optional<StoredItem> custodyItem(Connection c, String code) throws SQLException {
        if (!dialect.storesNul() && code.indexOf('\u0000') >= 0) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ITEM_COLUMNS + " FROM cd_items WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(itemOf(c, rs, null)) : Optional.empty();
            }
        }
    }

    void bindText(PreparedStatement ps, int i, String field, @Nullable String v) throws SQLException {
        text(ps, i, field, v);
    }

    Dialect dialect() {
        return dialect;
    }

    DigestAlgorithm algorithm() {
        return algorithm;
    }

    Clock clock() {
        return clock;
    }

    // ------------------------------------------------------------------ the rest

    /** @return the database's product name: PostgreSQL or SQLite */
    public String databaseProduct() {
        return dialect.name();
    }

    /** @return where the store is, for messages (passwords hidden) */
    public String location() {
        return where;
    }

    /** For tests: the data source the store uses. */
    DataSource dataSource() {
        return dataSource;
    }

    /** For tests: whether content lives in a folder. */
    boolean contentInFolder() {
        return contentDir != null;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (owned != null) {
            owned.close();
        }
    }
}
