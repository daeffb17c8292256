package org.cundang.storage;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cundang.code.CodeTemplates;
import org.cundang.digest.DigestAlgorithm;

/**
 * How to open a store: the clock for audit times, the 档号 templates stored codes are read with, read-only or
 * writer, the digest algorithm content is addressed by, the provider to use (overriding the choice by URI), and
 * adapter-specific properties. Immutable, per instance (STYLE.md 12).
 */
public final class StoreOptions {

    private final Clock clock;
    private final CodeTemplates templates;
    private final boolean readOnly;
    private final DigestAlgorithm digest;
    private final @org.jspecify.annotations.Nullable String provider;
    private final Map<String, String> properties;

    private StoreOptions(Builder b) {
        this.clock = b.clock;
        this.templates = b.templates;
        this.readOnly = b.readOnly;
        this.digest = b.digest;
        this.provider = b.provider;
        this.properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.properties));
    }

    /** The defaults: system UTC clock, the default templates, writer, SHA-256, provider chosen by URI. */
    public static StoreOptions defaults() {
        return builder().build();
    }

    /** Starts from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The clock audit events are stamped with. */
    public Clock clock() {
        return clock;
    }

    /** The templates stored 档号 are read with. */
    public CodeTemplates templates() {
        return templates;
    }

    /** Whether the store is opened for reading only (a second process beside the writer). */
    public boolean readOnly() {
        return readOnly;
    }

    /**
     * The algorithm content and the audit chain are addressed by (DOMAIN.md decision 8; SM3 per DA/T 97-2023 or
     * SHA-256, the default because the JDK computes it several times faster). Used when a store is created.
     */
    public DigestAlgorithm digest() {
        return digest;
    }

    /** The provider id asked for explicitly, if any. */
    public Optional<String> provider() {
        return Optional.ofNullable(provider);
    }

    /** Adapter-specific properties. */
    public Map<String, String> properties() {
        return properties;
    }

    /** Builds {@link StoreOptions}. Not thread-safe. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private CodeTemplates templates = CodeTemplates.defaults();
        private boolean readOnly;
        private DigestAlgorithm digest = DigestAlgorithm.SHA256;
        private @org.jspecify.annotations.Nullable String provider;
        private final Map<String, String> properties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The clock.
         *
         * @param value the clock, not null
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = requireNonNull(value, "value");
            return this;
        }

        /**
         * The templates.
         *
         * @param value the templates, not null
         * @return this builder
         */
        public Builder templates(CodeTemplates value) {
            this.templates = requireNonNull(value, "value");
            return this;
        }

        /**
         * Read-only.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder readOnly(boolean value) {
            this.readOnly = value;
            return this;
        }

        /**
         * The digest algorithm.
         *
         * @param value the algorithm, not null
         * @return this builder
         */
        public Builder digest(DigestAlgorithm value) {
            this.digest = requireNonNull(value, "value");
            return this;
        }

        /**
         * The provider to use, by id (overrides the choice by URI).
         *
         * @param id the provider id, not null
         * @return this builder
         */
        public Builder provider(String id) {
            this.provider = requireNonNull(id, "id");
            return this;
        }

        /**
         * An adapter property.
         *
         * @param key   the key, not null
         * @param value the value, not null
         * @return this builder
         */
        public Builder property(String key, String value) {
            properties.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public StoreOptions build() {
            return new StoreOptions(this);
        }
    }
}
