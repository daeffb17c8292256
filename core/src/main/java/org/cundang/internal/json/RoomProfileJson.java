package org.cundang.internal.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Binds room-profile data files ({@code org/cundang/environment/room-profiles.json} and county overlays) to plain
 * records. Every field but {@code id} may be missing in an overlay; the environment package validates and converts.
 */
public final class RoomProfileJson {

    private static final ObjectReader READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build()
            .readerFor(File.class);

    private RoomProfileJson() {
    }

    /**
     * Reads a profile file.
     *
     * @param in the JSON, UTF-8, not null; not closed
     * @return the bound file
     * @throws UncheckedIOException if the stream cannot be read or is not a profile file
     */
    public static File read(InputStream in) {
        try {
            File f = READER.readValue(in);
            if (f == null || f.profiles() == null) {
                throw new IOException("no \"profiles\" array");
            }
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /**
     * A profile file.
     *
     * @param description what the file is, or null
     * @param profiles    the entries
     */
    public record File(@Nullable String description, @Nullable List<Entry> profiles) {
    }

    /**
     * One profile (or overlay entry).
     *
     * @param id               the id
     * @param name             the room type
     * @param temperature      the temperature band
     * @param humidity         the humidity band
     * @param swing            the ± swing
     * @param ultravioletLimit µW/lm
     * @param illuminanceLimit lux
     * @param source           the source
     * @param confidence       V, S or R
     */
    public record Entry(@Nullable String id, @Nullable Text name, @Nullable Range temperature,
                        @Nullable Range humidity, @Nullable Swing swing, @Nullable Double ultravioletLimit,
                        @Nullable Double illuminanceLimit, @Nullable String source, @Nullable String confidence) {
    }

    /**
     * A bilingual text.
     *
     * @param zh Chinese
     * @param en English
     */
    public record Text(@Nullable String zh, @Nullable String en) {
    }

    /**
     * A band.
     *
     * @param min lower bound
     * @param max upper bound
     */
    public record Range(@Nullable Double min, @Nullable Double max) {
    }

    /**
     * A ± swing.
     *
     * @param temperature °C
     * @param humidity    % RH
     */
    public record Swing(@Nullable Double temperature, @Nullable Double humidity) {
    }
}
