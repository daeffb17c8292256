package org.cundang.storage.spi;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cundang.Finding;
import org.cundang.MessageCatalog;
import org.cundang.Severity;
import org.cundang.digest.Digest;
import org.cundang.digest.DigestAlgorithm;
import org.cundang.digest.MultiDigester;
import org.cundang.storage.AuditEvent;
import org.cundang.storage.StorageException;
import org.jspecify.annotations.Nullable;

/**
 * The audit chain every store keeps the same way: how the next event is made and how a trail is verified. The
 * digest of an event is the digest (SHA-256 or SM3, DOMAIN.md decision 8) of the UTF-8 bytes of
 * {@link AuditEvent#canonicalText()}; each event carries its predecessor's digest; the first carries all zeros.
 *
 * <p>Immutable and thread-safe. Use a {@link Verifier} to check a trail event by event.
 */
public final class AuditChain {

    static final MessageCatalog MESSAGES = MessageCatalog.load(AuditChain.class, "storage");

    private final DigestAlgorithm algorithm;

    private AuditChain(DigestAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    /**
     * A chain digested with an algorithm.
     *
     * @param algorithm the algorithm, not null
     * @return the chain
     */
    public static AuditChain of(DigestAlgorithm algorithm) {
        return new AuditChain(requireNonNull(algorithm, "algorithm"));
    }

    /** The algorithm. */
    public DigestAlgorithm algorithm() {
        return algorithm;
    }

    /** The previous digest of the first event: all zeros. */
    public Digest genesis() {
        return Digest.of(algorithm, new byte[algorithm.lengthBytes()]);
    }

    /**
     * The event after {@code previous}.
     *
     * @param previous the last event, or null for the first
     * @param time     when, not null (truncated to milliseconds)
     * @param actor    who, not null, not blank, at most 200 characters, no control characters
     * @param action   what, not null, not blank, at most 200 characters, no control characters
     * @param subject  on what, not null, at most 1,000 characters, no control characters
     * @param details  further facts, not null; keys at most 200 characters, values at most 10,000
     * @return the event
     * @throws StorageException CD-5054 for a bad field
     */
    public AuditEvent next(@Nullable AuditEvent previous, Instant time, String actor, String action, String subject,
                           Map<String, String> details) {
        requireNonNull(time, "time");
        requireNonNull(actor, "actor");
        requireNonNull(action, "action");
        requireNonNull(subject, "subject");
        requireNonNull(details, "details");
        check("actor", actor, 200, true);
        check("action", action, 200, true);
        check("subject", subject, 1000, false);
        for (Map.Entry<String, String> e : details.entrySet()) {
            check("details key", requireNonNull(e.getKey(), "details key"), 200, true);
            String v = requireNonNull(e.getValue(), "details value");
            if (v.length() > 10_000 || hasBadSurrogate(v)) {
                throw StorageException.of("CD-5054", "details " + StorageException.printable(e.getKey()));
            }
        }
        long seq = previous == null ? 1 : previous.sequence() + 1;
        Digest prev = previous == null ? genesis() : previous.digest();
        Instant t = time.truncatedTo(ChronoUnit.MILLIS);
        Digest d = digest(AuditEvent.canonicalText(seq, t, actor, action, subject, details, prev));
        return new AuditEvent(seq, t, actor, action, subject, details, prev, d);
    }

    /**
     * Refuses, for {@link org.cundang.storage.ArchiveStore#record}, the actions a store writes itself and replays
     * ({@code transfer.accept}, {@code item.hold}, {@code custody.*}): an event recorded under one of those names by a
     * caller would be taken for a commit when the store is opened again.
     *
     * @param action the caller's action, not null
     * @throws StorageException CD-5055 for a store's own action
     */
    public static void checkCallerAction(String action) {
        requireNonNull(action, "action");
        String a = action.strip();
        if (a.equals("transfer.accept") || a.equals("item.hold") || a.startsWith("custody.")) {
            throw StorageException.of("CD-5055", StorageException.printable(action));
        }
    }

    private static void check(String field, String v, int max, boolean nonBlank) {
        boolean bad = v.length() > max || (nonBlank && v.isBlank()) || hasBadSurrogate(v);
        for (int i = 0; !bad && i < v.length(); i++) {
            bad = Character.isISOControl(v.charAt(i));
        }
        if (bad) {
            throw StorageException.of("CD-5054", field + " " + StorageException.printable(v));
        }
    }

    private static boolean hasBadSurrogate(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= v.length() || !Character.isLowSurrogate(v.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The digest of a canonical text.
     *
     * @param canonical the text, not null
     * @return its digest with this chain's algorithm
     */
    public Digest digest(String canonical) {
        return MultiDigester.of(algorithm).digest(canonical.getBytes(StandardCharsets.UTF_8)).get(algorithm);
    }

    /** Starts a verification. */
    public Verifier verifier() {
        return new Verifier();
    }

    /**
     * Checks a trail event by event, in stored order, and collects every problem: an event whose digest does not
     * match its content (edited, CD-5050), an event whose previous digest is not its predecessor's (a removed,
     * inserted or reordered event, CD-5051), a sequence number out of order (CD-5052), an unreadable record (CD-5053).
     * Not thread-safe.
     */
    public final class Verifier {
        private final List<Finding> findings = new ArrayList<>();
        private @Nullable Digest last;
        private long lastSequence;
        private long count;

        private Verifier() {
        }

        /**
         * Checks the next event.
         *
         * @param e the event, not null
         */
        public void accept(AuditEvent e) {
            requireNonNull(e, "e");
            count++;
            String subject = "audit#" + e.sequence();
            Digest recomputed = e.digest().algorithm() == algorithm ? digest(e.canonicalText())
                    : AuditChain.of(e.digest().algorithm()).digest(e.canonicalText());
            if (!recomputed.equals(e.digest())) {
                findings.add(Finding.of("CD-5050", Severity.ERROR, subject,
                        MESSAGES.text("CD-5050", String.valueOf(e.sequence()))));
            }
            Digest expectedPrev = last == null ? Digest.of(e.previous().algorithm(),
                    new byte[e.previous().algorithm().lengthBytes()]) : last;
            if (!e.previous().equals(expectedPrev)) {
                findings.add(Finding.of("CD-5051", Severity.ERROR, subject,
                        MESSAGES.text("CD-5051", String.valueOf(e.sequence()))));
            }
            if (e.sequence() != lastSequence + 1) {
                findings.add(Finding.of("CD-5052", Severity.ERROR, subject,
                        MESSAGES.text("CD-5052", String.valueOf(e.sequence()), String.valueOf(lastSequence + 1))));
            }
            last = e.digest();
            lastSequence = e.sequence();
        }

        /**
         * Records an unreadable record.
         *
         * @param where where it is (a line number, a row id), not null
         */
        public void unreadable(String where) {
            count++;
            findings.add(Finding.of("CD-5053", Severity.ERROR, requireNonNull(where, "where"),
                    MESSAGES.text("CD-5053", StorageException.printable(where))));
            last = null;
        }

        /** How many records were checked. */
        public long count() {
            return count;
        }

        /** Every problem found so far. */
        public List<Finding> findings() {
            return List.copyOf(findings);
        }
    }
}
