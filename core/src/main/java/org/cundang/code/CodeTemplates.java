package org.cundang.code;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Templates by name, per instance (the CLI's {@code --template NAME}). Immutable and thread-safe;
 * {@link #with(CodeTemplate)} returns a changed copy.
 */
public final class CodeTemplates {

    private final Map<String, CodeTemplate> byName;

    private CodeTemplates(Map<String, CodeTemplate> byName) {
        this.byName = byName;
    }

    /** The built-in templates {@code da-t-22} and {@code legacy-volume}, with the default categories. */
    public static CodeTemplates defaults() {
        return of(CodeTemplate.daT22(), CodeTemplate.legacyVolume());
    }

    /**
     * The built-in templates, the DA/T 22-2015 one checking categories against {@code categories}.
     *
     * @param categories the 门类代码 the unit uses, not null
     * @return the templates
     */
    public static CodeTemplates defaults(CategoryRegistry categories) {
        return of(CodeTemplate.daT22(categories), CodeTemplate.legacyVolume());
    }

    /**
     * The given templates; a later one replaces an earlier one of the same name.
     *
     * @param templates the templates, not null
     * @return the registry
     */
    public static CodeTemplates of(CodeTemplate... templates) {
        Map<String, CodeTemplate> m = new LinkedHashMap<>();
        for (CodeTemplate t : requireNonNull(templates, "templates")) {
            m.put(requireNonNull(t, "templates[]").name(), t);
        }
        return new CodeTemplates(Collections.unmodifiableMap(m));
    }

    /**
     * A copy with the template added, or replacing the one of the same name.
     *
     * @param template the template, not null
     * @return the new registry
     */
    public CodeTemplates with(CodeTemplate template) {
        requireNonNull(template, "template");
        Map<String, CodeTemplate> m = new LinkedHashMap<>(byName);
        m.put(template.name(), template);
        return new CodeTemplates(Collections.unmodifiableMap(m));
    }

    /**
     * The template of this name.
     *
     * @param name e.g. {@code da-t-22}, not null
     * @return the template, or empty
     */
    public Optional<CodeTemplate> lookup(String name) {
        return Optional.ofNullable(byName.get(requireNonNull(name, "name")));
    }

    /**
     * The template of this name.
     *
     * @param name e.g. {@code legacy-volume}, not null
     * @return the template
     * @throws CodeException (CD-1032) if there is none
     */
    public CodeTemplate require(String name) {
        CodeTemplate t = byName.get(requireNonNull(name, "name"));
        if (t == null) {
            throw CodeException.of("CD-1032", CodeException.shown(name), String.join(", ", byName.keySet()));
        }
        return t;
    }

    /** The names, in the order the templates were added. */
    public Set<String> names() {
        return byName.keySet();
    }

    @Override
    public String toString() {
        return "CodeTemplates" + byName.keySet();
    }
}
