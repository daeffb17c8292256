package org.cundang.custody.overview;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cundang.retention.RetentionPeriod;
import org.jspecify.annotations.Nullable;

/**
 * What a township overview is asked for: the township, the year, the day statuses are judged on, the villages, the
 * rooms, and the options. Immutable; build with {@link #builder(String, LocalDate)}.
 *
 * <p>Defaults (docs/overview.md): the year is the as-of day's year; the collection checklist is run for the year
 * before (records of a year are filed and transferred during the next one); transfers are dated in
 * {@code Asia/Shanghai}; items of period Y or D30 must be digitised, as well as entries marked so (the transfer check
 * DIGITIZATION_REQUIRED's default: the 临海 2023 scope, V, and the Rui'an policy 四（三）, S); fixity is not verified
 * unless asked (it reads every blob).
 */
public final class OverviewRequest {

    /** The default zone transfers are dated in. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final String township;
    private final LocalDate asOf;
    private final int year;
    private final int checklistYear;
    private final ZoneId zone;
    private final VillageList villages;
    private final List<RoomStatus> rooms;
    private final boolean verifyFixity;
    private final Set<RetentionPeriod> digitisationPeriods;

    private OverviewRequest(Builder b) {
        this.township = b.township;
        this.asOf = b.asOf;
        this.year = b.year == null ? asOf.getYear() : b.year;
        this.checklistYear = b.checklistYear == null ? year - 1 : b.checklistYear;
        CollectionChecklist.checkYear(year);
        CollectionChecklist.checkYear(checklistYear);
        this.zone = b.zone;
        this.villages = b.villages;
        this.rooms = List.copyOf(b.rooms);
        this.verifyFixity = b.verifyFixity;
        this.digitisationPeriods = Set.copyOf(b.digitisationPeriods);
    }

    /**
     * Starts a request.
     *
     * @param township the township's name, not null (may be empty)
     * @param asOf     the day statuses are judged on, not null
     * @return the builder
     * @throws OverviewException CD-8115 for a bad name
     */
    public static Builder builder(String township, LocalDate asOf) {
        return new Builder(Texts.checked("乡镇 (township)", requireNonNull(township, "township"), Village.MAX_NAME,
                true), requireNonNull(asOf, "asOf"));
    }

    /** The township's name. */
    public String township() {
        return township;
    }

    /** The day retention statuses are judged on. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The report's year. */
    public int year() {
        return year;
    }

    /** The 年度 the collection checklist is run for. */
    public int checklistYear() {
        return checklistYear;
    }

    /** The zone transfers are dated in. */
    public ZoneId zone() {
        return zone;
    }

    /** The villages. */
    public VillageList villages() {
        return villages;
    }

    /** The township's rooms. */
    public List<RoomStatus> rooms() {
        return rooms;
    }

    /** Whether to run the store's fixity audit. */
    public boolean verifyFixity() {
        return verifyFixity;
    }

    /** The periods whose items must be digitised. */
    public Set<RetentionPeriod> digitisationPeriods() {
        return digitisationPeriods;
    }

    /** Builds an {@link OverviewRequest}. Not thread-safe. */
    public static final class Builder {
        private final String township;
        private final LocalDate asOf;
        private @Nullable Integer year;
        private @Nullable Integer checklistYear;
        private ZoneId zone = DEFAULT_ZONE;
        private VillageList villages = VillageList.empty();
        private final List<RoomStatus> rooms = new ArrayList<>();
        private boolean verifyFixity;
        private Set<RetentionPeriod> digitisationPeriods = Set.of(RetentionPeriod.PERMANENT, RetentionPeriod.D30);

        private Builder(String township, LocalDate asOf) {
            this.township = township;
            this.asOf = asOf;
        }

        /**
         * The report's year (default: the as-of day's year).
         *
         * @param value the year, {@value CollectionChecklist#MIN_YEAR}..{@value CollectionChecklist#MAX_YEAR}
         * @return this builder
         */
        public Builder year(int value) {
            this.year = value;
            return this;
        }

        /**
         * The 年度 of the collection checklist (default: the year before the report's year).
         *
         * @param value the year
         * @return this builder
         */
        public Builder checklistYear(int value) {
            this.checklistYear = value;
            return this;
        }

        /**
         * The zone transfers are dated in.
         *
         * @param value the zone, not null
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            this.zone = requireNonNull(value, "value");
            return this;
        }

        /**
         * The villages (their names, and the ones with nothing stored).
         *
         * @param value the list, not null
         * @return this builder
         */
        public Builder villages(VillageList value) {
            this.villages = requireNonNull(value, "value");
            return this;
        }

        /**
         * Adds a storage room.
         *
         * @param value the room, not null
         * @return this builder
         */
        public Builder room(RoomStatus value) {
            this.rooms.add(requireNonNull(value, "value"));
            return this;
        }

        /**
         * Whether to run the store's fixity audit and count its findings per village.
         *
         * @param value true to verify
         * @return this builder
         */
        public Builder verifyFixity(boolean value) {
            this.verifyFixity = value;
            return this;
        }

        /**
         * The periods whose items must be digitised (besides entries marked so).
         *
         * @param value the periods, not null
         * @return this builder
         */
        public Builder digitisationPeriods(Set<RetentionPeriod> value) {
            this.digitisationPeriods = Set.copyOf(requireNonNull(value, "value"));
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws OverviewException CD-8108 for a year out of range
         */
        public OverviewRequest build() {
            return new OverviewRequest(this);
        }
    }
}
