package org.cundang.storage;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cundang.digest.Digest;

/**
 * A custody record as the store keeps it for ever: the document, the actions it applied, when and by whom, and the
 * digest that the audit chain covers (so an edited record is found by {@link ArchiveStore#verify()}).
 *
 * @param id            the record's id, not null
 * @param kind          the kind, not null
 * @param actor         who kept it, not null
 * @param date          the day it took effect, not null
 * @param time          when the store kept it (the store's clock), not null
 * @param subjects      the 档号 and scopes it concerns, not null
 * @param body          the document, not null
 * @param actions       the actions it applied, not null
 * @param digest        the digest of {@link #canonicalText()} in the store's algorithm, not null
 * @param auditSequence the sequence number of the audit event that committed it
 */
public record CustodyRecord(String id, String kind, String actor, LocalDate date, Instant time, List<String> subjects,
                            String body, List<CustodyAction> actions, Digest digest, long auditSequence) {

    /** Validates the parts. */
    public CustodyRecord {
        requireNonNull(id, "id");
        requireNonNull(kind, "kind");
        requireNonNull(actor, "actor");
        requireNonNull(date, "date");
        requireNonNull(time, "time");
        subjects = List.copyOf(requireNonNull(subjects, "subjects"));
        requireNonNull(body, "body");
        actions = List.copyOf(requireNonNull(actions, "actions"));
        requireNonNull(digest, "digest");
    }

    /**
     * The text the digest is computed over: every field but the digest and the sequence, each written as
     * {@code length:value;} (the same framing as {@link AuditEvent#canonicalText()}).
     *
     * @return the text
     */
    public String canonicalText() {
        return canonicalText(id, kind, actor, date, time, subjects, body, actions);
    }

    /**
     * The canonical text of a record's fields (see {@link #canonicalText()}), for a store computing the digest before
     * the record exists.
     *
     * @param id       the id, not null
     * @param kind     the kind, not null
     * @param actor    the actor, not null
     * @param date     the day, not null
     * @param time     when kept, not null
     * @param subjects the subjects, not null
     * @param body     the document, not null
     * @param actions  the actions, not null
     * @return the text
     */
    public static String canonicalText(String id, String kind, String actor, LocalDate date, Instant time,
                                       List<String> subjects, String body, List<CustodyAction> actions) {
        StringBuilder b = new StringBuilder(body.length() + 256);
        field(b, id);
        field(b, kind);
        field(b, actor);
        field(b, date.toString());
        field(b, time.toString());
        field(b, Integer.toString(subjects.size()));
        subjects.forEach(s -> field(b, s));
        field(b, body);
        field(b, Integer.toString(actions.size()));
        actions.forEach(a -> field(b, a.toText()));
        return b.toString();
    }

    /**
     * Whether this record is what a submission asks to keep (same id, kind, actor, day, subjects, body and actions),
     * so that keeping it again is a no-op. Never true for a submission that {@linkplain CustodySubmission#mustBeNew()
     * must be new}.
     *
     * @param s the submission, not null
     * @return true when the same
     */
    public boolean sameAs(CustodySubmission s) {
        return !s.mustBeNew() && id.equals(s.id()) && kind.equals(s.kind()) && actor.equals(s.actor()) && date.equals(s.date())
                && subjects.equals(s.subjects()) && body.equals(s.body()) && actions.equals(s.actions());
    }

    private static void field(StringBuilder b, String v) {
        b.append(v.length()).append(':').append(v).append(';');
    }
}
