package org.cundang.storage.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.cundang.Finding;
import org.cundang.custody.HoldScope;
import org.cundang.digest.Digest;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionPeriod;
import org.cundang.retention.RetentionStatus;
import org.cundang.storage.AuditEvent;
import org.cundang.storage.CustodyAction;
import org.cundang.storage.CustodyRecord;
import org.cundang.storage.CustodySubmission;
import org.cundang.storage.Disposal;
import org.cundang.storage.RecordQuery;
import org.cundang.storage.ScopeHold;
import org.cundang.storage.StorageException;
import org.cundang.storage.StoredContent;
import org.cundang.storage.StoredItem;
import org.cundang.storage.spi.CustodyRules;
import org.cundang.storage.spi.StoreFindings;
import org.jspecify.annotations.Nullable;

/**
 * Custody records (issue 8) in the relational store: {@code keep} in one transaction under the audit-head lock every
 * writer takes, the records, their subjects and the scope holds in their own tables (schema V5), the disposal and
 * the accepted period of items in columns of {@code cd_items}. The checks are {@link CustodyRules}, the same for
 * every store. See docs/storage-jdbc.md, "Custody records".
 */
final class JdbcCustody {

    /** The custody columns of {@code cd_items}, appended to the store's item columns (in this order). */
    static final String ITEM_COLUMNS = "appraisal_id, destruction_id, destroyed_day, accepted_period,"
            + " accepted_expiry_day";

    /** A hold's end as it was placed (a release by a custody record moves {@code until_day}). */
    static final String ACCEPTED_UNTIL = "CASE WHEN released THEN accepted_until_day ELSE until_day END";

    /** Each content address still used by an item that is not destroyed, with the first such 档号. */
    static final String LIVE_CONTENT = "SELECT ct.address, MIN(ct.code) FROM cd_content ct JOIN cd_items i"
            + " ON i.code = ct.code WHERE i.destroyed_day IS NULL GROUP BY ct.address ORDER BY ct.address";

    private static final String RECORD_COLUMNS = "id, kind, actor, day, time, body, actions, digest, audit_seq";
    private static final int BATCH = 1000;

    /** Work in a transaction or on a connection. */
    @FunctionalInterface
    interface Tx<T> {
        T run(Connection c) throws SQLException, IOException;
    }

    /** An SQLException thrown through {@link CustodyRules}'s item lookup. */
    private static final class Sql extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Sql(SQLException cause) {
            super(cause);
        }
    }

    private record Kept(CustodyRecord record, boolean deletedFiles) {
    }

    private final JdbcArchiveStore store;

    JdbcCustody(JdbcArchiveStore store) {
        this.store = store;
    }

    // ------------------------------------------------------------------ item columns

    /**
     * Adds the custody columns at the cursor to an item read from the other columns.
     *
     * @param s        the item, not null
     * @param rs       the cursor, not null
     * @param first    the index of {@code appraisal_id}
     * @param accepted whether to give the period and expiry as accepted (for the items digest) instead of as now
     * @return the item with its disposal
     */
    static StoredItem custodyColumns(StoredItem s, ResultSet rs, int first, boolean accepted) throws SQLException {
        String appraisal = rs.getString(first);
        String destruction = rs.getString(first + 1);
        long d = rs.getLong(first + 2);
        LocalDate destroyedOn = rs.wasNull() ? null : LocalDate.ofEpochDay(d);
        StoredItem out = s;
        String acceptedPeriod = rs.getString(first + 3);
        if (accepted && acceptedPeriod != null) {
            long e = rs.getLong(first + 4);
            out = out.withPeriod(RetentionPeriod.parse(acceptedPeriod), rs.wasNull() ? null : LocalDate.ofEpochDay(e));
        }
        return appraisal == null ? out : out.withDisposal(new Disposal(appraisal, destruction, destroyedOn));
    }

    /** The SQL condition that keeps items of a status apart from destroyed ones ({@link StoredItem#status}). */
    static String destroyedPredicate(RetentionStatus status) {
        return status == RetentionStatus.DESTROYED ? " AND destroyed_day IS NOT NULL" : " AND destroyed_day IS NULL";
    }

    /** Notes the record digest of a custody event, for {@link #verify}. */
    static void collect(AuditEvent e, Map<String, String> recordDigests) {
        if (e.action().startsWith("custody.")) {
            recordDigests.put(e.subject(), e.details().getOrDefault("digest", ""));
        }
    }

    // ------------------------------------------------------------------ keep

    CustodyRecord keep(CustodySubmission s) {
        Optional<CustodyRecord> old = record(s.id());
        if (old.isPresent()) {
            return same(old.get(), s);
        }
        Kept k = store.custodyWrite("keep", c -> keepIn(c, s));
        if (k.deletedFiles()) {
            purgeDeletedContent();
        }
        return k.record();
    }

    private static CustodyRecord same(CustodyRecord old, CustodySubmission s) {
        if (!old.sameAs(s)) {
            throw StorageException.of("CD-5082", s.id());
        }
        return old;
    }

    private Kept keepIn(Connection c, CustodySubmission s) throws SQLException {
        long seq = store.lockAuditHead(c) + 1;
        Optional<CustodyRecord> again = recordIn(c, s.id()); // another process may have kept it meanwhile
        if (again.isPresent()) {
            return new Kept(same(again.get(), s), false);
        }
        List<ScopeHold> holds = scopeHoldsIn(c);
        Map<String, StoredItem> before = new HashMap<>();
        CustodyRules.Outcome o;
        try {
            o = CustodyRules.apply(s, code -> {
                StoredItem known = before.get(code);
                if (known != null) {
                    return Optional.of(known);
                }
                try {
                    Optional<StoredItem> it = store.custodyItem(c, code);
                    it.ifPresent(i -> before.put(code, i));
                    return it;
                } catch (SQLException e) {
                    throw new Sql(e);
                }
            }, holds);
        } catch (Sql e) {
            throw (SQLException) e.getCause();
        }
        Instant time = store.clock().instant();
        CustodyRecord r = CustodyRules.record(s, time, store.algorithm(), seq);
        AuditEvent ev = store.appendEvent(c, time, s.actor(), "custody." + s.kind(), s.id(),
                CustodyRules.auditDetails(r));
        if (ev.sequence() != seq) {
            throw new SQLException("the audit head moved under its lock", "40001");
        }
        insertRecord(c, r);
        writeItems(c, o, before, seq);
        writeScopeHolds(c, holds, o.scopeHolds());
        return new Kept(r, dropContent(c, o));
    }

    private void insertRecord(Connection c, CustodyRecord r) throws SQLException {
        List<String> actions = new ArrayList<>(r.actions().size());
        r.actions().forEach(a -> actions.add(a.toText()));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cd_custody_records (" + RECORD_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, r.id());
            ps.setString(2, r.kind());
            store.bindText(ps, 3, "actor", r.actor());
            ps.setLong(4, r.date().toEpochDay());
            ps.setString(5, r.time().toString());
            store.bindText(ps, 6, "body", r.body());
            store.bindText(ps, 7, "actions", String.join("\n", actions)); // toText() escapes line breaks
            ps.setString(8, r.digest().toString());
            ps.setLong(9, r.auditSequence());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cd_custody_subjects (record_id, pos, subject)"
                + " VALUES (?, ?, ?)")) {
            int n = 0;
            for (String subject : r.subjects()) {
                ps.setString(1, r.id());
                ps.setInt(2, n);
                store.bindText(ps, 3, "subject", subject);
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private void writeItems(Connection c, CustodyRules.Outcome o, Map<String, StoredItem> before, long seq)
            throws SQLException {
        try (PreparedStatement period = c.prepareStatement("UPDATE cd_items SET accepted_expiry_day = CASE WHEN"
                + " accepted_period IS NULL THEN expiry_day ELSE accepted_expiry_day END, accepted_period ="
                + " COALESCE(accepted_period, period), period = ?, permanent = ?, expiry_day = ? WHERE code = ?");
             PreparedStatement disposal = c.prepareStatement("UPDATE cd_items SET appraisal_id = ?,"
                     + " destruction_id = ?, destroyed_day = ? WHERE code = ?");
             PreparedStatement release = c.prepareStatement("UPDATE cd_holds SET accepted_until_day = "
                     + ACCEPTED_UNTIL + ", released = ?, until_day = ? WHERE code = ? AND pos = ?");
             PreparedStatement hold = c.prepareStatement("INSERT INTO cd_holds (code, pos, reason, since_day,"
                     + " until_day, audit_seq) VALUES (?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Map.Entry<String, StoredItem> e : o.items().entrySet()) {
                StoredItem b = Objects.requireNonNull(before.get(e.getKey()), "before");
                StoredItem a = e.getValue();
                String code = a.code().toString();
                if (!a.period().equals(b.period()) || !Objects.equals(a.expiry(), b.expiry())) {
                    period.setString(1, a.period().code());
                    period.setBoolean(2, a.period().isPermanent());
                    day(period, 3, a.expiry());
                    period.setString(4, code);
                    period.addBatch();
                }
                if (!Objects.equals(a.disposal(), b.disposal())) {
                    Disposal d = a.disposal();
                    store.bindText(disposal, 1, "appraisal id", d == null ? null : d.appraisalId());
                    store.bindText(disposal, 2, "destruction id", d == null ? null : d.destructionId());
                    day(disposal, 3, d == null ? null : d.destroyedOn());
                    disposal.setString(4, code);
                    disposal.addBatch();
                }
                for (int p = 0; p < a.holds().size(); p++) {
                    RetentionHold h = a.holds().get(p);
                    if (p < b.holds().size()) {
                        if (!h.equals(b.holds().get(p))) { // a release: the same hold, ending earlier
                            release.setBoolean(1, true);
                            day(release, 2, h.until());
                            release.setString(3, code);
                            release.setInt(4, p);
                            release.addBatch();
                        }
                    } else {
                        hold.setString(1, code);
                        hold.setInt(2, p);
                        store.bindText(hold, 3, "hold reason", h.reason());
                        hold.setLong(4, h.since().toEpochDay());
                        day(hold, 5, h.until());
                        hold.setLong(6, seq);
                        hold.addBatch();
                    }
                }
                if (++n % BATCH == 0) {
                    period.executeBatch();
                    disposal.executeBatch();
                    release.executeBatch();
                    hold.executeBatch();
                }
            }
            period.executeBatch();
            disposal.executeBatch();
            release.executeBatch();
            hold.executeBatch();
        }
    }

    private void writeScopeHolds(Connection c, List<ScopeHold> old, List<ScopeHold> now) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE cd_scope_holds SET until_day = ? WHERE pos = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO cd_scope_holds (pos, scope, reason, since_day,"
                     + " until_day, record_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < now.size(); i++) {
                ScopeHold h = now.get(i);
                if (i < old.size()) {
                    if (!h.equals(old.get(i))) {
                        day(up, 1, h.hold().until());
                        up.setInt(2, i);
                        up.executeUpdate();
                    }
                } else {
                    ins.setInt(1, i);
                    store.bindText(ins, 2, "scope", h.scope().toString());
                    store.bindText(ins, 3, "hold reason", h.hold().reason());
                    ins.setLong(4, h.hold().since().toEpochDay());
                    day(ins, 5, h.hold().until());
                    ins.setString(6, h.recordId());
                    ins.executeUpdate();
                }
            }
        }
    }

    /**
     * Deletes the content of the destroyed items that no other item still uses: in the database, in this
     * transaction; in a content folder, the files are noted in {@code cd_blob_deletions} and deleted after the commit.
     *
     * @return whether files wait for deletion
     */
    private boolean dropContent(Connection c, CustodyRules.Outcome o) throws SQLException {
        TreeSet<String> addresses = new TreeSet<>();
        for (String code : o.destroyed()) {
            for (StoredContent sc : o.items().get(code).content()) {
                addresses.add(sc.address().toString());
            }
        }
        boolean folder = store.contentInFolder();
        boolean files = false;
        try (PreparedStatement used = c.prepareStatement("SELECT 1 FROM cd_content ct JOIN cd_items i"
                + " ON i.code = ct.code WHERE ct.address = ? AND i.destroyed_day IS NULL LIMIT 1");
             PreparedStatement del = c.prepareStatement("DELETE FROM cd_blobs WHERE address = ?");
             PreparedStatement note = c.prepareStatement("INSERT INTO cd_blob_deletions (address) VALUES (?)"
                     + " ON CONFLICT (address) DO NOTHING")) {
            for (String a : addresses) {
                used.setString(1, a);
                try (ResultSet rs = used.executeQuery()) {
                    if (rs.next()) {
                        continue; // an item that is not destroyed still refers to the same bytes
                    }
                }
                del.setString(1, a);
                del.executeUpdate();
                if (folder) {
                    note.setString(1, a);
                    note.executeUpdate();
                    files = true;
                }
            }
        }
        return files;
    }

    /**
     * Deletes the content files noted in {@code cd_blobs_deletions}, under the audit-head lock (so that no transfer
     * puts the same bytes back meanwhile), unless a transfer accepted since stored them again. A failure leaves the
     * notes for the next time (the store's next open as the writer); the files are no longer referenced.
     */
    void purgeDeletedContent() {
        if (!store.contentInFolder()) {
            return;
        }
        try {
            boolean any = store.custodyRead("keep", c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM cd_blob_deletions LIMIT 1");
                     ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            });
            if (!any) {
                return;
            }
            store.custodyWrite("keep", c -> {
                store.lockAuditHead(c);
                List<String> pending = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT address FROM cd_blob_deletions"
                        + " ORDER BY address"); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        pending.add(rs.getString(1));
                    }
                }
                try (PreparedStatement stored = c.prepareStatement("SELECT 1 FROM cd_blobs WHERE address = ?");
                     PreparedStatement done = c.prepareStatement("DELETE FROM cd_blob_deletions WHERE address = ?")) {
                    for (String a : pending) {
                        stored.setString(1, a);
                        boolean back;
                        try (ResultSet rs = stored.executeQuery()) {
                            back = rs.next();
                        }
                        if (!back) {
                            Path f = store.contentFile(Digest.parse(a));
                            Files.deleteIfExists(f);
                        }
                        done.setString(1, a);
                        done.executeUpdate();
                    }
                }
                return null;
            });
        } catch (StorageException e) {
            // left for the next open: an unreferenced content file is harmless (never served, never reported)
        }
    }

    // ------------------------------------------------------------------ reading

    Optional<CustodyRecord> record(String id) {
        return store.custodyRead("custodyRecord", c -> recordIn(c, id));
    }

    private Optional<CustodyRecord> recordIn(Connection c, String id) throws SQLException {
        if (!store.dialect().storesNul() && id.indexOf('\u0000') >= 0) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + RECORD_COLUMNS
                + " FROM cd_custody_records WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(recordAt(c, rs)) : Optional.empty();
            }
        }
    }

    List<CustodyRecord> records(RecordQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + RECORD_COLUMNS + " FROM cd_custody_records r WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (q.kind() != null) {
            sql.append(" AND r.kind = ?");
            args.add(q.kind());
        }
        if (q.subject() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM cd_custody_subjects s WHERE s.record_id = r.id"
                    + " AND s.subject = ?)");
            args.add(q.subject());
        }
        for (String a : args) {
            if (!store.dialect().storesNul() && a.indexOf('\u0000') >= 0) {
                return List.of();
            }
        }
        sql.append(" ORDER BY r.audit_seq LIMIT ? OFFSET ?");
        return store.custodyRead("custodyRecords", c -> {
            List<CustodyRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                for (String a : args) {
                    ps.setString(i++, a);
                }
                ps.setInt(i++, q.limit());
                ps.setLong(i, q.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(recordAt(c, rs));
                    }
                }
            }
            return out;
        });
    }

    private static CustodyRecord recordAt(Connection c, ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        List<String> subjects = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT subject FROM cd_custody_subjects WHERE record_id = ?"
                + " ORDER BY pos")) {
            ps.setString(1, id);
            try (ResultSet s = ps.executeQuery()) {
                while (s.next()) {
                    subjects.add(s.getString(1));
                }
            }
        }
        String text = rs.getString(7);
        List<CustodyAction> actions = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String line : text.split("\n", -1)) {
                actions.add(CustodyAction.parse(line));
            }
        }
        return new CustodyRecord(id, rs.getString(2), rs.getString(3), LocalDate.ofEpochDay(rs.getLong(4)),
                Instant.parse(rs.getString(5)), subjects, rs.getString(6), actions, Digest.parse(rs.getString(8)),
                rs.getLong(9));
    }

    List<ScopeHold> scopeHolds() {
        return store.custodyRead("scopeHolds", this::scopeHoldsIn);
    }

    private List<ScopeHold> scopeHoldsIn(Connection c) throws SQLException {
        List<ScopeHold> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT scope, reason, since_day, until_day, record_id"
                + " FROM cd_scope_holds ORDER BY pos"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long u = rs.getLong(4);
                LocalDate until = rs.wasNull() ? null : LocalDate.ofEpochDay(u);
                out.add(new ScopeHold(HoldScope.parse(rs.getString(1)), new RetentionHold(rs.getString(2),
                        LocalDate.ofEpochDay(rs.getLong(3)), until), rs.getString(5)));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ verify

    /**
     * Checks every custody record against the digest its audit event committed (CD-5087: altered, unreadable,
     * missing, or kept without an event) and that every destroyed item names a kept record (CD-5088).
     */
    void verify(Connection c, Map<String, String> recordDigests, List<Finding> findings) throws SQLException {
        Map<String, String> expected = new LinkedHashMap<>(recordDigests);
        long after = Long.MIN_VALUE;
        while (true) {
            int got = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + RECORD_COLUMNS + " FROM cd_custody_records"
                    + " WHERE audit_seq > ? ORDER BY audit_seq LIMIT " + BATCH)) {
                ps.setLong(1, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        got++;
                        after = rs.getLong(9);
                        String id = rs.getString(1);
                        String want = expected.remove(id);
                        String now;
                        try {
                            CustodyRecord r = recordAt(c, rs);
                            now = CustodyRules.digest(r.canonicalText(), store.algorithm()).toString();
                        } catch (RuntimeException x) {
                            findings.add(StoreFindings.badRecord(id, "unreadable: " + x.getMessage()));
                            continue;
                        }
                        if (want == null) {
                            findings.add(StoreFindings.badRecord(id, "no custody event in the audit trail"));
                        } else if (!want.equals(now)) {
                            findings.add(StoreFindings.badRecord(id, now));
                        }
                    }
                }
            }
            if (got < BATCH) {
                break;
            }
        }
        for (String id : expected.keySet()) {
            findings.add(StoreFindings.badRecord(id, "missing"));
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT i.code, i.destruction_id FROM cd_items i"
                + " WHERE i.destroyed_day IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cd_custody_records r"
                + " WHERE r.id = i.destruction_id) ORDER BY i.code"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                findings.add(StoreFindings.destroyedWithoutRecord(rs.getString(1), String.valueOf(rs.getString(2))));
            }
        }
    }

    private static void day(PreparedStatement ps, int i, @Nullable LocalDate v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v.toEpochDay());
        }
    }
}
