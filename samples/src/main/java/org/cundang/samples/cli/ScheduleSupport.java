package org.cundang.samples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cundang.schedule.BundledSchedules;
import org.cundang.schedule.ResolvedEntry;
import org.cundang.schedule.RetentionSchedule;
import org.cundang.schedule.ScheduleEntry;
import org.cundang.schedule.ScheduleLayer;
import org.cundang.schedule.Schedules;

/** Finding schedules and entries for the CLI: bundled tables by id, or a JSON file. */
final class ScheduleSupport {

    private ScheduleSupport() {
    }

    /** The schedules to search: one (by bundled id or file), or every bundled table. */
    static List<RetentionSchedule> schedules(String tableOrFile) {
        BundledSchedules bundled = Schedules.bundled();
        if (tableOrFile == null) {
            List<RetentionSchedule> all = new ArrayList<>();
            for (String id : bundled.ids()) {
                all.add(bundled.schedule(id));
            }
            return all;
        }
        if (bundled.layer(tableOrFile).isPresent()) {
            return List.of(bundled.schedule(tableOrFile));
        }
        ScheduleLayer layer = Schedules.readFile(tableOrFile);
        if (layer.isOverlay()) {
            String base = layer.base().orElseThrow();
            List<ScheduleLayer> chain = new ArrayList<>(bundled.schedule(base).layers());
            chain.add(layer);
            return List.of(RetentionSchedule.of(chain));
        }
        return List.of(RetentionSchedule.of(layer));
    }

    /**
     * Finds an entry by id ({@code A1-02}) or qualified id ({@code accounting-2015-annex1/A1-02}); when several
     * tables define the id, the most specific (last, overlays after bases) wins only if qualified, else it is
     * reported as ambiguous.
     */
    static ResolvedEntry entry(String id, String tableOrFile) {
        String table = tableOrFile;
        String entryId = id.strip();
        int slash = entryId.indexOf('/');
        if (slash > 0 && table == null) {
            table = entryId.substring(0, slash);
            entryId = entryId.substring(slash + 1);
        }
        List<ResolvedEntry> found = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (RetentionSchedule s : schedules(table)) {
            Optional<ResolvedEntry> e = s.entry(entryId);
            if (e.isPresent() && found.stream().noneMatch(f -> f.entry().equals(e.get().entry())
                    && f.period().equals(e.get().period()))) {
                found.add(e.get());
                where.add(s.id());
            }
        }
        if (found.isEmpty()) {
            throw CliException.of("CD-9010", entryId);
        }
        if (found.size() > 1) {
            throw CliException.of("CD-9011", entryId, String.join(", ", where));
        }
        return found.get(0);
    }

    static Map<String, Object> toJson(ResolvedEntry r, String scheduleId) {
        ScheduleEntry e = r.entry();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schedule", scheduleId);
        m.put("id", e.id());
        m.put("title", e.title());
        m.put("category", e.category());
        m.put("period", r.period().code());
        m.put("periodLabel", r.period().label());
        m.put("trigger", r.rule().trigger().code());
        m.put("mandate", e.mandate());
        m.put("confidence", e.confidence().name());
        m.put("townshipCustody", e.townshipCustody());
        m.put("digitisationRequired", e.digitisationRequired());
        m.put("filedEveryYear", e.filedEveryYear());
        m.put("controlled", e.controlled());
        m.put("definedIn", r.definedIn());
        m.put("periodSetBy", r.periodSetBy());
        e.note().ifPresent(n -> m.put("note", n));
        return m;
    }
}
