package org.cundang.storage;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cundang.custody.DestructionList;
import org.jspecify.annotations.Nullable;

/**
 * A custody record to keep (鉴定意见书, 销毁清册 and certificate, hold, 查阅利用登记, 交接清单 …) together with the
 * changes it makes to items. {@link ArchiveStore#keep} applies it whole or not at all; keeping the same submission
 * twice is a no-op, keeping another one under the same id is refused.
 *
 * <p>The body is the document itself (JSON written by the workflow that made it, for example
 * {@code org.cundang.workflow}); the store keeps it byte for byte and covers it with the audit chain, but does not
 * interpret it. The actions are what the store does interpret, and checks.
 */
public final class CustodySubmission {

    /** The longest body, in characters. */
    public static final int MAX_BODY = 8 * 1024 * 1024;
    /** The most subjects or actions in one submission. */
    public static final int MAX_ENTRIES = 200_000;

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,79}");
    static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private final String id;
    private final String kind;
    private final String actor;
    private final LocalDate date;
    private final List<String> subjects;
    private final String body;
    private final List<CustodyAction> actions;
    private final @Nullable DestructionList signOff;
    private final boolean mustBeNew;

    private CustodySubmission(Builder b) {
        this.id = check(b.id, "id", ID);
        this.kind = check(b.kind, "kind", KIND);
        this.actor = requireNonNull(b.actor, "actor");
        Limits.check("actor", actor, 200, false);
        if (actor.isBlank()) {
            throw StorageException.of("CD-5024", "actor", "", "200");
        }
        this.date = requireNonNull(b.date, "date");
        this.subjects = List.copyOf(b.subjects);
        this.body = requireNonNull(b.body, "body");
        this.actions = List.copyOf(b.actions);
        this.signOff = b.signOff;
        this.mustBeNew = b.mustBeNew;
        if (subjects.size() > MAX_ENTRIES || actions.size() > MAX_ENTRIES) {
            throw StorageException.of("CD-5080", "entries", String.valueOf(Math.max(subjects.size(),
                    actions.size())));
        }
        for (String s : subjects) {
            Limits.check("subject", s, 200, false);
        }
        Limits.check("body", body, MAX_BODY, true);
        if (body.indexOf(0) >= 0) {
            throw StorageException.of("CD-5024", "body", StorageException.printable(body), String.valueOf(MAX_BODY));
        }
        boolean destroys = actions.stream().anyMatch(a -> a instanceof CustodyAction.Destroy);
        if (destroys && signOff == null) {
            throw StorageException.of("CD-5083");
        }
    }

    private static String check(@Nullable String value, String what, Pattern p) {
        requireNonNull(value, what);
        if (!p.matcher(value).matches()) {
            throw StorageException.of("CD-5080", what, StorageException.printable(value));
        }
        return value;
    }

    /**
     * Starts a submission.
     *
     * @param id   the record's id, unique in the store: 1–80 of {@code A-Z a-z 0-9 . _ : -}, starting with a letter or
     *             digit; not null
     * @param kind what kind of record: 1–32 of {@code a-z 0-9 -}, starting with a letter (for example
     *             {@code appraisal}, {@code destruction}, {@code hold}, {@code access}, {@code handover}); not null
     * @return a builder
     */
    public static Builder builder(String id, String kind) {
        return new Builder(id, kind);
    }

    /** @return the record's id */
    public String id() {
        return id;
    }

    /** @return the record's kind */
    public String kind() {
        return kind;
    }

    /** @return who keeps it */
    public String actor() {
        return actor;
    }

    /** @return the day the record takes effect (appraisal, destruction, loan …); checks use this day */
    public LocalDate date() {
        return date;
    }

    /** @return the 档号 and scopes it concerns, for {@link RecordQuery#subject} */
    public List<String> subjects() {
        return subjects;
    }

    /** @return the document (JSON) */
    public String body() {
        return body;
    }

    /** @return the changes to apply, in order */
    public List<CustodyAction> actions() {
        return actions;
    }

    /** @return the signed 销毁清册, required when an action destroys */
    public Optional<DestructionList> signOff() {
        return Optional.ofNullable(signOff);
    }

    /**
     * @return whether the record must not exist yet: keeping it when its id is kept already, even unchanged, is
     *         refused (CD-5082) instead of being a no-op
     */
    public boolean mustBeNew() {
        return mustBeNew;
    }

    /** Builds a {@link CustodySubmission}. */
    public static final class Builder {
        private final String id;
        private final String kind;
        private @Nullable String actor;
        private @Nullable LocalDate date;
        private final List<String> subjects = new ArrayList<>();
        private String body = "{}";
        private final List<CustodyAction> actions = new ArrayList<>();
        private @Nullable DestructionList signOff;
        private boolean mustBeNew;

        private Builder(String id, String kind) {
            this.id = requireNonNull(id, "id");
            this.kind = requireNonNull(kind, "kind");
        }

        /**
         * @param value who keeps the record, not null
         * @return this
         */
        public Builder actor(String value) {
            this.actor = requireNonNull(value, "actor");
            return this;
        }

        /**
         * @param value the day the record takes effect, not null
         * @return this
         */
        public Builder date(LocalDate value) {
            this.date = requireNonNull(value, "date");
            return this;
        }

        /**
         * @param value a 档号 or scope the record concerns, not null
         * @return this
         */
        public Builder subject(String value) {
            subjects.add(requireNonNull(value, "subject"));
            return this;
        }

        /**
         * @param value the document (JSON), not null
         * @return this
         */
        public Builder body(String value) {
            this.body = requireNonNull(value, "body");
            return this;
        }

        /**
         * Adds an action; its subject is added to the subjects when not there yet.
         *
         * @param value the action, not null
         * @return this
         */
        public Builder action(CustodyAction value) {
            actions.add(requireNonNull(value, "action"));
            if (!subjects.contains(value.subject())) {
                subjects.add(value.subject());
            }
            return this;
        }

        /**
         * @param value the signed 销毁清册 (the store re-checks it against its own records), not null
         * @return this
         */
        public Builder signOff(DestructionList value) {
            this.signOff = requireNonNull(value, "signOff");
            return this;
        }

        /**
         * Asks the store to refuse this record (CD-5082) when its id is kept already, even with the same content, so
         * that a register numbering its entries (查阅登记, 交接) never takes two identical acts for one retried act.
         *
         * @return this
         */
        public Builder mustBeNew() {
            this.mustBeNew = true;
            return this;
        }

        /**
         * @return the submission
         * @throws StorageException CD-5080 (bad id or kind), CD-5024 (a value that cannot be stored), CD-5083 (a
         *                          destruction without a 销毁清册)
         */
        public CustodySubmission build() {
            return new CustodySubmission(this);
        }
    }
}
