package org.cundang.schedule;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cundang.retention.RetentionPeriod;
import org.jspecify.annotations.Nullable;

/**
 * An overlay's change to an entry of a lower layer: a longer (never shorter) period, flags such as township
 * custody (涉民), an additional legal basis, another confidence tag or a note. Fields left unset keep the lower
 * layer's value. Immutable; build with {@link #of(String)} and the {@code with…} methods.
 */
public final class ScheduleAmendment {

    private final String entryId;
    private final @Nullable RetentionPeriod period;
    private final @Nullable Boolean townshipCustody;
    private final @Nullable Boolean digitisationRequired;
    private final @Nullable Boolean filedEveryYear;
    private final @Nullable Boolean controlled;
    private final @Nullable String mandate;
    private final @Nullable Confidence confidence;
    private final @Nullable String note;

    private ScheduleAmendment(String entryId, @Nullable RetentionPeriod period, @Nullable Boolean townshipCustody,
                              @Nullable Boolean digitisationRequired, @Nullable Boolean filedEveryYear,
                              @Nullable Boolean controlled, @Nullable String mandate, @Nullable Confidence confidence,
                              @Nullable String note) {
        this.entryId = entryId;
        this.period = period;
        this.townshipCustody = townshipCustody;
        this.digitisationRequired = digitisationRequired;
        this.filedEveryYear = filedEveryYear;
        this.controlled = controlled;
        this.mandate = mandate;
        this.confidence = confidence;
        this.note = note;
    }

    /**
     * An amendment of an entry that changes nothing yet.
     *
     * @param entryId the id of the entry to amend, not null
     * @return the amendment
     * @throws ScheduleException (CD-2018) if the id is invalid
     */
    public static ScheduleAmendment of(String entryId) {
        requireNonNull(entryId, "entryId");
        String id = entryId.strip();
        if (!ScheduleEntry.validId(id)) {
            throw ScheduleException.invalid("entry", entryId);
        }
        return new ScheduleAmendment(id, null, null, null, null, null, null, null, null);
    }

    /**
     * Sets a new period; resolution refuses it if it is shorter than the lower layer's (CD-2012).
     *
     * @param newPeriod the period, not null
     * @return the changed copy
     */
    public ScheduleAmendment withPeriod(RetentionPeriod newPeriod) {
        return new ScheduleAmendment(entryId, requireNonNull(newPeriod, "newPeriod"), townshipCustody,
                digitisationRequired, filedEveryYear, controlled, mandate, confidence, note);
    }

    /**
     * Sets the township-custody (涉民) flag.
     *
     * @param value the flag
     * @return the changed copy
     */
    public ScheduleAmendment withTownshipCustody(boolean value) {
        return new ScheduleAmendment(entryId, period, value, digitisationRequired, filedEveryYear, controlled,
                mandate, confidence, note);
    }

    /**
     * Sets the digitisation-required flag.
     *
     * @param value the flag
     * @return the changed copy
     */
    public ScheduleAmendment withDigitisationRequired(boolean value) {
        return new ScheduleAmendment(entryId, period, townshipCustody, value, filedEveryYear, controlled, mandate,
                confidence, note);
    }

    /**
     * Sets the filed-every-year flag.
     *
     * @param value the flag
     * @return the changed copy
     */
    public ScheduleAmendment withFiledEveryYear(boolean value) {
        return new ScheduleAmendment(entryId, period, townshipCustody, digitisationRequired, value, controlled,
                mandate, confidence, note);
    }

    /**
     * Sets the controlled-access flag.
     *
     * @param value the flag
     * @return the changed copy
     */
    public ScheduleAmendment withControlled(boolean value) {
        return new ScheduleAmendment(entryId, period, townshipCustody, digitisationRequired, filedEveryYear, value,
                mandate, confidence, note);
    }

    /**
     * Adds a legal basis, appended to the lower layer's mandate.
     *
     * @param value at most 500 characters, no control characters, not null
     * @return the changed copy
     * @throws ScheduleException (CD-2018) if invalid
     */
    public ScheduleAmendment withMandate(String value) {
        String m = ScheduleEntry.text("mandate", requireNonNull(value, "value"), 500, false);
        return new ScheduleAmendment(entryId, period, townshipCustody, digitisationRequired, filedEveryYear,
                controlled, m, confidence, note);
    }

    /**
     * Sets the confidence tag of the amended entry.
     *
     * @param value the tag, not null
     * @return the changed copy
     */
    public ScheduleAmendment withConfidence(Confidence value) {
        return new ScheduleAmendment(entryId, period, townshipCustody, digitisationRequired, filedEveryYear,
                controlled, mandate, requireNonNull(value, "value"), note);
    }

    /**
     * Replaces the note.
     *
     * @param value at most 1000 characters, no control characters, not null
     * @return the changed copy
     * @throws ScheduleException (CD-2018) if invalid
     */
    public ScheduleAmendment withNote(String value) {
        String n = ScheduleEntry.text("note", requireNonNull(value, "value"), 1000, true);
        return new ScheduleAmendment(entryId, period, townshipCustody, digitisationRequired, filedEveryYear,
                controlled, mandate, confidence, n);
    }

    /** The id of the amended entry. */
    public String entryId() {
        return entryId;
    }

    /** The new period, if the amendment sets one. */
    public Optional<RetentionPeriod> period() {
        return Optional.ofNullable(period);
    }

    /** The new township-custody flag, if set. */
    public Optional<Boolean> townshipCustody() {
        return Optional.ofNullable(townshipCustody);
    }

    /** The new digitisation-required flag, if set. */
    public Optional<Boolean> digitisationRequired() {
        return Optional.ofNullable(digitisationRequired);
    }

    /** The new filed-every-year flag, if set. */
    public Optional<Boolean> filedEveryYear() {
        return Optional.ofNullable(filedEveryYear);
    }

    /** The new controlled flag, if set. */
    public Optional<Boolean> controlled() {
        return Optional.ofNullable(controlled);
    }

    /** The legal basis appended to the entry's mandate, if any. */
    public Optional<String> mandate() {
        return Optional.ofNullable(mandate);
    }

    /** The new confidence tag, if set. */
    public Optional<Confidence> confidence() {
        return Optional.ofNullable(confidence);
    }

    /** The new note, if set. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** Applies everything except the period (checked by the resolver) to an entry. */
    ScheduleEntry applyTo(ScheduleEntry e) {
        ScheduleEntry.Builder b = e.toBuilder();
        if (period != null) {
            b.period(period);
        }
        if (townshipCustody != null) {
            b.townshipCustody(townshipCustody);
        }
        if (digitisationRequired != null) {
            b.digitisationRequired(digitisationRequired);
        }
        if (filedEveryYear != null) {
            b.filedEveryYear(filedEveryYear);
        }
        if (controlled != null) {
            b.controlled(controlled);
        }
        if (mandate != null) {
            String m = e.mandate().isEmpty() ? mandate : e.mandate() + "；" + mandate;
            b.mandate(m.length() > 500 ? m.substring(0, 500) : m);
        }
        if (confidence != null) {
            b.confidence(confidence);
        }
        if (note != null) {
            b.note(note);
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "ScheduleAmendment[" + entryId + (period == null ? "" : ", period=" + period)
                + (townshipCustody == null ? "" : ", townshipCustody=" + townshipCustody) + "]";
    }
}
