package org.cundang.storage.tck;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cundang.Finding;
import org.cundang.code.ArchivalCode;
import org.cundang.code.SequenceScope;
import org.cundang.digest.Digest;
import org.cundang.digest.DigestAlgorithm;
import org.cundang.digest.MultiDigester;
import org.cundang.retention.RetentionHold;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.AuditEvent;
import org.cundang.storage.CustodyRecord;
import org.cundang.storage.CustodySubmission;
import org.cundang.storage.RecordQuery;
import org.cundang.storage.ScopeHold;
import org.cundang.storage.spi.CustodyRules;
import org.cundang.storage.ContentSubmission;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.StorageException;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.StoredContent;
import org.cundang.storage.StoredItem;
import org.cundang.storage.TransferReceipt;
import org.cundang.storage.TransferSubmission;
import org.cundang.storage.spi.AuditChain;
import org.cundang.storage.spi.StoreFindings;
import org.cundang.storage.spi.VerifyingInputStream;

/**
 * An archive store in memory, for tests and demos: the reference the conformance kit is checked against. Every
 * operation holds the store's monitor, so each is atomic and allocation is safe across threads (one process only).
 */
public final class InMemoryArchiveStore implements ArchiveStore {

    private final StoreOptions options;
    private final AuditChain chain;
    private final DigestAlgorithm algorithm;
    private final TreeMap<String, StoredItem> items = new TreeMap<>();
    private final Map<String, byte[]> blobs = new HashMap<>();
    private final Map<String, TransferReceipt> transfers = new HashMap<>();
    private final Map<String, String> fingerprints = new HashMap<>();
    private final Map<String, Integer> highWater = new HashMap<>();
    private final List<AuditEvent> audit = new ArrayList<>();
    private final Map<String, CustodyRecord> records = new java.util.LinkedHashMap<>();
    private final List<ScopeHold> scopeHolds = new ArrayList<>();
    private boolean closed;

    /**
     * An empty store.
     *
     * @param options the options (clock, digest algorithm), not null
     */
    public InMemoryArchiveStore(StoreOptions options) {
        this.options = requireNonNull(options, "options");
        this.algorithm = options.digest();
        this.chain = AuditChain.of(algorithm);
    }

    private void open() {
        if (closed) {
            throw StorageException.of("CD-5031");
        }
    }

    @Override
    public synchronized TransferReceipt accept(TransferSubmission t) {
        requireNonNull(t, "transfer");
        open();
        TransferReceipt done = transfers.get(t.id());
        if (done != null) {
            if (!fingerprints.get(t.id()).equals(t.fingerprint())) {
                throw StorageException.of("CD-5023", StorageException.printable(t.id()));
            }
            return done.asRepeat();
        }
        for (ItemSubmission i : t.items()) {
            StoredItem old = items.get(i.code().toString());
            if (old != null) {
                throw StorageException.of("CD-5022", i.code().toString(), StorageException.printable(old.transferId()),
                        StorageException.printable(t.id()));
            }
        }
        Map<String, byte[]> newBlobs = new HashMap<>();
        List<StoredItem> staged = new ArrayList<>();
        long bytes = 0;
        for (ItemSubmission i : t.items()) {
            List<StoredContent> files = new ArrayList<>();
            for (ContentSubmission c : i.content()) {
                byte[] data = read(c, i.code().toString());
                StoredContent sc = describe(c, data, i.code().toString());
                newBlobs.put(sc.address().toString(), data);
                files.add(sc);
                bytes += data.length;
            }
            staged.add(StoredItem.of(i, t.id(), files));
        }
        // Commit: nothing above changed the store.
        AuditEvent e = chain.next(last(), options.clock().instant(), t.actor(), "transfer.accept", t.id(),
                Map.of("items", String.valueOf(staged.size()), "bytes", String.valueOf(bytes), "fonds", t.fonds(),
                        "batch", t.batch()));
        blobs.putAll(newBlobs);
        for (StoredItem s : staged) {
            items.put(s.code().toString(), s);
            highWater.merge(s.code().scope().key(), s.code().item(), Math::max);
        }
        audit.add(e);
        TransferReceipt r = new TransferReceipt(t.id(), t.batch(), t.fonds(), staged.size(), bytes, e.sequence(),
                e.time(), false);
        transfers.put(t.id(), r);
        fingerprints.put(t.id(), t.fingerprint());
        return r;
    }

    private static byte[] read(ContentSubmission c, String code) {
        try (InputStream in = c.source().open()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw StorageException.wrap(e, "CD-5013", StorageException.printable(c.name()), code,
                    StorageException.printable(String.valueOf(e.getMessage())));
        }
    }

    private StoredContent describe(ContentSubmission c, byte[] data, String code) {
        java.util.EnumSet<DigestAlgorithm> algs = java.util.EnumSet.of(algorithm);
        c.expected().forEach(d -> algs.add(d.algorithm()));
        Map<DigestAlgorithm, Digest> got = MultiDigester.of(algs).digest(data);
        for (Digest d : c.expected()) {
            if (!got.get(d.algorithm()).equals(d)) {
                throw StorageException.of("CD-5014", StorageException.printable(c.name()), code, d.toString(),
                        got.get(d.algorithm()).toString());
            }
        }
        List<Digest> ds = new ArrayList<>();
        ds.add(got.get(algorithm));
        got.values().stream().filter(d -> d.algorithm() != algorithm).forEach(ds::add);
        return new StoredContent(c.name(), data.length, ds);
    }

    private AuditEvent last() {
        return audit.isEmpty() ? null : audit.get(audit.size() - 1);
    }

    @Override
    public synchronized Optional<TransferReceipt> transfer(String transferId) {
        requireNonNull(transferId, "transferId");
        open();
        return Optional.ofNullable(transfers.get(transferId));
    }

    @Override
    public synchronized Optional<StoredItem> item(String code) {
        requireNonNull(code, "code");
        open();
        return Optional.ofNullable(items.get(code));
    }

    @Override
    public synchronized List<StoredItem> query(ItemQuery query) {
        requireNonNull(query, "query");
        open();
        return items.values().stream().filter(query::matches).skip(query.offset()).limit(query.limit())
                .collect(java.util.stream.Collectors.toList());
    }

    @Override
    public synchronized ArchivalCode allocate(SequenceScope scope) {
        requireNonNull(scope, "scope");
        open();
        int next = highWater.getOrDefault(scope.key(), 0) + 1;
        ArchivalCode c = scope.codeWith(next);
        highWater.put(scope.key(), next);
        return c;
    }

    @Override
    public synchronized StoredItem addHold(String code, RetentionHold hold, String actor) {
        requireNonNull(code, "code");
        requireNonNull(hold, "hold");
        requireNonNull(actor, "actor");
        open();
        StoredItem it = require(code);
        if (it.isDestroyed()) {
            throw StorageException.of("CD-5081", code, String.valueOf(it.disposal().destroyedOn()));
        }
        AuditEvent e = chain.next(last(), options.clock().instant(), actor, "item.hold", code,
                Map.of("reason", hold.reason(), "since", hold.since().toString()));
        StoredItem updated = it.withHold(hold);
        items.put(code, updated);
        audit.add(e);
        return updated;
    }

    @Override
    public synchronized CustodyRecord keep(CustodySubmission s) {
        requireNonNull(s, "submission");
        open();
        CustodyRecord old = records.get(s.id());
        if (old != null) {
            if (!old.sameAs(s)) {
                throw StorageException.of("CD-5082", s.id());
            }
            return old;
        }
        CustodyRules.Outcome o = CustodyRules.apply(s, code -> Optional.ofNullable(items.get(code)), scopeHolds);
        java.time.Instant now = options.clock().instant();
        long seq = audit.isEmpty() ? 1 : last().sequence() + 1;
        CustodyRecord r = CustodyRules.record(s, now, algorithm, seq);
        AuditEvent e = chain.next(last(), now, s.actor(), "custody." + s.kind(), s.id(), CustodyRules.auditDetails(r));
        // Commit: nothing above changed the store.
        audit.add(e);
        records.put(r.id(), r);
        items.putAll(o.items());
        scopeHolds.clear();
        scopeHolds.addAll(o.scopeHolds());
        for (String code : o.destroyed()) {
            for (StoredContent c : items.get(code).content()) {
                String key = c.address().toString();
                boolean used = items.values().stream().anyMatch(it -> !it.isDestroyed()
                        && it.content().stream().anyMatch(x -> x.address().toString().equals(key)));
                if (!used) {
                    blobs.remove(key);
                }
            }
        }
        return r;
    }

    @Override
    public synchronized Optional<CustodyRecord> custodyRecord(String id) {
        requireNonNull(id, "id");
        open();
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public synchronized List<CustodyRecord> custodyRecords(RecordQuery query) {
        requireNonNull(query, "query");
        open();
        return records.values().stream().filter(query::matches).skip(query.offset()).limit(query.limit())
                .collect(java.util.stream.Collectors.toList());
    }

    @Override
    public synchronized List<ScopeHold> scopeHolds() {
        open();
        return List.copyOf(scopeHolds);
    }

    @Override
    public synchronized InputStream openContent(Digest digest) {
        requireNonNull(digest, "digest");
        open();
        byte[] b = blobs.get(digest.toString());
        if (b == null) {
            throw StorageException.of("CD-5011", digest.toString());
        }
        return new VerifyingInputStream(new ByteArrayInputStream(b.clone()), digest);
    }

    @Override
    public byte[] readContent(Digest digest) {
        try (InputStream in = openContent(digest)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public synchronized AuditEvent record(String actor, String action, String subject, Map<String, String> details) {
        open();
        AuditChain.checkCallerAction(action);
        AuditEvent e = chain.next(last(), options.clock().instant(), actor, action, subject, details);
        audit.add(e);
        return e;
    }

    @Override
    public synchronized List<AuditEvent> auditTrail(long fromSequence, int limit) {
        open();
        if (limit < 1 || limit > 10_000) {
            throw StorageException.of("CD-5060", "limit " + limit);
        }
        return audit.stream().filter(e -> e.sequence() >= fromSequence).limit(limit)
                .collect(java.util.stream.Collectors.toList());
    }

    @Override
    public synchronized org.cundang.storage.VerificationReport verify() {
        open();
        List<Finding> findings = new ArrayList<>();
        long checked = 0;
        for (StoredItem it : items.values()) {
            if (it.isDestroyed()) {
                String rid = it.disposal().destructionId();
                if (!records.containsKey(rid)) {
                    findings.add(StoreFindings.destroyedWithoutRecord(it.code().toString(), String.valueOf(rid)));
                }
                continue;
            }
            for (StoredContent c : it.content()) {
                byte[] b = blobs.get(c.address().toString());
                checked++;
                if (b == null) {
                    findings.add(StoreFindings.missingBlob(c.address(), it.code().toString()));
                    continue;
                }
                Digest now = MultiDigester.of(algorithm).digest(b).get(algorithm);
                if (!now.equals(c.address())) {
                    findings.add(StoreFindings.alteredBlob(c.address(), now, it.code().toString()));
                }
            }
        }
        AuditChain.Verifier v = chain.verifier();
        audit.forEach(v::accept);
        for (AuditEvent e : audit) {
            if (e.action().startsWith("custody.")) {
                CustodyRecord r = records.get(e.subject());
                String now = r == null ? "missing" : CustodyRules.digest(r.canonicalText(), algorithm).toString();
                if (r == null || !now.equals(e.details().get("digest"))) {
                    findings.add(StoreFindings.badRecord(e.subject(), now));
                }
            }
        }
        findings.addAll(v.findings());
        return new org.cundang.storage.VerificationReport(items.size(), checked, v.count(), findings);
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    /** Test hook: flips one bit of a stored blob. */
    synchronized void corrupt(Digest digest) {
        byte[] b = blobs.get(digest.toString());
        b[b.length / 2] ^= 1;
    }

    /** Test hook: removes a blob. */
    synchronized void remove(Digest digest) {
        blobs.remove(digest.toString());
    }

    /** Test hook: rewrites an event's subject without fixing its digest. */
    synchronized void tamper(long sequence) {
        for (int i = 0; i < audit.size(); i++) {
            AuditEvent e = audit.get(i);
            if (e.sequence() == sequence) {
                audit.set(i, new AuditEvent(e.sequence(), e.time(), e.actor(), e.action(), e.subject() + "x",
                        e.details(), e.previous(), e.digest()));
            }
        }
    }

    /** Test hook: changes a kept custody record's body without fixing its digest. */
    synchronized void tamperRecord(String id) {
        CustodyRecord r = records.get(id);
        records.put(id, new CustodyRecord(r.id(), r.kind(), r.actor(), r.date(), r.time(), r.subjects(),
                r.body() + " ", r.actions(), r.digest(), r.auditSequence()));
    }

    /** Test hook: removes an event. */
    synchronized void removeEvent(long sequence) {
        audit.removeIf(e -> e.sequence() == sequence);
    }
}
