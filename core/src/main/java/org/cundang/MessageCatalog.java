package org.cundang;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * A message catalogue in Chinese and English, read once from
 * {@code META-INF/cundang/messages/<name>.properties} (English) and {@code <name>_zh.properties} (Chinese), UTF-8.
 *
 * <p>The files sit outside any package so that a named module can read another module's catalogue without
 * opening packages. Keys are the {@code CD-nnnn} codes (or other stable keys); values use
 * {@link MessageFormat} patterns (quote a single quote by doubling it; pass numbers as strings to avoid digit
 * grouping). Instances are immutable and thread-safe; hold one in a {@code static final} field.
 *
 * <p>Adapters and extensions use it for their own catalogues, so their messages too exist in both languages.
 */
public final class MessageCatalog {

    private final String name;
    private final Properties en;
    private final Properties zh;

    private MessageCatalog(String name, Properties en, Properties zh) {
        this.name = name;
        this.en = en;
        this.zh = zh;
    }

    /**
     * Loads a catalogue.
     *
     * @param anchor a class of the module that holds the files, not null
     * @param name   the catalogue name, e.g. {@code code}, not null
     * @return the catalogue
     * @throws IllegalStateException if either file is missing (a packaging bug)
     */
    public static MessageCatalog load(Class<?> anchor, String name) {
        requireNonNull(anchor, "anchor");
        requireNonNull(name, "name");
        return new MessageCatalog(name, read(anchor, name + ".properties"), read(anchor, name + "_zh.properties"));
    }

    private static Properties read(Class<?> anchor, String file) {
        String path = "/META-INF/cundang/messages/" + file;
        try (InputStream in = anchor.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("message catalogue missing: " + path);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message catalogue " + path, e);
        }
    }

    /**
     * Formats a message in both languages.
     *
     * @param key  the key, not null
     * @param args the {@link MessageFormat} arguments
     * @return the text in both languages
     * @throws IllegalStateException if the key is missing in either language (a packaging bug)
     */
    public LocalizedText text(String key, Object... args) {
        return new LocalizedText(format(zh, key, Locale.SIMPLIFIED_CHINESE, args), format(en, key, Locale.ENGLISH, args));
    }

    /** Whether both languages define the key. */
    public boolean has(String key) {
        return en.containsKey(key) && zh.containsKey(key);
    }

    private String format(Properties p, String key, Locale locale, Object[] args) {
        String pattern = p.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("message " + key + " missing from catalogue " + name);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
