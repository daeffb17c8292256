package org.cundang.code;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 门类代码 a unit uses, with their names: configuration per instance, never a global map. Immutable and
 * thread-safe; {@link #with(String, String)} and {@link #builder()} make changed copies.
 *
 * <p>{@link #defaults()} holds the codes seen in practice (DOMAIN.md §3.2, all tagged S because the DA/T 13-2022
 * annex itself was not read): WS 文书; KJ 科技 with KJ·KY 科研, KJ·JJ 基建, KJ·SB 设备; KU 会计 with KU·01 to KU·04
 * (凭证, 账簿, 报告, 其他; the order differs between units); RS 人事; ZY 专业; ZP 照片; LY 录音; LX 录像; SW 实物
 * with SW·JB 奖杯 and SW·JP 奖牌; SJ 业务数据; YJ 公务电子邮件; WY 网页信息; MT 社交媒体. Units that differ (some
 * write KJ for 会计) build their own: {@code CategoryRegistry.defaults().with("KJ", "会计")}.
 *
 * <p>A sub-level code needs its parent in the same registry.
 */
public final class CategoryRegistry {

    private static final CategoryRegistry DEFAULTS = builder()
            .add("WS", "文书", "administrative records", "S")
            .add("KJ", "科技", "science and technology", "S")
            .add("KJ·KY", "科研", "research", "S")
            .add("KJ·JJ", "基建", "construction", "S")
            .add("KJ·SB", "设备", "equipment", "S")
            .add("KU", "会计", "accounting", "S")
            .add("KU·01", "会计凭证", "accounting vouchers", "S")
            .add("KU·02", "会计账簿", "account books", "S")
            .add("KU·03", "财务会计报告", "financial reports", "S")
            .add("KU·04", "其他会计资料", "other accounting records", "S")
            .add("RS", "人事", "personnel", "S")
            .add("ZY", "专业", "specialised records", "S")
            .add("ZP", "照片", "photographs", "S")
            .add("LY", "录音", "sound recordings", "S")
            .add("LX", "录像", "video recordings", "S")
            .add("SW", "实物", "objects", "S")
            .add("SW·JB", "奖杯", "trophies", "S")
            .add("SW·JP", "奖牌", "medals", "S")
            .add("SJ", "业务数据", "business data", "S")
            .add("YJ", "公务电子邮件", "official e-mail", "S")
            .add("WY", "网页信息", "web pages", "S")
            .add("MT", "社交媒体", "social media", "S")
            .build();

    private final Map<String, Category> byCode;

    private CategoryRegistry(Map<String, Category> byCode) {
        this.byCode = byCode;
    }

    /** The default registry described above. */
    public static CategoryRegistry defaults() {
        return DEFAULTS;
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder(new LinkedHashMap<>());
    }

    /** A builder that starts from this registry's entries. */
    public Builder toBuilder() {
        return new Builder(new LinkedHashMap<>(byCode));
    }

    /**
     * A copy with {@code code} added or renamed (confidence {@code L}, local).
     *
     * @param code the code, e.g. {@code KJ} or {@code KJ·JJ}, not null
     * @param name the Chinese name, not null
     * @return the new registry
     * @throws CodeException (CD-1004) for a malformed code, (CD-1033) for a blank name or a missing parent
     */
    public CategoryRegistry with(String code, String name) {
        return toBuilder().add(code, name, "", "L").build();
    }

    /**
     * A copy with the entry added or replaced.
     *
     * @param category the entry, not null
     * @return the new registry
     * @throws CodeException (CD-1033) if the parent of a sub-level code is missing
     */
    public CategoryRegistry with(Category category) {
        return toBuilder().add(category).build();
    }

    /**
     * The entry for a code.
     *
     * @param code the code, not null
     * @return the entry, or empty if this registry does not know the code
     */
    public Optional<Category> lookup(CategoryCode code) {
        return Optional.ofNullable(byCode.get(requireNonNull(code, "code").toString()));
    }

    /**
     * The entry for a code given as text (strict form, e.g. {@code KJ·JJ}).
     *
     * @param code the code, not null
     * @return the entry, or empty if the text is malformed or unknown
     */
    public Optional<Category> lookup(CharSequence code) {
        return Optional.ofNullable(byCode.get(requireNonNull(code, "code").toString()));
    }

    /** Whether this registry knows the code. */
    public boolean contains(CategoryCode code) {
        return byCode.containsKey(requireNonNull(code, "code").toString());
    }

    /** The Chinese name of a code, empty if unknown. */
    public Optional<String> name(CategoryCode code) {
        return lookup(code).map(Category::name);
    }

    /** Every entry, in the order they were added. */
    public List<Category> categories() {
        return List.copyOf(byCode.values());
    }

    /** Every code, in the order they were added. */
    public Set<CategoryCode> codes() {
        Set<CategoryCode> out = new java.util.LinkedHashSet<>();
        byCode.values().forEach(c -> out.add(c.code()));
        return Collections.unmodifiableSet(out);
    }

    /** The entry for the text {@code s[from, to)}, or null; used by the scanner. */
    @org.jspecify.annotations.Nullable Category find(CharSequence s, int from, int to) {
        return byCode.get(s.subSequence(from, to).toString());
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
        return o instanceof CategoryRegistry && ((CategoryRegistry) o).categories().equals(categories());
    }

    @Override
    public int hashCode() {
        return categories().hashCode();
    }

    @Override
    public String toString() {
        return "CategoryRegistry" + byCode.keySet();
    }

    /** Builds a registry. Not thread-safe; each {@link #build()} returns an independent immutable registry. */
    public static final class Builder {
        private final LinkedHashMap<String, Category> entries;

        private Builder(LinkedHashMap<String, Category> entries) {
            this.entries = entries;
        }

        /**
         * Adds or replaces an entry.
         *
         * @param code       the code, not null
         * @param name       the Chinese name, not null
         * @param nameEn     the English name, not null (may be empty)
         * @param confidence {@code V}, {@code S}, {@code R} or {@code L} (local), not null
         * @return this builder
         * @throws CodeException (CD-1004) for a malformed code, (CD-1033) for a bad name or tag
         */
        public Builder add(String code, String name, String nameEn, String confidence) {
            return add(new Category(CategoryCode.parse(requireNonNull(code, "code")), name, nameEn, confidence));
        }

        /**
         * Adds or replaces an entry.
         *
         * @param category the entry, not null
         * @return this builder
         */
        public Builder add(Category category) {
            requireNonNull(category, "category");
            entries.put(category.code().toString(), category);
            return this;
        }

        /**
         * Removes a code and every code below it.
         *
         * @param code the code, not null
         * @return this builder
         */
        public Builder remove(CategoryCode code) {
            requireNonNull(code, "code");
            entries.values().removeIf(c -> c.code().isWithin(code));
            return this;
        }

        /**
         * Builds the registry.
         *
         * @return the registry
         * @throws CodeException (CD-1033) if a sub-level code's parent is missing
         */
        public CategoryRegistry build() {
            List<Category> list = new ArrayList<>(entries.values());
            for (Category c : list) {
                Optional<CategoryCode> parent = c.code().parent();
                if (parent.isPresent() && !entries.containsKey(parent.get().toString())) {
                    throw CodeException.keyed("CD-1033", "CD-1033.parent", c.code().toString(),
                            parent.get().toString());
                }
            }
            return new CategoryRegistry(Collections.unmodifiableMap(new LinkedHashMap<>(entries)));
        }
    }
}
