package org.cundang.workflow;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cundang.code.ArchivalCode;
import org.cundang.code.SequenceScope;
import org.cundang.digest.Digest;
import org.cundang.retention.RetentionHold;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.AuditEvent;
import org.cundang.storage.CustodyRecord;
import org.cundang.storage.CustodySubmission;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.RecordQuery;
import org.cundang.storage.ScopeHold;
import org.cundang.storage.StoredItem;
import org.cundang.storage.TransferReceipt;
import org.cundang.storage.TransferSubmission;
import org.cundang.storage.VerificationReport;

/** A store that answers {@link #verify()} with a fixed report and delegates everything else. */
final class VerifyStub implements ArchiveStore {
    private final ArchiveStore d;
    private final VerificationReport report;

    VerifyStub(ArchiveStore d, VerificationReport report) {
        this.d = d;
        this.report = report;
    }

    @Override public TransferReceipt accept(TransferSubmission t) { return d.accept(t); }
    @Override public Optional<TransferReceipt> transfer(String id) { return d.transfer(id); }
    @Override public Optional<StoredItem> item(String code) { return d.item(code); }
    @Override public List<StoredItem> query(ItemQuery q) { return d.query(q); }
    @Override public ArchivalCode allocate(SequenceScope s) { return d.allocate(s); }
    @Override public StoredItem addHold(String c, RetentionHold h, String a) { return d.addHold(c, h, a); }
    @Override public CustodyRecord keep(CustodySubmission s) { return d.keep(s); }
    @Override public Optional<CustodyRecord> custodyRecord(String id) { return d.custodyRecord(id); }
    @Override public List<CustodyRecord> custodyRecords(RecordQuery q) { return d.custodyRecords(q); }
    @Override public List<ScopeHold> scopeHolds() { return d.scopeHolds(); }
    @Override public InputStream openContent(Digest g) { return d.openContent(g); }
    @Override public byte[] readContent(Digest g) { return d.readContent(g); }
    @Override public AuditEvent record(String a, String b, String c, Map<String, String> m) { return d.record(a, b, c, m); }
    @Override public List<AuditEvent> auditTrail(long f, int l) { return d.auditTrail(f, l); }
    @Override public VerificationReport verify() { return report; }
    @Override public void close() { d.close(); }
}
