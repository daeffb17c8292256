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
 * Binds protection-checklist data files ({@code org/cundang/environment/protection-checklists.json}) to plain
 * records; the environment package validates and converts them.
 */
public final class ChecklistJson {

    private static final ObjectReader READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build()
            .readerFor(File.class);

    private ChecklistJson() {
    }

    /**
     * Reads a checklist file.
     *
     * @param in the JSON, UTF-8, not null; not closed
     * @return the bound file
     * @throws UncheckedIOException if the stream cannot be read or is not a checklist file
     */
    public static File read(InputStream in) {
        try {
            File f = READER.readValue(in);
            if (f == null || f.checklists() == null) {
                throw new IOException("no \"checklists\" array");
            }
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /**
     * A checklist file.
     *
     * @param description what the file is
     * @param defaultIntervalDays the interval of items that give none
     * @param checklists  the lists
     */
    public record File(@Nullable String description, @Nullable Integer defaultIntervalDays,
                       @Nullable List<Checklist> checklists) {
    }

    /**
     * One checklist.
     *
     * @param id         the id
     * @param name       the name
     * @param source     the source
     * @param confidence V, S or R
     * @param items      the items
     */
    public record Checklist(@Nullable String id, RoomProfileJson.@Nullable Text name, @Nullable String source,
                            @Nullable String confidence, @Nullable List<Item> items) {
    }

    /**
     * One item.
     *
     * @param id           the id
     * @param name         the name
     * @param intervalDays the interval, days
     */
    public record Item(@Nullable String id, RoomProfileJson.@Nullable Text name, @Nullable Integer intervalDays) {
    }
}
