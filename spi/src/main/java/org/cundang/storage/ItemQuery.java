package org.cundang.storage;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.cundang.code.SequenceScope;
import org.cundang.retention.RetentionStatus;
import org.jspecify.annotations.Nullable;

/**
 * A query for items: every criterion given must hold. Results come in 档号 text order, from {@link #offset()}, at
 * most {@link #limit()} of them (1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}). Immutable; build with
 * {@link #builder()}.
 */
public final class ItemQuery {

    /** The default page size. */
    public static final int DEFAULT_LIMIT = 100;
    /** The largest page size. */
    public static final int MAX_LIMIT = 10_000;

    private final @Nullable String code;
    private final @Nullable String scopeKey;
    private final @Nullable String fonds;
    private final @Nullable Integer year;
    private final @Nullable RetentionStatus status;
    private final LocalDate asOf;
    private final @Nullable LocalDate expiringBefore;
    private final @Nullable Boolean townshipCustody;
    private final @Nullable String transferId;
    private final long offset;
    private final int limit;

    private ItemQuery(Builder b) {
        this.code = b.code;
        this.scopeKey = b.scopeKey;
        this.fonds = b.fonds;
        this.year = b.year;
        this.status = b.status;
        this.asOf = b.asOf == null ? LocalDate.MIN : b.asOf;
        this.expiringBefore = b.expiringBefore;
        this.townshipCustody = b.townshipCustody;
        this.transferId = b.transferId;
        this.offset = b.offset;
        this.limit = b.limit;
        if (status != null && b.asOf == null) {
            throw StorageException.of("CD-5060", "status needs asOf");
        }
    }

    /** A query matching every item (first page). */
    public static ItemQuery all() {
        return builder().build();
    }

    /** Starts a query. */
    public static Builder builder() {
        return new Builder();
    }

    /** The first result to return, from 0. */
    public long offset() {
        return offset;
    }

    /** The most results to return. */
    public int limit() {
        return limit;
    }

    /** The next page of this query. */
    public ItemQuery next() {
        Builder b = toBuilder();
        b.offset = offset + limit;
        return b.build();
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.scopeKey = scopeKey;
        b.fonds = fonds;
        b.year = year;
        b.status = status;
        b.asOf = asOf.equals(LocalDate.MIN) ? null : asOf;
        b.expiringBefore = expiringBefore;
        b.townshipCustody = townshipCustody;
        b.transferId = transferId;
        b.offset = offset;
        b.limit = limit;
        return b;
    }

    /** The exact 档号 asked for, if any (stores may answer it from an index). */
    public java.util.Optional<String> code() {
        return java.util.Optional.ofNullable(code);
    }

    /** The scope key asked for, if any. */
    public java.util.Optional<String> scopeKey() {
        return java.util.Optional.ofNullable(scopeKey);
    }

    /** The 全宗号 asked for, if any. */
    public java.util.Optional<String> fonds() {
        return java.util.Optional.ofNullable(fonds);
    }

    /** The 年度 asked for, if any. */
    public java.util.OptionalInt year() {
        return year == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(year);
    }

    /** The retention status asked for, if any (evaluated on {@link #asOf()}). */
    public java.util.Optional<RetentionStatus> status() {
        return java.util.Optional.ofNullable(status);
    }

    /** The as-of date of the status criterion ({@link LocalDate#MIN} when there is none). */
    public LocalDate asOf() {
        return asOf;
    }

    /** The township-custody flag asked for, if any. */
    public java.util.Optional<Boolean> townshipCustody() {
        return java.util.Optional.ofNullable(townshipCustody);
    }

    /** The transfer asked for, if any. */
    public java.util.Optional<String> transferId() {
        return java.util.Optional.ofNullable(transferId);
    }

    /** The expiry bound asked for, if any. */
    public java.util.Optional<LocalDate> expiringBefore() {
        return java.util.Optional.ofNullable(expiringBefore);
    }

    /**
     * Whether an item meets every criterion (stores use it to filter; paging is theirs).
     *
     * @param item the item, not null
     * @return true if it matches
     */
    public boolean matches(StoredItem item) {
        requireNonNull(item, "item");
        if (code != null && !code.equals(item.code().toString())) {
            return false;
        }
        if (scopeKey != null && !scopeKey.equals(item.code().scope().key())) {
            return false;
        }
        if (fonds != null && !fonds.equals(item.code().fonds())) {
            return false;
        }
        if (year != null && (item.code().year().isEmpty() || item.code().year().getAsInt() != year)) {
            return false;
        }
        if (expiringBefore != null && (item.expiry() == null || !item.expiry().isBefore(expiringBefore))) {
            return false;
        }
        if (townshipCustody != null && townshipCustody != item.townshipCustody()) {
            return false;
        }
        if (transferId != null && !transferId.equals(item.transferId())) {
            return false;
        }
        return status == null || item.status(asOf) == status;
    }

    @Override
    public String toString() {
        return "ItemQuery[code=" + code + ", scope=" + scopeKey + ", fonds=" + fonds + ", year=" + year + ", status="
                + status + ", asOf=" + asOf + ", expiringBefore=" + expiringBefore + ", townshipCustody="
                + townshipCustody + ", transfer=" + transferId + ", offset=" + offset + ", limit=" + limit + "]";
    }

    /** Builds an {@link ItemQuery}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String code;
        private @Nullable String scopeKey;
        private @Nullable String fonds;
        private @Nullable Integer year;
        private @Nullable RetentionStatus status;
        private @Nullable LocalDate asOf;
        private @Nullable LocalDate expiringBefore;
        private @Nullable Boolean townshipCustody;
        private @Nullable String transferId;
        private long offset;
        private int limit = DEFAULT_LIMIT;

        private Builder() {
        }

        /**
         * Only the item with this 档号 (canonical text).
         *
         * @param value the 档号, not null
         * @return this builder
         */
        public Builder code(String value) {
            this.code = requireNonNull(value, "value");
            return this;
        }

        /**
         * Only items of a 件号 scope.
         *
         * @param value the scope, not null
         * @return this builder
         */
        public Builder scope(SequenceScope value) {
            this.scopeKey = requireNonNull(value, "value").key();
            return this;
        }

        /**
         * Only items of a 全宗.
         *
         * @param value the 全宗号, not null
         * @return this builder
         */
        public Builder fonds(String value) {
            this.fonds = requireNonNull(value, "value");
            return this;
        }

        /**
         * Only items of a 年度 (from the 档号).
         *
         * @param value the year
         * @return this builder
         */
        public Builder year(int value) {
            this.year = value;
            return this;
        }

        /**
         * Only items with this retention status on a date.
         *
         * @param value the status, not null
         * @param date  the as-of date, not null
         * @return this builder
         */
        public Builder status(RetentionStatus value, LocalDate date) {
            this.status = requireNonNull(value, "value");
            this.asOf = requireNonNull(date, "date");
            return this;
        }

        /**
         * Only items whose period ends before a date (expiry strictly earlier); items without expiry never match.
         *
         * @param date the date, not null
         * @return this builder
         */
        public Builder expiringBefore(LocalDate date) {
            this.expiringBefore = requireNonNull(date, "date");
            return this;
        }

        /**
         * Only items with this township-custody flag.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder townshipCustody(boolean value) {
            this.townshipCustody = value;
            return this;
        }

        /**
         * Only items of a transfer.
         *
         * @param value the transfer id, not null
         * @return this builder
         */
        public Builder transfer(String value) {
            this.transferId = requireNonNull(value, "value");
            return this;
        }

        /**
         * The first result to return.
         *
         * @param value 0 or more
         * @return this builder
         * @throws StorageException CD-5060 if negative
         */
        public Builder offset(long value) {
            if (value < 0) {
                throw StorageException.of("CD-5060", "offset " + value);
            }
            this.offset = value;
            return this;
        }

        /**
         * The page size.
         *
         * @param value 1 to {@value ItemQuery#MAX_LIMIT}
         * @return this builder
         * @throws StorageException CD-5060 if out of range
         */
        public Builder limit(int value) {
            if (value < 1 || value > MAX_LIMIT) {
                throw StorageException.of("CD-5060", "limit " + value);
            }
            this.limit = value;
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query
         */
        public ItemQuery build() {
            return new ItemQuery(this);
        }
    }
}
