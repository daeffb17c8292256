package org.cundang.storage;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated transfer (移交) ready to be accepted: its id, batch (移交批次), 全宗号, the actor accepting it, free
 * metadata (the bag-info fields, DOMAIN.md decision 6) and its items. Immutable.
 *
 * <p>Limits: id and batch 1 to 200 characters without control characters; fonds 1 to 200; metadata at most 1,000
 * keys of at most 200 characters and values of at most 10,000; at most 1,000,000 items; each 档号 once.
 */
public final class TransferSubmission {

    /** The most items one transfer may hold. */
    public static final int MAX_ITEMS = 1_000_000;

    private final String id;
    private final String batch;
    private final String fonds;
    private final String actor;
    private final Map<String, String> metadata;
    private final List<ItemSubmission> items;

    private TransferSubmission(Builder b) {
        this.id = nonBlank("transfer.id", b.id);
        this.batch = b.batch == null ? b.id : nonBlank("transfer.batch", b.batch);
        this.fonds = nonBlank("transfer.fonds", b.fonds);
        this.actor = nonBlank("transfer.actor", b.actor);
        if (b.metadata.size() > 1000) {
            throw StorageException.of("CD-5024", "metadata", String.valueOf(b.metadata.size()), "1000");
        }
        for (Map.Entry<String, String> e : b.metadata.entrySet()) {
            Limits.check("metadata key", e.getKey(), 200, false);
            Limits.check("metadata " + StorageException.printable(e.getKey()), e.getValue(), 10_000, true);
        }
        this.metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
        if (b.items.size() > MAX_ITEMS) {
            throw StorageException.of("CD-5024", "items", String.valueOf(b.items.size()), String.valueOf(MAX_ITEMS));
        }
        Set<String> seen = new HashSet<>();
        for (ItemSubmission i : b.items) {
            if (!seen.add(i.code().toString())) {
                throw StorageException.of("CD-5021", i.code().toString(), StorageException.printable(id));
            }
        }
        this.items = List.copyOf(b.items);
    }

    private static String nonBlank(String field, @org.jspecify.annotations.Nullable String value) {
        if (value == null || value.isBlank()) {
            throw StorageException.of("CD-5020", field);
        }
        Limits.check(field, value, 200, false);
        return value;
    }

    /**
     * Starts a transfer.
     *
     * @param id    the transfer id, unique in the store, not null
     * @param fonds the 全宗号, not null
     * @return a builder (batch = id, actor unset)
     */
    public static Builder builder(String id, String fonds) {
        return new Builder(requireNonNull(id, "id"), requireNonNull(fonds, "fonds"));
    }

    /** The transfer id. */
    public String id() {
        return id;
    }

    /** The batch (移交批次). */
    public String batch() {
        return batch;
    }

    /** The 全宗号. */
    public String fonds() {
        return fonds;
    }

    /** Who accepts the transfer (written to the audit trail). */
    public String actor() {
        return actor;
    }

    /** Free metadata, in insertion order. */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** The items, in order. */
    public List<ItemSubmission> items() {
        return items;
    }

    /**
     * A fingerprint of what the transfer brings: the digest of its 全宗号 and its 档号 in order. A store keeps it to tell
     * a repeated acceptance (same fingerprint: a no-op) from a reused id (another fingerprint: CD-5023).
     *
     * @return {@code sha256:<hex>}
     */
    public String fingerprint() {
        org.cundang.digest.MultiDigester d = org.cundang.digest.MultiDigester.of(org.cundang.digest.DigestAlgorithm.SHA256);
        StringBuilder b = new StringBuilder(fonds.length() + 32 * items.size());
        b.append(fonds.length()).append(':').append(fonds);
        for (ItemSubmission i : items) {
            String c = i.code().toString();
            b.append(c.length()).append(':').append(c);
        }
        return d.digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .get(org.cundang.digest.DigestAlgorithm.SHA256).toString();
    }

    /** Builds a {@link TransferSubmission}. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String fonds;
        private @org.jspecify.annotations.Nullable String batch;
        private @org.jspecify.annotations.Nullable String actor;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private final List<ItemSubmission> items = new ArrayList<>();

        private Builder(String id, String fonds) {
            this.id = id;
            this.fonds = fonds;
        }

        /**
         * The batch.
         *
         * @param value the batch, not null
         * @return this builder
         */
        public Builder batch(String value) {
            this.batch = requireNonNull(value, "value");
            return this;
        }

        /**
         * Who accepts the transfer.
         *
         * @param value the actor, not null
         * @return this builder
         */
        public Builder actor(String value) {
            this.actor = requireNonNull(value, "value");
            return this;
        }

        /**
         * A metadata field.
         *
         * @param key   the key, not null
         * @param value the value, not null
         * @return this builder
         */
        public Builder metadata(String key, String value) {
            metadata.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
            return this;
        }

        /**
         * Adds an item.
         *
         * @param item the item, not null
         * @return this builder
         */
        public Builder item(ItemSubmission item) {
            items.add(requireNonNull(item, "item"));
            return this;
        }

        /**
         * Builds the transfer.
         *
         * @return the transfer
         * @throws StorageException CD-5020 for a blank id, fonds or actor; CD-5021 for a 档号 given twice; CD-5024
         *                          for a value over its limit
         */
        public TransferSubmission build() {
            return new TransferSubmission(this);
        }
    }
}
