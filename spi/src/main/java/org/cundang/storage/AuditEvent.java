package org.cundang.storage;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.cundang.digest.Digest;

/**
 * One event of a store's append-only audit trail. Each event carries the digest of the previous one and its own
 * digest over {@link #canonicalText()}, so that an edited, removed or reordered event breaks the chain
 * ({@link org.cundang.storage.spi.AuditChain}). The first event's previous digest is all zeros.
 *
 * @param sequence from 1, consecutive
 * @param time     when it happened (the store's injected clock, millisecond precision), not null
 * @param actor    who did it, not null
 * @param action   what was done (for example {@code transfer.accept}), not null
 * @param subject  what it was done to (a transfer id, a 档号), not null
 * @param details  further facts, sorted by key, not null
 * @param previous the previous event's digest, not null
 * @param digest   this event's digest over {@link #canonicalText()}, not null
 */
public record AuditEvent(long sequence, Instant time, String actor, String action, String subject,
                         Map<String, String> details, Digest previous, Digest digest) {

    /** Validates and copies the fields. */
    public AuditEvent {
        requireNonNull(time, "time");
        requireNonNull(actor, "actor");
        requireNonNull(action, "action");
        requireNonNull(subject, "subject");
        details = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(details, "details")));
        requireNonNull(previous, "previous");
        requireNonNull(digest, "digest");
    }

    /**
     * The text the digest covers: every field but the digest, each as its length in characters, a colon and the
     * value, so that no two events share a text. Details in key order.
     *
     * @return the canonical text
     */
    public String canonicalText() {
        return canonicalText(sequence, time, actor, action, subject, details, previous);
    }

    /**
     * The canonical text of an event that is being created.
     *
     * @param sequence the sequence number
     * @param time     the time, not null
     * @param actor    the actor, not null
     * @param action   the action, not null
     * @param subject  the subject, not null
     * @param details  the details, not null
     * @param previous the previous digest, not null
     * @return the text its digest covers
     */
    public static String canonicalText(long sequence, Instant time, String actor, String action, String subject,
                                       Map<String, String> details, Digest previous) {
        StringBuilder b = new StringBuilder(128);
        field(b, Long.toString(sequence));
        field(b, time.toString());
        field(b, actor);
        field(b, action);
        field(b, subject);
        field(b, Integer.toString(details.size()));
        for (Map.Entry<String, String> e : new TreeMap<>(details).entrySet()) {
            field(b, e.getKey());
            field(b, e.getValue());
        }
        field(b, previous.toString());
        return b.toString();
    }

    private static void field(StringBuilder b, String v) {
        b.append(v.length()).append(':').append(v).append(';');
    }
}
