package org.cundang.storage.fs;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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
import org.cundang.retention.RetentionStatus;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.AuditEvent;
import org.cundang.storage.ContentSubmission;
import org.cundang.storage.CustodyAction;
import org.cundang.storage.CustodyRecord;
import org.cundang.storage.CustodySubmission;
import org.cundang.storage.RecordQuery;
import org.cundang.storage.ScopeHold;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.StorageException;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.StoredContent;
import org.cundang.storage.StoredItem;
import org.cundang.storage.TransferReceipt;
import org.cundang.storage.TransferSubmission;
import org.cundang.storage.VerificationReport;
import org.cundang.storage.fs.internal.Durable;
import org.cundang.storage.fs.internal.Json;
import org.cundang.storage.spi.AuditChain;
import org.cundang.storage.spi.ContentCopier;
import org.cundang.storage.spi.CustodyRules;
import org.cundang.storage.spi.StoreFindings;
import org.cundang.storage.spi.VerifyingInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The filesystem store: a folder a person can inspect (layout in {@code docs/storage-fs.md}). Items are JSON lines
 * per transfer, content is addressed by digest, the audit log is JSON lines and is the commit log: a transfer is
 * accepted when its {@code transfer.accept} event is appended and forced to disk, one atomic step. Opening the
 * store as the writer rolls back whatever an interrupted transfer left. One writer process at a time
 * ({@code writer.lock}, CD-5102 for a second), readers beside it (they see the store as of their opening).
 *
 * <p>Thread-safe. Obtain one through {@link FsStoreProvider} or {@link #open(Path, StoreOptions)}.
 */
public final class FsArchiveStore implements ArchiveStore {

    static final MessageCatalog MESSAGES = MessageCatalog.load(FsArchiveStore.class, "storage-fs");

    /** The on-disk format version this code reads and writes. */
    public static final int FORMAT_VERSION = 1;

    private static final int SEQUENCE_BLOCK = 64;

    private final Path root;
    private final Path blobs;
    private final Path transfersDir;
    private final Path recordsDir;
    private final Path tmp;
    private final Path auditFile;
    private final Path auditHead;
    private final StoreOptions options;
    private final DigestAlgorithm algorithm;
    private final AuditChain chain;
    private final boolean readOnly;
    private final @Nullable FileChannel lockChannel;
    private final @Nullable FileLock lock;

    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final ReentrantLock writer = new ReentrantLock();
    private final TreeMap<String, Entry> index = new TreeMap<>();
    private final Map<String, List<RetentionHold>> addedHolds = new HashMap<>();
    private final Map<String, Transfer> transfers = new HashMap<>();
    private final List<Transfer> transferList = new ArrayList<>();
    private final Map<String, Integer> storedMax = new HashMap<>();
    private final Map<String, Integer> handedOut = new HashMap<>();
    private final Map<String, Integer> reserved = new HashMap<>();
    private final Map<String, String> interned = new HashMap<>();
    private @Nullable AuditEvent lastEvent;
    private long auditLength;
    private int nextTransferNo = 1;
    private final Map<String, RecordRef> records = new HashMap<>();
    private final List<RecordRef> recordList = new ArrayList<>();
    private final Map<String, CustodyFiles.Overlay> overlays = new java.util.concurrent.ConcurrentHashMap<>();
    private List<ScopeHold> scopeHoldList = List.of();
    private int nextRecordNo = 1;
    private volatile boolean closed;

    /** One item in the in-memory index (loaded at open from each transfer's index.tsv). */
    private static final class Entry {
        String code;
        String scope;
        String fonds;
        int year;
        int item;
        long expiryDay;
        boolean permanent;
        boolean custody;
        boolean holds;
        Transfer transfer;
        long offset;
        int length;
    }

    /** A committed custody record: what queries need in memory; the rest is read from its file on demand. */
    private static final class RecordRef {
        String id;
        String kind;
        List<String> subjects;
        String file;
        long sequence;
        List<String> destroyed;
    }

    /** An accepted transfer. */
    private static final class Transfer {
        String dir;
        String fingerprint;
        TransferReceipt receipt;
    }

    private FsArchiveStore(Path root, StoreOptions options) {
        this.root = root;
        this.options = options;
        this.readOnly = options.readOnly();
        this.blobs = root.resolve("blobs");
        this.transfersDir = root.resolve("transfers");
        this.recordsDir = root.resolve("records");
        this.tmp = root.resolve("tmp");
        this.auditFile = root.resolve("audit.log");
        this.auditHead = root.resolve("audit.head");
        FileChannel ch = null;
        FileLock l = null;
        try {
            Path marker = root.resolve("cundang-store.json");
            DigestAlgorithm alg = options.digest();
            if (!Files.exists(marker)) {
                if (readOnly) {
                    throw fail("CD-5104", null, root.toString());
                }
                Files.createDirectories(root);
                if (hasStrangers(root)) {
                    throw fail("CD-5103", null, root.toString(), "not empty");
                }
            }
            if (!readOnly) {
                ch = FileChannel.open(root.resolve("writer.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                try {
                    l = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    l = null;
                }
                if (l == null) {
                    throw fail("CD-5102", null, root.toString());
                }
            }
            if (!Files.exists(marker)) {
                Files.createDirectories(blobs);
                Files.createDirectories(transfersDir);
                Files.createDirectories(tmp);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("format", "cundang-fs");
                m.put("version", FORMAT_VERSION);
                m.put("digest", alg.id());
                Durable.replace(marker, (Json.write(m) + "\n").getBytes(StandardCharsets.UTF_8), tmp);
                Durable.fsyncDir(root);
            } else {
                Map<String, @Nullable Object> m = Json.object(Files.readString(marker));
                if (!"cundang-fs".equals(m.get("format")) || !Long.valueOf(FORMAT_VERSION).equals(m.get("version"))) {
                    throw fail("CD-5103", null, root.toString(), "format " + m.get("format") + " " + m.get("version"));
                }
                alg = DigestAlgorithm.fromId(String.valueOf(m.get("digest")));
            }
            this.algorithm = alg;
            this.chain = AuditChain.of(alg);
            this.lockChannel = ch;
            this.lock = l;
            load();
        } catch (IOException | IllegalArgumentException e) {
            closeQuietly(ch);
            throw fail("CD-5101", e, root.toString(), String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    private static boolean hasStrangers(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.anyMatch(p -> !p.getFileName().toString().equals("writer.lock"));
        }
    }

    private static void closeQuietly(@Nullable FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    /**
     * Opens (creating when missing, unless read-only) the store in a folder.
     *
     * @param root    the folder, not null
     * @param options the options, not null
     * @return the store
     * @throws StorageException CD-5101 (I/O), CD-5102 (another writer), CD-5103 (not a store of this format),
     *                          CD-5104 (read-only and missing)
     */
    public static FsArchiveStore open(Path root, StoreOptions options) {
        return new FsArchiveStore(requireNonNull(root, "root").toAbsolutePath().normalize(),
                requireNonNull(options, "options"));
    }

    static StorageException fail(String code, @Nullable Throwable cause, Object... args) {
        return StorageException.of(code, MESSAGES.text(code, args), cause);
    }

    // ------------------------------------------------------------------ loading and recovery

    private void load() throws IOException {
        Files.createDirectories(tmp.getParent());
        // 1. The audit log: the commit log. A torn last line (a crash mid-append) is cut off by the writer.
        List<AuditEvent> accepts = new ArrayList<>();
        long good = 0;
        if (Files.exists(auditFile)) {
            byte[] all = Files.readAllBytes(auditFile);
            int start = 0;
            for (int i = 0; i < all.length; i++) {
                if (all[i] == '\n') {
                    String line = new String(all, start, i - start, StandardCharsets.UTF_8);
                    AuditEvent e = parseEvent(line);
                    if (e != null) {
                        lastEvent = e;
                        if ("transfer.accept".equals(e.action())) {
                            accepts.add(e);
                        } else if ("item.hold".equals(e.action())) {
                            RetentionHold h = holdOf(e);
                            CustodyFiles.Overlay ov = overlays.get(e.subject());
                            if (ov != null) {
                                overlays.put(e.subject(), ov.withHold(h));
                            } else {
                                addedHolds.computeIfAbsent(e.subject(), k -> new ArrayList<>()).add(h);
                            }
                        } else if (e.action().startsWith("custody.")) {
                            replayCustody(e);
                        }
                    }
                    start = i + 1;
                    good = start;
                }
            }
            if (good < all.length && !readOnly) {
                try (FileChannel ch = FileChannel.open(auditFile, StandardOpenOption.WRITE)) {
                    ch.truncate(good);
                    ch.force(true);
                }
            }
        }
        auditLength = good;
        if (!readOnly) {
            catchUpHead();
        }
        // 2. Transfers: only those with a commit event count; the writer rolls back the others.
        java.util.Set<String> committed = new java.util.HashSet<>();
        for (AuditEvent e : accepts) {
            String dir = e.details().get("dir");
            if (dir == null || !dir.matches("\\d{8}")) {
                continue;
            }
            committed.add(dir);
            nextTransferNo = Math.max(nextTransferNo, Integer.parseInt(dir) + 1);
            Transfer t = new Transfer();
            t.dir = dir;
            t.fingerprint = e.details().getOrDefault("fingerprint", "");
            t.receipt = new TransferReceipt(e.subject(), e.details().getOrDefault("batch", ""),
                    e.details().getOrDefault("fonds", ""), Integer.parseInt(e.details().getOrDefault("items", "0")),
                    Long.parseLong(e.details().getOrDefault("bytes", "0")), e.sequence(), e.time(), false);
            transfers.put(e.subject(), t);
            transferList.add(t);
            loadIndex(t);
        }
        for (Map.Entry<String, CustodyFiles.Overlay> o : overlays.entrySet()) {
            Entry en = index.get(o.getKey());
            if (en != null) {
                applyToEntry(en, o.getValue());
            }
        }
        if (!readOnly) {
            Files.createDirectories(tmp);
            rollBackRecords();
            try (var s = Files.list(transfersDir)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    if (!committed.contains(p.getFileName().toString())) {
                        rollBack(p);
                    }
                }
            }
            try (var s = Files.list(tmp)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    if (Files.isDirectory(p)) {
                        rollBack(p);
                    } else {
                        Files.deleteIfExists(p);
                    }
                }
            }
            Durable.fsyncDir(transfersDir);
            Durable.fsyncDir(tmp);
            // Destructions committed but whose content deletion a crash interrupted: finish them.
            List<RecordRef> pending = new ArrayList<>();
            for (RecordRef r : recordList) {
                if (!r.destroyed.isEmpty() && !Files.exists(recordsDir.resolve(r.file.replace(".json", ".purged")))) {
                    pending.add(r);
                }
            }
            if (!pending.isEmpty()) {
                purge(pending);
            }
            Path seq = root.resolve("sequences.json");
            if (Files.exists(seq)) {
                for (Map.Entry<String, @Nullable Object> e : Json.object(Files.readString(seq)).entrySet()) {
                    int v = ((Long) requireNonNull(e.getValue())).intValue();
                    handedOut.put(e.getKey(), v);
                    reserved.put(e.getKey(), v);
                }
            }
        }
    }

    private static final java.util.regex.Pattern RECORD_FILE =
            java.util.regex.Pattern.compile("records/(\\d{8})\\.json");
    private static final java.util.regex.Pattern RECORD_NAME =
            java.util.regex.Pattern.compile("(\\d{8})\\.(json|purged)");

    /**
     * Replays one committed custody event at open: registers the record and applies the outcome its file holds (the
     * item states and scope-hold list {@link org.cundang.storage.spi.CustodyRules#apply} computed when it was kept).
     * An event whose file is unreadable is left to {@link #verify()} (CD-5087).
     */
    private void replayCustody(AuditEvent e) {
        String file = e.details().get("file");
        java.util.regex.Matcher m = file == null ? null : RECORD_FILE.matcher(file);
        if (m == null || !m.matches() || records.containsKey(e.subject())) {
            return; // not a record this store kept (verify reports it)
        }
        RecordRef ref = new RecordRef();
        ref.id = e.subject();
        ref.kind = e.details().getOrDefault("kind", e.action().substring("custody.".length()));
        ref.subjects = List.of();
        ref.file = m.group(1) + ".json";
        ref.sequence = e.sequence();
        ref.destroyed = List.of();
        nextRecordNo = Math.max(nextRecordNo, Integer.parseInt(m.group(1)) + 1);
        try {
            CustodyFiles.Kept k = CustodyFiles.read(Files.readString(recordsDir.resolve(ref.file),
                    StandardCharsets.UTF_8), e.sequence());
            if (k.record().id().equals(e.subject())) {
                ref.kind = k.record().kind();
                ref.subjects = k.record().subjects();
                ref.destroyed = k.destroyed();
                overlays.putAll(k.items());
                if (k.scopeHolds() != null) {
                    scopeHoldList = List.copyOf(k.scopeHolds());
                }
            }
        } catch (IOException | RuntimeException x) {
            // an unreadable or missing record file: verify reports it (CD-5087)
        }
        records.put(ref.id, ref);
        recordList.add(ref);
    }

    /** Deletes record files (and purge markers) that no commit event names: a keep interrupted by a crash. */
    private void rollBackRecords() throws IOException {
        Files.createDirectories(recordsDir);
        java.util.Set<String> committed = new java.util.HashSet<>();
        for (RecordRef r : recordList) {
            committed.add(r.file.substring(0, 8));
        }
        try (var s = Files.list(recordsDir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                java.util.regex.Matcher m = RECORD_NAME.matcher(p.getFileName().toString());
                if (m.matches() && !committed.contains(m.group(1))) {
                    Files.deleteIfExists(p);
                }
            }
        }
        Durable.fsyncDir(recordsDir);
    }

    private static void applyToEntry(Entry en, CustodyFiles.Overlay ov) {
        en.expiryDay = ov.expiry() == null ? Long.MIN_VALUE : ov.expiry().toEpochDay();
        en.permanent = ov.period().isPermanent();
        en.holds = !ov.holds().isEmpty();
    }

    /**
     * Deletes the content of items destroyed by committed records, except blobs an item that is not destroyed still
     * refers to, then marks each record purged ({@code records/<n>.purged}). Runs after the commit, and again at the
     * next writer open if a crash interrupted it. The blobs still in use are found by scanning every transfer's
     * {@code items.jsonl} once (see docs/storage-fs.md: a destruction is rare, a reference count kept for every blob
     * would cost every open).
     */
    private void purge(List<RecordRef> refs) throws IOException {
        Map<String, Digest> candidates = new HashMap<>();
        for (RecordRef r : refs) {
            for (String code : r.destroyed) {
                Entry en = index.get(code);
                if (en != null) {
                    for (StoredContent c : read(en).content()) {
                        candidates.put(c.address().toString(), c.address());
                    }
                }
            }
        }
        if (!candidates.isEmpty()) {
            java.util.Set<String> used = usedByLiving(candidates.keySet());
            java.util.Set<Path> dirs = new java.util.LinkedHashSet<>();
            for (Map.Entry<String, Digest> c : candidates.entrySet()) {
                if (!used.contains(c.getKey())) {
                    Path b = blobPath(c.getValue());
                    if (Files.deleteIfExists(b)) {
                        dirs.add(b.getParent());
                    }
                }
            }
            for (Path d : dirs) {
                Durable.fsyncDir(d);
            }
        }
        for (RecordRef r : refs) {
            Path marker = recordsDir.resolve(r.file.replace(".json", ".purged"));
            if (!Files.exists(marker)) {
                Files.createFile(marker);
            }
        }
        Durable.fsyncDir(recordsDir);
    }

    /**
     * Which of some blob addresses an item that is not destroyed refers to: one pass over every committed
     * {@code items.jsonl}, looking for the addresses' text and parsing only the lines that name one.
     */
    private java.util.Set<String> usedByLiving(java.util.Set<String> addresses) throws IOException {
        java.util.Set<String> used = new java.util.HashSet<>();
        String prefix = "\"" + algorithm.id() + ":";
        for (Transfer t : transferList) {
            Path f = transfersDir.resolve(t.dir).resolve("items.jsonl");
            if (!Files.exists(f)) {
                continue;
            }
            try (var r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    List<String> hits = null;
                    for (int i = line.indexOf(prefix); i >= 0; i = line.indexOf(prefix, i + 1)) {
                        int end = line.indexOf('"', i + 1);
                        String token = end < 0 ? "" : line.substring(i + 1, end);
                        if (addresses.contains(token)) {
                            if (hits == null) {
                                hits = new ArrayList<>();
                            }
                            hits.add(token);
                        }
                    }
                    if (hits == null) {
                        continue;
                    }
                    String code;
                    try {
                        code = str(Json.object(line), "code");
                    } catch (RuntimeException x) {
                        used.addAll(hits); // unreadable: keep, to be safe
                        continue;
                    }
                    CustodyFiles.Overlay ov = overlays.get(code);
                    if (ov == null || !ov.destroyed()) {
                        used.addAll(hits);
                    }
                }
            }
        }
        return used;
    }

    private void rollBack(Path dir) throws IOException {
        Path list = dir.resolve("new-blobs.txt");
        if (Files.exists(list)) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    Files.deleteIfExists(blobPath(Digest.parse(line.strip())));
                }
            }
        }
        Durable.deleteTree(dir);
    }

    private void loadIndex(Transfer t) throws IOException {
        Path idx = transfersDir.resolve(t.dir).resolve("index.tsv");
        if (!Files.exists(idx)) {
            return; // reported by verify
        }
        try (var r = Files.newBufferedReader(idx, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 11) {
                    continue;
                }
                Entry e = new Entry();
                e.code = f[0];
                e.scope = intern(f[1]);
                e.fonds = intern(f[2]);
                e.year = f[3].isEmpty() ? Integer.MIN_VALUE : Integer.parseInt(f[3]);
                e.item = Integer.parseInt(f[4]);
                e.expiryDay = f[5].isEmpty() ? Long.MIN_VALUE : Long.parseLong(f[5]);
                e.permanent = "1".equals(f[6]);
                e.custody = "1".equals(f[7]);
                e.holds = "1".equals(f[8]);
                e.offset = Long.parseLong(f[9]);
                e.length = Integer.parseInt(f[10]);
                e.transfer = t;
                index.put(e.code, e);
                storedMax.merge(e.scope, e.item, Math::max);
            }
        }
    }

    private String intern(String s) {
        return interned.computeIfAbsent(s, k -> k);
    }

    private @Nullable AuditEvent parseEvent(String line) {
        try {
            Map<String, @Nullable Object> m = Json.object(line);
            Map<String, String> details = new LinkedHashMap<>();
            @SuppressWarnings("unchecked")
            Map<String, Object> d = (Map<String, Object>) requireNonNull(m.get("details"));
            d.forEach((k, v) -> details.put(k, String.valueOf(v)));
            return new AuditEvent((Long) requireNonNull(m.get("seq")), Instant.parse(str(m, "time")), str(m, "actor"),
                    str(m, "action"), str(m, "subject"), details, Digest.parse(str(m, "previous")),
                    Digest.parse(str(m, "digest")));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String str(Map<String, @Nullable Object> m, String k) {
        Object v = m.get(k);
        if (!(v instanceof String)) {
            throw new IllegalArgumentException("missing " + k);
        }
        return (String) v;
    }

    private static RetentionHold holdOf(AuditEvent e) {
        String until = e.details().get("until");
        return new RetentionHold(e.details().getOrDefault("reason", "?"), LocalDate.parse(e.details().get("since")),
                until == null || until.isEmpty() ? null : LocalDate.parse(until));
    }

    private static String eventLine(AuditEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.sequence());
        m.put("time", e.time().toString());
        m.put("actor", e.actor());
        m.put("action", e.action());
        m.put("subject", e.subject());
        m.put("details", new TreeMap<>(e.details()));
        m.put("previous", e.previous().toString());
        m.put("digest", e.digest().toString());
        return Json.write(m) + "\n";
    }

    // ------------------------------------------------------------------ writing

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

    Path blobPath(Digest d) {
        return blobs.resolve(d.algorithm().id()).resolve(d.hex().substring(0, 2)).resolve(d.hex());
    }

    @Override
    public TransferReceipt accept(TransferSubmission t) {
        requireNonNull(t, "transfer");
        checkWriter("accept");
        writer.lock();
        try {
            checkOpen();
            Transfer done = transfers.get(t.id());
            if (done != null) {
                if (!done.fingerprint.equals(t.fingerprint())) {
                    throw StorageException.of("CD-5023", StorageException.printable(t.id()));
                }
                return done.receipt.asRepeat();
            }
            rw.readLock().lock();
            try {
                for (ItemSubmission i : t.items()) {
                    Entry old = index.get(i.code().toString());
                    if (old != null) {
                        throw StorageException.of("CD-5022", i.code().toString(),
                                StorageException.printable(old.transfer.receipt.transferId()),
                                StorageException.printable(t.id()));
                    }
                }
            } finally {
                rw.readLock().unlock();
            }
            return write(t);
        } finally {
            writer.unlock();
        }
    }

    private TransferReceipt write(TransferSubmission t) {
        String dir = String.format("%08d", nextTransferNo);
        Path stage = tmp.resolve("stage-" + dir);
        Path target = transfersDir.resolve(dir);
        List<Path> newBlobs = new ArrayList<>();
        boolean committed = false;
        try {
            Files.createDirectories(stage);
            // 1. Content: each file to a temporary file while digesting; then fsync all, rename, fsync directories.
            List<Path> pendingTmp = new ArrayList<>();
            List<Digest> pendingDigest = new ArrayList<>();
            List<List<StoredContent>> contents = new ArrayList<>();
            long bytes = 0;
            ContentCopier copier = ContentCopier.of(algorithm);
            int n = 0;
            for (ItemSubmission i : t.items()) {
                List<StoredContent> files = new ArrayList<>();
                for (ContentSubmission c : i.content()) {
                    Path f = stage.resolve("blob-" + (n++));
                    StoredContent sc;
                    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                         java.io.OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                        sc = copier.copy(c, i.code().toString(), out);
                    }
                    files.add(sc);
                    pendingTmp.add(f);
                    pendingDigest.add(sc.address());
                    bytes += sc.size();
                }
                contents.add(files);
            }
            // Which blobs are new (recorded first, so that a crash can roll them back).
            StringBuilder news = new StringBuilder();
            java.util.Set<String> seenNew = new java.util.HashSet<>();
            for (Digest d : pendingDigest) {
                if (!Files.exists(blobPath(d)) && seenNew.add(d.toString())) {
                    news.append(d).append('\n');
                }
            }
            Durable.writeSynced(stage.resolve("new-blobs.txt"), news.toString().getBytes(StandardCharsets.UTF_8));
            Durable.fsyncDir(stage);
            java.util.Set<Path> dirs = new java.util.LinkedHashSet<>();
            List<Path> toSync = new ArrayList<>();
            java.util.Set<String> pick = new java.util.HashSet<>(seenNew);
            for (int k = 0; k < pendingTmp.size(); k++) {
                if (pick.remove(pendingDigest.get(k).toString())) {
                    toSync.add(pendingTmp.get(k));
                }
            }
            fsyncAll(toSync);
            for (int k = 0; k < pendingTmp.size(); k++) {
                Path f = pendingTmp.get(k);
                Digest d = pendingDigest.get(k);
                Path dest = blobPath(d);
                if (seenNew.remove(d.toString())) {
                    Files.createDirectories(dest.getParent());
                    Durable.rename(f, dest);
                    newBlobs.add(dest);
                    dirs.add(dest.getParent());
                } else {
                    Files.delete(f);
                }
            }
            for (Path d : dirs) {
                Durable.fsyncDir(d);
            }
            if (!dirs.isEmpty()) {
                Durable.fsyncDir(blobs.resolve(algorithm.id()));
            }
            // 2. Items (JSON lines) and the index.
            ByteArrayOutputStream items = new ByteArrayOutputStream();
            StringBuilder idx = new StringBuilder();
            List<Entry> entries = new ArrayList<>();
            Transfer tr = new Transfer();
            tr.dir = dir;
            tr.fingerprint = t.fingerprint();
            for (int k = 0; k < t.items().size(); k++) {
                ItemSubmission i = t.items().get(k);
                StoredItem s = StoredItem.of(i, t.id(), contents.get(k));
                byte[] line = (Json.write(itemJson(s)) + "\n").getBytes(StandardCharsets.UTF_8);
                Entry e = entry(s, tr, items.size(), line.length);
                items.write(line, 0, line.length);
                entries.add(e);
                idx.append(e.code).append('\t').append(e.scope).append('\t').append(e.fonds).append('\t')
                        .append(e.year == Integer.MIN_VALUE ? "" : String.valueOf(e.year)).append('\t').append(e.item)
                        .append('\t').append(e.expiryDay == Long.MIN_VALUE ? "" : String.valueOf(e.expiryDay))
                        .append('\t').append(e.permanent ? 1 : 0).append('\t').append(e.custody ? 1 : 0)
                        .append('\t').append(e.holds ? 1 : 0).append('\t').append(e.offset).append('\t')
                        .append(e.length).append('\n');
            }
            byte[] itemBytes = items.toByteArray();
            Durable.writeSynced(stage.resolve("items.jsonl"), itemBytes);
            Durable.writeSynced(stage.resolve("index.tsv"), idx.toString().getBytes(StandardCharsets.UTF_8));
            Map<String, Object> tj = new LinkedHashMap<>();
            tj.put("id", t.id());
            tj.put("batch", t.batch());
            tj.put("fonds", t.fonds());
            tj.put("actor", t.actor());
            tj.put("fingerprint", t.fingerprint());
            tj.put("metadata", t.metadata());
            Durable.writeSynced(stage.resolve("transfer.json"),
                    (Json.write(tj) + "\n").getBytes(StandardCharsets.UTF_8));
            Durable.fsyncDir(stage);
            Durable.rename(stage, target);
            Durable.fsyncDir(transfersDir);
            Durable.fsyncDir(tmp);
            // 3. The commit: one audit line, forced to disk.
            Map<String, String> details = new LinkedHashMap<>();
            details.put("dir", dir);
            details.put("items", String.valueOf(entries.size()));
            details.put("bytes", String.valueOf(bytes));
            details.put("fonds", t.fonds());
            details.put("batch", t.batch());
            details.put("fingerprint", t.fingerprint());
            details.put("itemsDigest", MultiDigester.of(algorithm).digest(itemBytes).get(algorithm).toString());
            AuditEvent ev = appendEvent(t.actor(), "transfer.accept", t.id(), details);
            committed = true;
            tr.receipt = new TransferReceipt(t.id(), t.batch(), t.fonds(), entries.size(), bytes, ev.sequence(),
                    ev.time(), false);
            nextTransferNo++;
            rw.writeLock().lock();
            try {
                for (Entry e : entries) {
                    index.put(e.code, e);
                    storedMax.merge(e.scope, e.item, Math::max);
                }
                transfers.put(t.id(), tr);
                transferList.add(tr);
            } finally {
                rw.writeLock().unlock();
            }
            return tr.receipt;
        } catch (IOException e) {
            throw fail("CD-5101", e, root.toString(), String.valueOf(e.getMessage()));
        } finally {
            if (!committed) {
                try {
                    for (Path b : newBlobs) {
                        Files.deleteIfExists(b);
                    }
                    Durable.deleteTree(stage);
                    Durable.deleteTree(target);
                } catch (IOException ignored) {
                    // the next writer's opening rolls back what is left
                }
            }
        }
    }

    /**
     * Forces many files to disk, several at a time (the issue allows batching fsyncs across files, never skipping
     * them): the device sees several flushes at once instead of one after another.
     */
    private static void fsyncAll(List<Path> files) throws IOException {
        if (files.size() < 8) {
            for (Path f : files) {
                Durable.fsync(f);
            }
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> fs = new ArrayList<>();
            for (Path f : files) {
                fs.add(pool.submit(() -> {
                    Durable.fsync(f);
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : fs) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forcing files to disk", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException ? (IOException) e.getCause() : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private AuditEvent appendEvent(String actor, String action, String subject, Map<String, String> details)
            throws IOException {
        return appendEvent(actor, action, subject, details, options.clock().instant());
    }

    private AuditEvent appendEvent(String actor, String action, String subject, Map<String, String> details,
                                   Instant time) throws IOException {
        AuditEvent ev = chain.next(lastEvent, time, actor, action, subject, details);
        byte[] line = eventLine(ev).getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(auditFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            try {
                ch.position(auditLength);
                ByteBuffer b = ByteBuffer.wrap(line);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                ch.force(true);
            } catch (IOException e) {
                ch.truncate(auditLength);
                throw e;
            }
        }
        if (auditLength == 0) {
            Durable.fsyncDir(root);
        }
        auditLength += line.length;
        lastEvent = ev;
        // The head anchors the end of the log: written after the event is durable, so it is never ahead of the log;
        // a crash in between leaves it one event behind, which verify accepts. Removing events from the end of the
        // log (which the chain alone cannot show) leaves the head ahead of the log.
        Durable.replace(auditHead, headText(ev).getBytes(StandardCharsets.US_ASCII), tmp);
        return ev;
    }

    /**
     * At the writer's opening: a head exactly one event behind the log (or missing with one event) is what a crash
     * between appending an event and replacing the head leaves; bring it up to the last event, so that a second such
     * crash cannot leave it two events behind (which verify rightly reports as CD-5107). Any other mismatch is left
     * for verify.
     */
    private void catchUpHead() throws IOException {
        AuditEvent last = lastEvent;
        if (last == null) {
            return;
        }
        boolean behind;
        if (!Files.exists(auditHead, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            behind = last.sequence() == 1;
        } else {
            String text = new String(Files.readAllBytes(auditHead), StandardCharsets.US_ASCII).strip();
            behind = text.equals((last.sequence() - 1) + " " + last.previous());
        }
        if (behind) {
            Files.createDirectories(tmp);
            Durable.replace(auditHead, headText(last).getBytes(StandardCharsets.US_ASCII), tmp);
        }
    }

    private static String headText(AuditEvent ev) {
        return ev.sequence() + " " + ev.digest() + "\n";
    }

    /** Checks the log's last event against audit.head (CD-5106, CD-5107). */
    private void verifyHead(@Nullable AuditEvent last, long events, List<Finding> findings) throws IOException {
        if (!Files.exists(auditHead, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            if (events > 1) {
                findings.add(headFinding("CD-5107", "audit.head", String.valueOf(last == null ? 0 : last.sequence()),
                        "—"));
            }
            return;
        }
        String text = new String(Files.readAllBytes(auditHead), StandardCharsets.US_ASCII).strip();
        int sp = text.indexOf(' ');
        long headSeq;
        try {
            headSeq = sp > 0 ? Long.parseLong(text.substring(0, sp)) : -1;
        } catch (NumberFormatException e) {
            headSeq = -1;
        }
        String headDigest = sp > 0 ? text.substring(sp + 1) : "";
        long lastSeq = last == null ? -1 : last.sequence();
        if (headSeq < 0) {
            findings.add(headFinding("CD-5107", "audit.head", String.valueOf(lastSeq), StorageException.printable(text)));
        } else if (headSeq > lastSeq) {
            findings.add(headFinding("CD-5106", "audit.log", String.valueOf(lastSeq), String.valueOf(headSeq)));
        } else if (headSeq == lastSeq) {
            if (!headDigest.equals(last.digest().toString())) {
                findings.add(headFinding("CD-5107", "audit.head", String.valueOf(lastSeq), StorageException.printable(text)));
            }
        } else if (!(headSeq == lastSeq - 1 && headDigest.equals(last.previous().toString()))) {
            // More than one event behind, or not the predecessor: the head was replaced or the log rewritten.
            findings.add(headFinding("CD-5107", "audit.head", String.valueOf(lastSeq), StorageException.printable(text)));
        }
    }

    private static Finding headFinding(String code, String subject, Object... args) {
        return new Finding(code, org.cundang.Severity.ERROR, subject, MESSAGES.text(code, args), Map.of());
    }

    private Entry entry(StoredItem s, Transfer tr, long offset, int length) {
        Entry e = new Entry();
        e.code = s.code().toString();
        e.scope = intern(s.code().scope().key());
        e.fonds = intern(s.code().fonds());
        e.year = s.code().year().isPresent() ? s.code().year().getAsInt() : Integer.MIN_VALUE;
        e.item = s.code().item();
        e.expiryDay = s.expiry() == null ? Long.MIN_VALUE : s.expiry().toEpochDay();
        e.permanent = s.period().isPermanent();
        e.custody = s.townshipCustody();
        e.holds = !s.holds().isEmpty();
        e.transfer = tr;
        e.offset = offset;
        e.length = length;
        return e;
    }

    static Map<String, Object> itemJson(StoredItem s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", s.code().toString());
        m.put("template", s.code().template().name());
        CatalogueEntry e = s.entry();
        Map<String, @Nullable Object> en = new LinkedHashMap<>();
        en.put("sequence", e.sequence() == null ? null : (long) e.sequence());
        en.put("code", e.code());
        en.put("documentNumber", e.documentNumber());
        en.put("responsible", e.responsible());
        en.put("title", e.title());
        en.put("date", e.date());
        en.put("classification", e.classification());
        en.put("pages", e.pages() == null ? null : (long) e.pages());
        en.put("period", e.period());
        en.put("remarks", e.remarks());
        en.put("scheduleEntry", e.scheduleEntry());
        m.put("entry", en);
        m.put("scheduleEntry", s.scheduleEntry());
        m.put("period", s.period().toString());
        m.put("expiry", s.expiry() == null ? null : s.expiry().toString());
        List<Object> holds = new ArrayList<>();
        for (RetentionHold h : s.holds()) {
            Map<String, @Nullable Object> hm = new LinkedHashMap<>();
            hm.put("reason", h.reason());
            hm.put("since", h.since().toString());
            hm.put("until", h.until() == null ? null : h.until().toString());
            holds.add(hm);
        }
        m.put("holds", holds);
        m.put("townshipCustody", s.townshipCustody());
        m.put("transfer", s.transferId());
        List<Object> files = new ArrayList<>();
        for (StoredContent c : s.content()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("name", c.name());
            cm.put("size", c.size());
            List<Object> ds = new ArrayList<>();
            c.digests().forEach(d -> ds.add(d.toString()));
            cm.put("digests", ds);
            files.add(cm);
        }
        m.put("content", files);
        return m;
    }

    @SuppressWarnings("unchecked")
    private StoredItem itemOf(String line) {
        Map<String, @Nullable Object> m = Json.object(line);
        ArchivalCode code = options.templates().require(str(m, "template")).parse(str(m, "code"));
        Map<String, @Nullable Object> en = (Map<String, @Nullable Object>) requireNonNull(m.get("entry"));
        CatalogueEntry e = new CatalogueEntry(intOrNull(en.get("sequence")), (String) en.get("code"),
                (String) en.get("documentNumber"), (String) en.get("responsible"), (String) en.get("title"),
                (String) en.get("date"), (String) en.get("classification"), intOrNull(en.get("pages")),
                (String) en.get("period"), (String) en.get("remarks"), (String) en.get("scheduleEntry"));
        List<RetentionHold> holds = new ArrayList<>();
        for (Object o : (List<Object>) requireNonNull(m.get("holds"))) {
            Map<String, @Nullable Object> h = (Map<String, @Nullable Object>) o;
            Object until = h.get("until");
            holds.add(new RetentionHold(str(h, "reason"), LocalDate.parse(str(h, "since")),
                    until == null ? null : LocalDate.parse((String) until)));
        }
        holds.addAll(addedHolds.getOrDefault(code.toString(), List.of()));
        List<StoredContent> files = new ArrayList<>();
        for (Object o : (List<Object>) requireNonNull(m.get("content"))) {
            Map<String, @Nullable Object> c = (Map<String, @Nullable Object>) o;
            List<Digest> ds = new ArrayList<>();
            for (Object d : (List<Object>) requireNonNull(c.get("digests"))) {
                ds.add(Digest.parse((String) d));
            }
            files.add(new StoredContent(str(c, "name"), (Long) requireNonNull(c.get("size")), ds));
        }
        Object exp = m.get("expiry");
        return new StoredItem(code, e, (String) m.get("scheduleEntry"), RetentionPeriod.parse(str(m, "period")),
                exp == null ? null : LocalDate.parse((String) exp), holds,
                Boolean.TRUE.equals(m.get("townshipCustody")), str(m, "transfer"), files);
    }

    private static @Nullable Integer intOrNull(@Nullable Object o) {
        return o == null ? null : ((Long) o).intValue();
    }

    private StoredItem read(Entry e) {
        Path f = transfersDir.resolve(e.transfer.dir).resolve("items.jsonl");
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "r")) {
            byte[] b = new byte[e.length];
            r.seek(e.offset);
            r.readFully(b);
            StoredItem base = itemOf(new String(b, StandardCharsets.UTF_8).strip());
            CustodyFiles.Overlay ov = overlays.get(e.code);
            return ov == null ? base : ov.applyTo(base);
        } catch (IOException | RuntimeException x) {
            if (x instanceof StorageException) {
                throw (StorageException) x;
            }
            throw fail("CD-5105", x, e.code, f.toString());
        }
    }

    // ------------------------------------------------------------------ reading

    @Override
    public Optional<TransferReceipt> transfer(String transferId) {
        requireNonNull(transferId, "transferId");
        checkOpen();
        rw.readLock().lock();
        try {
            Transfer t = transfers.get(transferId);
            return t == null ? Optional.empty() : Optional.of(t.receipt);
        } finally {
            rw.readLock().unlock();
        }
    }

    @Override
    public Optional<StoredItem> item(String code) {
        requireNonNull(code, "code");
        checkOpen();
        Entry e;
        rw.readLock().lock();
        try {
            e = index.get(code);
        } finally {
            rw.readLock().unlock();
        }
        return e == null ? Optional.empty() : Optional.of(read(e));
    }

    @Override
    public List<StoredItem> query(ItemQuery q) {
        requireNonNull(q, "query");
        checkOpen();
        List<Entry> hits = new ArrayList<>();
        rw.readLock().lock();
        try {
            Iterable<Entry> candidates = q.code().isPresent()
                    ? (index.containsKey(q.code().get()) ? List.of(index.get(q.code().get())) : List.of())
                    : index.values();
            long skip = q.offset();
            for (Entry e : candidates) {
                if (!matches(q, e)) {
                    continue;
                }
                if (skip > 0) {
                    skip--;
                    continue;
                }
                hits.add(e);
                if (hits.size() >= q.limit()) {
                    break;
                }
            }
        } finally {
            rw.readLock().unlock();
        }
        List<StoredItem> out = new ArrayList<>(hits.size());
        for (Entry e : hits) {
            out.add(read(e));
        }
        return out;
    }

    private boolean matches(ItemQuery q, Entry e) {
        if (q.scopeKey().isPresent() && !q.scopeKey().get().equals(e.scope)) {
            return false;
        }
        if (q.fonds().isPresent() && !q.fonds().get().equals(e.fonds)) {
            return false;
        }
        if (q.year().isPresent() && q.year().getAsInt() != e.year) {
            return false;
        }
        if (q.expiringBefore().isPresent()
                && (e.expiryDay == Long.MIN_VALUE || e.expiryDay >= q.expiringBefore().get().toEpochDay())) {
            return false;
        }
        if (q.townshipCustody().isPresent() && q.townshipCustody().get() != e.custody) {
            return false;
        }
        if (q.transferId().isPresent() && !q.transferId().get().equals(e.transfer.receipt.transferId())) {
            return false;
        }
        if (q.status().isPresent()) {
            RetentionStatus s;
            CustodyFiles.Overlay ov = overlays.get(e.code);
            if (ov != null && ov.destroyed()) {
                s = RetentionStatus.DESTROYED;
            } else if (ov != null || e.holds || addedHolds.containsKey(e.code)) {
                s = read(e).status(q.asOf());
            } else if (e.permanent) {
                s = RetentionStatus.PERMANENT;
            } else if (e.expiryDay == Long.MIN_VALUE) {
                s = RetentionStatus.AWAITING_EVENT;
            } else {
                s = q.asOf().toEpochDay() > e.expiryDay ? RetentionStatus.DUE_FOR_APPRAISAL : RetentionStatus.RETAINED;
            }
            return s == q.status().get();
        }
        return true;
    }

    @Override
    public ArchivalCode allocate(SequenceScope scope) {
        requireNonNull(scope, "scope");
        checkWriter("allocate");
        synchronized (handedOut) {
            String key = scope.key();
            int stored;
            rw.readLock().lock();
            try {
                stored = storedMax.getOrDefault(key, 0);
            } finally {
                rw.readLock().unlock();
            }
            int next = Math.max(stored, handedOut.getOrDefault(key, 0)) + 1;
            ArchivalCode code = scope.codeWith(next);
            if (next > reserved.getOrDefault(key, 0)) {
                reserved.put(key, next + SEQUENCE_BLOCK - 1);
                persistSequences(reserved);
            }
            handedOut.put(key, next);
            return code;
        }
    }

    private void persistSequences(Map<String, Integer> values) {
        try {
            Durable.replace(root.resolve("sequences.json"),
                    (Json.write(new TreeMap<>(values)) + "\n").getBytes(StandardCharsets.UTF_8), tmp);
        } catch (IOException e) {
            throw fail("CD-5101", e, root.toString(), String.valueOf(e.getMessage()));
        }
    }

    @Override
    public StoredItem addHold(String code, RetentionHold hold, String actor) {
        requireNonNull(code, "code");
        requireNonNull(hold, "hold");
        requireNonNull(actor, "actor");
        checkWriter("addHold");
        writer.lock();
        try {
            StoredItem it = require(code);
            if (it.isDestroyed()) {
                throw StorageException.of("CD-5081", code, String.valueOf(it.disposal().destroyedOn()));
            }
            Map<String, String> d = new LinkedHashMap<>();
            d.put("reason", hold.reason());
            d.put("since", hold.since().toString());
            d.put("until", hold.until() == null ? "" : hold.until().toString());
            appendEvent(actor, "item.hold", code, d);
            rw.writeLock().lock();
            try {
                CustodyFiles.Overlay ov = overlays.get(code);
                if (ov != null) {
                    overlays.put(code, ov.withHold(hold));
                } else {
                    addedHolds.computeIfAbsent(code, k -> new ArrayList<>()).add(hold);
                }
                Entry en = index.get(code);
                if (en != null) {
                    en.holds = true;
                }
            } finally {
                rw.writeLock().unlock();
            }
            return it.withHold(hold);
        } catch (IOException e) {
            throw fail("CD-5101", e, root.toString(), String.valueOf(e.getMessage()));
        } finally {
            writer.unlock();
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Here: the record and the outcome {@link CustodyRules#apply} computed are written to
     * {@code records/<nnnnnnnn>.json} (temporary file, fsync, rename, directory fsync); the commit is one
     * {@code custody.<kind>} line in {@code audit.log} naming the file and its digest. Content of destroyed items is
     * deleted after the commit (a blob an item that is not destroyed refers to is kept); a crash in between is
     * finished when the writer next opens the store.
     *
     * @throws StorageException also CD-5101 (I/O), CD-5110 (the kept record with this id cannot be read)
     */
    @Override
    public CustodyRecord keep(CustodySubmission s) {
        requireNonNull(s, "submission");
        checkWriter("keep");
        writer.lock();
        try {
            checkOpen();
            RecordRef old;
            List<ScopeHold> scopes;
            rw.readLock().lock();
            try {
                old = records.get(s.id());
                scopes = scopeHoldList;
            } finally {
                rw.readLock().unlock();
            }
            if (old != null) {
                CustodyRecord r = readRecord(old);
                if (!r.sameAs(s)) {
                    throw StorageException.of("CD-5082", s.id());
                }
                return r;
            }
            CustodyRules.Outcome o = CustodyRules.apply(s, this::item, scopes);
            return commitCustody(s, o);
        } finally {
            writer.unlock();
        }
    }

    private CustodyRecord commitCustody(CustodySubmission s, CustodyRules.Outcome o) {
        Instant now = options.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        long seq = lastEvent == null ? 1 : lastEvent.sequence() + 1;
        CustodyRecord r = CustodyRules.record(s, now, algorithm, seq);
        boolean scopesChanged = s.actions().stream().anyMatch(a -> a instanceof CustodyAction.HoldOnScope
                || a instanceof CustodyAction.ReleaseScope);
        String name = String.format("%08d", nextRecordNo);
        Path file = recordsDir.resolve(name + ".json");
        byte[] bytes = CustodyFiles.write(r, o, scopesChanged).getBytes(StandardCharsets.UTF_8);
        boolean committed = false;
        try {
            Files.createDirectories(recordsDir);
            Files.deleteIfExists(recordsDir.resolve(name + ".purged"));
            Durable.replace(file, bytes, tmp);
            Map<String, String> d = new LinkedHashMap<>(CustodyRules.auditDetails(r));
            d.put("file", "records/" + name + ".json");
            d.put("fileDigest", MultiDigester.of(algorithm).digest(bytes).get(algorithm).toString());
            AuditEvent ev = appendEvent(s.actor(), "custody." + s.kind(), s.id(), d, now);
            committed = true;
            nextRecordNo++;
            RecordRef ref = new RecordRef();
            ref.id = r.id();
            ref.kind = r.kind();
            ref.subjects = r.subjects();
            ref.file = name + ".json";
            ref.sequence = seq;
            ref.destroyed = o.destroyed();
            rw.writeLock().lock();
            try {
                records.put(ref.id, ref);
                recordList.add(ref);
                for (StoredItem it : o.items().values()) {
                    String code = it.code().toString();
                    CustodyFiles.Overlay ov = CustodyFiles.Overlay.of(it);
                    overlays.put(code, ov);
                    Entry en = index.get(code);
                    if (en != null) {
                        applyToEntry(en, ov);
                    }
                }
                if (scopesChanged) {
                    scopeHoldList = List.copyOf(o.scopeHolds());
                }
            } finally {
                rw.writeLock().unlock();
            }
            if (!ref.destroyed.isEmpty()) {
                try {
                    purge(List.of(ref));
                } catch (IOException | RuntimeException x) {
                    // committed: the deletion is finished when the writer next opens the store
                }
            }
            return r;
        } catch (IOException e) {
            throw fail("CD-5101", e, root.toString(), String.valueOf(e.getMessage()));
        } finally {
            if (!committed) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the next writer's opening rolls it back
                }
            }
        }
    }

    private CustodyRecord readRecord(RecordRef ref) {
        Path f = recordsDir.resolve(ref.file);
        try {
            return CustodyFiles.read(Files.readString(f, StandardCharsets.UTF_8), ref.sequence).record();
        } catch (IOException | RuntimeException x) {
            throw fail("CD-5110", x, StorageException.printable(ref.id), "records/" + ref.file);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws StorageException CD-5110 when the record's file cannot be read (run verify)
     */
    @Override
    public Optional<CustodyRecord> custodyRecord(String id) {
        requireNonNull(id, "id");
        checkOpen();
        RecordRef ref;
        rw.readLock().lock();
        try {
            ref = records.get(id);
        } finally {
            rw.readLock().unlock();
        }
        return ref == null ? Optional.empty() : Optional.of(readRecord(ref));
    }

    /**
     * {@inheritDoc}
     *
     * @throws StorageException CD-5110 when a matching record's file cannot be read (run verify)
     */
    @Override
    public List<CustodyRecord> custodyRecords(RecordQuery query) {
        requireNonNull(query, "query");
        checkOpen();
        List<RecordRef> hits = new ArrayList<>();
        rw.readLock().lock();
        try {
            long skip = query.offset();
            for (RecordRef r : recordList) {
                if ((query.kind() != null && !query.kind().equals(r.kind))
                        || (query.subject() != null && !r.subjects.contains(query.subject()))) {
                    continue;
                }
                if (skip > 0) {
                    skip--;
                    continue;
                }
                hits.add(r);
                if (hits.size() >= query.limit()) {
                    break;
                }
            }
        } finally {
            rw.readLock().unlock();
        }
        List<CustodyRecord> out = new ArrayList<>(hits.size());
        for (RecordRef r : hits) {
            out.add(readRecord(r));
        }
        return out;
    }

    @Override
    public List<ScopeHold> scopeHolds() {
        checkOpen();
        rw.readLock().lock();
        try {
            return scopeHoldList;
        } finally {
            rw.readLock().unlock();
        }
    }

    @Override
    public InputStream openContent(Digest digest) {
        requireNonNull(digest, "digest");
        checkOpen();
        try {
            return new VerifyingInputStream(Files.newInputStream(blobPath(digest)), digest);
        } catch (NoSuchFileException e) {
            throw StorageException.of("CD-5011", digest.toString());
        } catch (IOException e) {
            throw fail("CD-5101", e, root.toString(), String.valueOf(e.getMessage()));
        }
    }

    @Override
    public byte[] readContent(Digest digest) {
        try (InputStream in = openContent(digest)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw fail("CD-5101", e, root.toString(), String.valueOf(e.getMessage()));
        }
    }

    @Override
    public AuditEvent record(String actor, String action, String subject, Map<String, String> details) {
        requireNonNull(actor, "actor");
        requireNonNull(action, "action");
        requireNonNull(subject, "subject");
        requireNonNull(details, "details");
        checkWriter("record");
        AuditChain.checkCallerAction(action);
        writer.lock();
        try {
            return appendEvent(actor, action, subject, details);
        } catch (IOException e) {
            throw fail("CD-5101", e, root.toString(), String.valueOf(e.getMessage()));
        } finally {
            writer.unlock();
        }
    }

    @Override
    public List<AuditEvent> auditTrail(long fromSequence, int limit) {
        checkOpen();
        if (limit < 1 || limit > 10_000) {
            throw StorageException.of("CD-5060", "limit " + limit);
        }
        List<AuditEvent> out = new ArrayList<>();
        if (!Files.exists(auditFile)) {
            return out;
        }
        try (var r = Files.newBufferedReader(auditFile, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null && out.size() < limit) {
                AuditEvent e = parseEvent(line);
                if (e != null && e.sequence() >= fromSequence) {
                    out.add(e);
                }
            }
        } catch (IOException e) {
            throw fail("CD-5101", e, root.toString(), String.valueOf(e.getMessage()));
        }
        return out;
    }

    @Override
    public VerificationReport verify() {
        checkOpen();
        List<Finding> findings = new ArrayList<>();
        long items = 0;
        long blobsChecked = 0;
        // The audit chain, line by line, from the committed length.
        AuditChain.Verifier v = chain.verifier();
        Map<String, String> itemsDigests = new HashMap<>();
        AuditEvent lastSeen = null;
        try {
            if (Files.exists(auditFile)) {
                try (var r = Files.newBufferedReader(auditFile, StandardCharsets.UTF_8)) {
                    String line;
                    int no = 0;
                    while ((line = r.readLine()) != null) {
                        no++;
                        AuditEvent e = parseEvent(line);
                        if (e == null) {
                            v.unreadable("audit.log:" + no);
                            continue;
                        }
                        v.accept(e);
                        lastSeen = e;
                        if ("transfer.accept".equals(e.action()) && e.details().get("dir") != null) {
                            itemsDigests.put(e.details().get("dir"), e.details().getOrDefault("itemsDigest", ""));
                        } else if (e.action().startsWith("custody.")) {
                            verifyRecord(e, findings);
                        }
                    }
                }
            }
            List<Transfer> ts;
            Map<String, CustodyFiles.Overlay> ovs;
            java.util.Set<String> recordIds;
            rw.readLock().lock();
            try {
                ts = new ArrayList<>(transferList);
                ovs = new HashMap<>(overlays);
                recordIds = new java.util.HashSet<>(records.keySet());
            } finally {
                rw.readLock().unlock();
            }
            java.util.Set<String> checkedBlobs = new java.util.HashSet<>();
            MultiDigester md = MultiDigester.of(algorithm);
            byte[] buf = new byte[1 << 16];
            for (Transfer t : ts) {
                Path f = transfersDir.resolve(t.dir).resolve("items.jsonl");
                if (!Files.exists(f)) {
                    findings.add(StoreFindings.badItem(t.receipt.transferId(), "items.jsonl missing in transfers/" + t.dir));
                    continue;
                }
                byte[] all = Files.readAllBytes(f);
                String expect = itemsDigests.get(t.dir);
                boolean fileOk = expect == null || expect.isEmpty()
                        || md.digest(all).get(algorithm).toString().equals(expect);
                int start = 0;
                int lineNo = 0;
                for (int i = 0; i < all.length; i++) {
                    if (all[i] != '\n') {
                        continue;
                    }
                    lineNo++;
                    items++;
                    String line = new String(all, start, i - start, StandardCharsets.UTF_8);
                    start = i + 1;
                    StoredItem s;
                    try {
                        s = itemOf(line);
                    } catch (RuntimeException x) {
                        findings.add(StoreFindings.badItem("transfers/" + t.dir + "/items.jsonl:" + lineNo,
                                String.valueOf(x.getMessage())));
                        continue;
                    }
                    if (!fileOk) {
                        findings.add(StoreFindings.badItem(s.code().toString(), "items.jsonl of transfer "
                                + t.receipt.transferId() + " does not match the digest in the audit trail"));
                        fileOk = true; // one finding per file is enough to name it
                    }
                    CustodyFiles.Overlay ov = ovs.get(s.code().toString());
                    if (ov != null && ov.destroyed()) {
                        // Content destroyed on purpose: not missing; the destruction record must exist (CD-5088).
                        String rid = String.valueOf(ov.disposal().destructionId());
                        if (!recordIds.contains(rid)) {
                            findings.add(StoreFindings.destroyedWithoutRecord(s.code().toString(), rid));
                        }
                        continue;
                    }
                    for (StoredContent c : s.content()) {
                        Digest d = c.address();
                        if (!checkedBlobs.add(d.toString())) {
                            continue;
                        }
                        blobsChecked++;
                        Path b = blobPath(d);
                        if (!Files.exists(b)) {
                            findings.add(StoreFindings.missingBlob(d, s.code().toString()));
                            continue;
                        }
                        try (InputStream in = Files.newInputStream(b)) {
                            int r;
                            while ((r = in.read(buf)) >= 0) {
                                md.update(buf, 0, r);
                            }
                        }
                        Digest now = md.finish().get(algorithm);
                        if (!now.equals(d)) {
                            findings.add(StoreFindings.alteredBlob(d, now, s.code().toString()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw fail("CD-5101", e, root.toString(), String.valueOf(e.getMessage()));
        }
        findings.addAll(v.findings());
        try {
            verifyHead(lastSeen, v.count(), findings);
        } catch (IOException e) {
            findings.add(headFinding("CD-5107", "audit.head", "?", StorageException.printable(String.valueOf(e.getMessage()))));
        }
        return new VerificationReport(items, blobsChecked, v.count(), findings);
    }

    /**
     * Checks one custody event's record file: present, readable, the same id, its canonical text matching the
     * digest in the event, and the whole file matching the file digest in the event (CD-5087).
     */
    private void verifyRecord(AuditEvent e, List<Finding> findings) {
        String file = e.details().get("file");
        if (file == null || !RECORD_FILE.matcher(file).matches()) {
            findings.add(StoreFindings.badRecord(e.subject(), "missing"));
            return;
        }
        Path f = root.resolve(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (IOException x) {
            findings.add(StoreFindings.badRecord(e.subject(), "missing " + file));
            return;
        }
        CustodyRecord r;
        try {
            r = CustodyFiles.read(new String(bytes, StandardCharsets.UTF_8), e.sequence()).record();
        } catch (RuntimeException x) {
            findings.add(StoreFindings.badRecord(e.subject(), file + " unreadable: " + x.getMessage()));
            return;
        }
        String now = CustodyRules.digest(r.canonicalText(), algorithm).toString();
        if (!r.id().equals(e.subject()) || !now.equals(e.details().get("digest"))) {
            findings.add(StoreFindings.badRecord(e.subject(), file + " " + now));
        } else if (!MultiDigester.of(algorithm).digest(bytes).get(algorithm).toString()
                .equals(e.details().get("fileDigest"))) {
            findings.add(StoreFindings.badRecord(e.subject(), file + " does not match the file digest in the audit"
                    + " trail"));
        }
    }

    /** The folder of the store. */
    public Path root() {
        return root;
    }

    /** How many items the index holds. */
    public int size() {
        rw.readLock().lock();
        try {
            return index.size();
        } finally {
            rw.readLock().unlock();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        writer.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (!readOnly) {
                synchronized (handedOut) {
                    if (!handedOut.equals(reserved) && !handedOut.isEmpty()) {
                        persistSequences(handedOut);
                    }
                }
            }
            try {
                if (lock != null) {
                    lock.release();
                }
                closeQuietly(lockChannel);
            } catch (IOException e) {
                throw fail("CD-5101", e, root.toString(), String.valueOf(e.getMessage()));
            }
        } finally {
            writer.unlock();
        }
    }

    /** For tests: the on-disk file of a blob. */
    Path fileOf(Digest d) {
        return blobPath(d);
    }

    /** For tests: the file of a kept custody record. */
    Path recordFile(String id) {
        rw.readLock().lock();
        try {
            return recordsDir.resolve(records.get(id).file);
        } finally {
            rw.readLock().unlock();
        }
    }

    /** For tests: the audit log file. */
    Path auditLog() {
        return auditFile;
    }
}
