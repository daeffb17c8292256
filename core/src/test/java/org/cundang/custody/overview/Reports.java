package org.cundang.custody.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Reports built by hand for the export and scoring tests. */
final class Reports {

    private Reports() {
    }

    static VillageRow row(String fonds, String name, boolean custody, long items, long digitised, long required,
                          long requiredDone, long due, List<String> gaps) {
        return new VillageRow(new Village(fonds, name, "仙降街道"), true,
                new Figures(1, custody ? 1 : 0, items, items * 3, digitised, required, requiredDone, 1, 4, gaps.size(),
                        due, 0),
                Instant.parse("2026-02-01T00:00:00Z"), gaps);
    }

    static TownshipReport township(String name, List<VillageRow> rows, List<RoomStatus> rooms) {
        return new TownshipReport(name, 2026, 2025, LocalDate.of(2026, 3, 1), rows, rooms, false, 0);
    }
}
