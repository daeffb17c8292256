package org.cundang.samples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cundang.schedule.ResolvedEntry;
import org.cundang.schedule.RetentionSchedule;
import org.cundang.schedule.ScheduleLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cundang schedule list|find}. */
@Command(name = "schedule", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages",
        subcommands = {ScheduleCommand.ListEntries.class, ScheduleCommand.Find.class})
final class ScheduleCommand {

    static Map<String, Object> layerJson(RetentionSchedule s) {
        ScheduleLayer top = s.layers().get(s.layers().size() - 1);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", top.title());
        m.put("version", top.version());
        m.put("level", top.level().name());
        m.put("issuer", top.issuer());
        m.put("source", top.source());
        m.put("provisional", s.provisional());
        m.put("example", s.example());
        List<String> layers = new ArrayList<>();
        for (ScheduleLayer l : s.layers()) {
            layers.add(l.id());
        }
        m.put("layers", layers);
        return m;
    }

    static void printEntry(Cli cli, ResolvedEntry r, String scheduleId) {
        StringBuilder flags = new StringBuilder();
        if (r.entry().townshipCustody()) {
            flags.append(' ').append(cli.text("schedule.flag.township"));
        }
        if (r.entry().digitisationRequired()) {
            flags.append(' ').append(cli.text("schedule.flag.digitise"));
        }
        cli.out().println(scheduleId + "/" + r.id() + "\t" + r.title() + "\t" + cli.periodText(r.period())
                + flags + "\t[" + r.entry().confidence() + "]");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class ListEntries implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--table", paramLabel = "ID|FILE", descriptionKey = "schedule.table")
        String table;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            List<RetentionSchedule> schedules = ScheduleSupport.schedules(table);
            if (cli.json()) {
                List<Map<String, Object>> tables = new ArrayList<>();
                for (RetentionSchedule s : schedules) {
                    Map<String, Object> t = layerJson(s);
                    List<Map<String, Object>> entries = new ArrayList<>();
                    for (ResolvedEntry r : s.entries()) {
                        entries.add(ScheduleSupport.toJson(r, s.id()));
                    }
                    t.put("entries", entries);
                    tables.add(t);
                }
                cli.printJson(Map.of("tables", tables));
            } else {
                for (RetentionSchedule s : schedules) {
                    ScheduleLayer top = s.layers().get(s.layers().size() - 1);
                    cli.out().println("# " + s.id() + " — " + top.title() + " (" + top.version() + ")"
                            + (s.provisional() ? " " + cli.text("schedule.flag.provisional") : "")
                            + (s.example() ? " " + cli.text("schedule.flag.example") : ""));
                    for (ResolvedEntry r : s.entries()) {
                        printEntry(cli, r, s.id());
                    }
                    cli.out().println();
                }
            }
            return CundangCommand.OK;
        }
    }

    @Command(name = "find", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Find implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<keyword>", descriptionKey = "schedule.keyword")
        String keyword;

        @Option(names = "--table", paramLabel = "ID|FILE", descriptionKey = "schedule.table")
        String table;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            List<Map<String, Object>> hits = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (RetentionSchedule s : ScheduleSupport.schedules(table)) {
                for (ResolvedEntry r : s.find(keyword)) {
                    String key = r.definedIn() + "/" + r.id() + "@" + r.periodSetBy();
                    if (seen.contains(key)) {
                        continue;
                    }
                    seen.add(key);
                    if (cli.json()) {
                        hits.add(ScheduleSupport.toJson(r, s.id()));
                    } else {
                        printEntry(cli, r, s.id());
                    }
                }
            }
            if (cli.json()) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("keyword", keyword);
                doc.put("entries", hits);
                cli.printJson(doc);
            } else if (seen.isEmpty()) {
                cli.out().println(cli.text("schedule.none", keyword));
            }
            return CundangCommand.OK;
        }
    }
}
