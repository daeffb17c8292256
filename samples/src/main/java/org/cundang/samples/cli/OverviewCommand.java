package org.cundang.samples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cundang.custody.overview.CityReport;
import org.cundang.custody.overview.CollectionChecklist;
import org.cundang.custody.overview.ExpectedEntry;
import org.cundang.custody.overview.Figures;
import org.cundang.custody.overview.InspectionExports;
import org.cundang.custody.overview.InspectionResult;
import org.cundang.custody.overview.InspectionSheet;
import org.cundang.custody.overview.ItemScore;
import org.cundang.custody.overview.ManualScores;
import org.cundang.custody.overview.OverviewExports;
import org.cundang.custody.overview.OverviewRequest;
import org.cundang.custody.overview.RoomStatus;
import org.cundang.custody.overview.TownshipReport;
import org.cundang.custody.overview.Village;
import org.cundang.custody.overview.VillageList;
import org.cundang.custody.overview.VillageRow;
import org.cundang.custody.overview.VillageScore;
import org.cundang.environment.EnvironmentAssessor;
import org.cundang.environment.RoomProfile;
import org.cundang.environment.RoomProfiles;
import org.cundang.schedule.RetentionSchedule;
import org.cundang.storage.ArchiveStore;
import org.cundang.workflow.TownshipOverview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cundang overview checklist|township|city|inspect}: the township's yearly work (issue 8). Only reads the
 * store (opened read-only, so it runs beside a writer).
 */
@Command(name = "overview", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages",
        subcommands = {OverviewCommand.Checklist.class, OverviewCommand.Township.class, OverviewCommand.City.class,
                OverviewCommand.Inspect.class})
final class OverviewCommand {

    /** The largest overview JSON file read. */
    static final long MAX_JSON = 64L << 20;

    private OverviewCommand() {
    }

    static String text(Cli cli, String key, Object... args) {
        return OverviewCliException.MESSAGES.text(key, args).in(cli.locale());
    }

    /** Options every overview command shares: the schedules, the village list, the dates. */
    abstract static class Common extends StoreCommand.StoreOption {
        @Spec
        CommandSpec spec;

        @Option(names = "--schedule", paramLabel = "ID|FILE", descriptionKey = "overview.schedule")
        List<String> schedules = new ArrayList<>();

        @Option(names = "--villages", paramLabel = "villages.csv", descriptionKey = "overview.villages")
        Path villages;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "overview.asOf")
        String asOf;

        @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Asia/Shanghai", descriptionKey = "overview.zone")
        String zone;

        List<RetentionSchedule> schedules() {
            List<RetentionSchedule> out = new ArrayList<>();
            for (String s : schedules.isEmpty() ? List.of("village-2017") : schedules) {
                out.addAll(ScheduleSupport.schedules(s));
            }
            return out;
        }

        VillageList villageList() {
            if (villages == null) {
                return VillageList.empty();
            }
            try (InputStream in = open(villages)) {
                return VillageList.read(in, villages.toString());
            } catch (IOException e) {
                throw CliException.cannotRead(villages, e.getMessage());
            }
        }

        ZoneId zoneId() {
            try {
                return ZoneId.of(zone.strip());
            } catch (java.time.DateTimeException e) {
                throw CliException.of("CD-9014", zone);
            }
        }

        LocalDate asOfDate() {
            return asOf == null ? LocalDate.now(zoneId()) : Cli.date("--as-of", asOf);
        }

        static int year(Integer y) {
            if (y < CollectionChecklist.MIN_YEAR || y > CollectionChecklist.MAX_YEAR) {
                throw OverviewCliException.of("CD-9074", String.valueOf(y));
            }
            return y;
        }
    }

    /** Options of the commands that gather a township from a store. */
    abstract static class TownshipOptions extends Common {
        @Option(names = "--township", paramLabel = "NAME", descriptionKey = "overview.township")
        String township;

        @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "overview.year")
        Integer year;

        @Option(names = "--checklist-year", paramLabel = "YYYY", descriptionKey = "overview.checklistYear")
        Integer checklistYear;

        @Option(names = "--room", paramLabel = "NAME[:PROFILE]=FILE", descriptionKey = "overview.room")
        List<String> rooms = new ArrayList<>();

        @Option(names = "--verify", descriptionKey = "overview.verify")
        boolean verify;

        TownshipReport gather(String storeUri, String name, VillageList all, List<RoomStatus> roomStatus) {
            VillageList list = all;
            boolean named = all.townships().stream().anyMatch(t -> !t.isEmpty());
            String t = name;
            if (t == null) {
                t = all.townships().size() == 1 ? all.townships().iterator().next() : "";
            } else if (named) {
                list = VillageList.of(all.inTownship(t));
            }
            OverviewRequest.Builder b = OverviewRequest.builder(t, asOfDate()).villages(list).zone(zoneId())
                    .verifyFixity(verify);
            if (year != null) {
                b.year(year(year));
            }
            if (checklistYear != null) {
                b.checklistYear(year(checklistYear));
            }
            roomStatus.forEach(b::room);
            List<RetentionSchedule> s = schedules();
            try (ArchiveStore st = StoreCommand.open(storeUri, true)) {
                return TownshipOverview.of(st, s).gather(b.build());
            }
        }

        List<RoomStatus> roomStatus() {
            List<RoomStatus> out = new ArrayList<>();
            for (String spec : rooms) {
                int eq = spec.indexOf('=');
                if (eq <= 0 || eq == spec.length() - 1) {
                    throw OverviewCliException.of("CD-9070", spec);
                }
                String left = spec.substring(0, eq).strip();
                String profileId = "paper";
                int colon = left.lastIndexOf(':');
                if (colon > 0) {
                    profileId = left.substring(colon + 1).strip();
                    left = left.substring(0, colon).strip();
                }
                RoomProfile profile = RoomProfiles.defaults().find(profileId)
                        .orElseThrow(() -> OverviewCliException.of("CD-9070", spec));
                Path file = Path.of(spec.substring(eq + 1).strip());
                try {
                    out.add(RoomStatus.of(left, EnvironmentAssessor.of(profile)
                            .assess(RoomCommand.readCsv(file, zoneId()))));
                } catch (IOException e) {
                    throw CliException.cannotRead(file, e.getMessage());
                }
            }
            return out;
        }
    }

    static InputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw CliException.cannotRead(file, "not a regular file / 不是普通文件");
        }
        return Files.newInputStream(file);
    }

    static String readJson(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_JSON) {
                throw CliException.cannotRead(file, "not a regular file or larger than 64 MiB / 不是普通文件或超过 64 MiB");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.cannotRead(file, "not UTF-8 or unreadable / 不是 UTF-8 或无法读取");
        }
    }

    static void write(Cli cli, Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw OverviewCliException.of("CD-9071", file.toString(), String.valueOf(e.getMessage()));
        }
        if (!cli.json()) {
            cli.out().println(text(cli, "written", file.toString()));
        }
    }

    static void printJson(Cli cli, String json) {
        cli.out().print(json);
        cli.out().flush();
    }

    /** {@code overview checklist}: the yearly collection checklist of villages. */
    @Command(name = "checklist", mixinStandardHelpOptions = true,
            resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Checklist extends Common implements Callable<Integer> {
        @Option(names = "--fonds", paramLabel = "全宗号", descriptionKey = "overview.fonds")
        List<String> fonds = new ArrayList<>();

        @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "overview.checklistYearOf")
        Integer year;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            VillageList list = villageList();
            List<String> codes = new ArrayList<>(fonds);
            if (codes.isEmpty()) {
                list.villages().forEach(v -> codes.add(v.fonds()));
            }
            if (codes.isEmpty()) {
                throw OverviewCliException.of("CD-9072", "overview checklist", "--fonds / --villages");
            }
            int y = year(year == null ? asOfDate().getYear() - 1 : year);
            List<RetentionSchedule> s = schedules();
            List<CollectionChecklist> out = new ArrayList<>();
            try (ArchiveStore st = StoreCommand.open(store, true)) {
                TownshipOverview o = TownshipOverview.of(st, s);
                for (String f : codes) {
                    out.add(o.checklist(new Village(f, "", "").fonds(), y));
                }
            }
            boolean gaps = out.stream().anyMatch(c -> !c.complete());
            if (cli.json()) {
                StringBuilder b = new StringBuilder("[");
                for (int i = 0; i < out.size(); i++) {
                    CollectionChecklist c = out.get(i);
                    b.append(i == 0 ? "\n" : ",\n").append(c.toJson(list.find(c.fonds())
                            .map(Village::displayName).orElse(null)).strip());
                }
                printJson(cli, b.append("\n]\n").toString());
            } else {
                for (CollectionChecklist c : out) {
                    String name = list.find(c.fonds()).filter(v -> !v.name().isEmpty())
                            .map(v -> v.name() + " " + v.fonds()).orElse(c.fonds());
                    if (c.complete()) {
                        cli.out().println(text(cli, "checklist.complete", name, c.fonds(), String.valueOf(c.year()),
                                String.valueOf(c.expected().size())));
                        continue;
                    }
                    cli.out().println(text(cli, "checklist.gaps", name, c.fonds(), String.valueOf(c.year()),
                            String.valueOf(c.gaps().size()), String.valueOf(c.expected().size())));
                    for (ExpectedEntry g : c.gaps()) {
                        cli.out().println(text(cli, "checklist.gap", g.id(), g.title()));
                    }
                }
            }
            return gaps ? CundangCommand.CHECK_FAILED : CundangCommand.OK;
        }
    }

    /** {@code overview township}: the overview of one township's store. */
    @Command(name = "township", mixinStandardHelpOptions = true,
            resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Township extends TownshipOptions implements Callable<Integer> {
        @Option(names = "--csv", paramLabel = "out.csv", descriptionKey = "overview.csv")
        Path csv;

        @Option(names = "--report", paramLabel = "out.html", descriptionKey = "overview.report")
        Path report;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            TownshipReport r = gather(store, township, villageList(), roomStatus());
            if (csv != null) {
                write(cli, csv, OverviewExports.csv(r, cli.locale()));
            }
            if (report != null) {
                write(cli, report, OverviewExports.html(r, cli.locale()));
            }
            if (cli.json()) {
                printJson(cli, r.toJson());
            } else {
                print(cli, r);
            }
            return r.hasOpenFindings() ? CundangCommand.CHECK_FAILED : CundangCommand.OK;
        }
    }

    static void print(Cli cli, TownshipReport r) {
        Figures t = r.totals();
        cli.out().println(text(cli, "township.head", r.township().isEmpty() ? "—" : r.township(),
                String.valueOf(r.year()), String.valueOf(t.villages()), String.valueOf(t.underCustody()),
                String.valueOf(t.items()), String.valueOf(t.pages()), percent(t.digitisedShare()),
                percent(t.requiredDigitisedShare()), String.valueOf(t.transfers())));
        for (VillageRow row : r.rows()) {
            Figures f = row.figures();
            cli.out().println(text(cli, "township.row", row.village().fonds(), row.village().displayName(),
                    String.valueOf(f.items()), percent(f.digitisedShare()),
                    row.gaps().isEmpty() ? "0" : String.join(" ", row.gaps()), String.valueOf(f.dueNotAppraised()),
                    r.fixityChecked() ? String.valueOf(f.fixityFindings()) : "—"));
        }
        if (!r.rooms().isEmpty()) {
            cli.out().println(text(cli, "township.rooms", String.valueOf(r.rooms().size()),
                    String.valueOf(r.roomsOutOfBand())));
        }
        r.findings().forEach(f -> cli.out().println(Findings.line(f, cli)));
        long open = t.openFindings() + r.otherFixityFindings() + r.roomsOutOfBand();
        cli.out().println(open == 0 ? text(cli, "township.none") : text(cli, "township.open", String.valueOf(open)));
    }

    static String percent(java.util.OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * v.getAsDouble()) : "—";
    }

    /** {@code overview city}: several townships in one table with subtotals. */
    @Command(name = "city", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class City extends TownshipOptions implements Callable<Integer> {
        @Option(names = "--township-store", paramLabel = "NAME=STORE", descriptionKey = "overview.townshipStore")
        List<String> townshipStores = new ArrayList<>();

        @Option(names = "--from", paramLabel = "township.json", descriptionKey = "overview.from")
        List<Path> from = new ArrayList<>();

        @Option(names = "--name", paramLabel = "NAME", defaultValue = "", descriptionKey = "overview.cityName")
        String name;

        @Option(names = "--csv", paramLabel = "out.csv", descriptionKey = "overview.csv")
        Path csv;

        @Option(names = "--report", paramLabel = "out.html", descriptionKey = "overview.report")
        Path report;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            CityReport c = new CityReport(name, townships(this, townshipStores, from, "overview city"));
            if (csv != null) {
                write(cli, csv, OverviewExports.csv(c, cli.locale()));
            }
            if (report != null) {
                write(cli, report, OverviewExports.html(c, cli.locale()));
            }
            if (cli.json()) {
                printJson(cli, c.toJson());
            } else {
                c.townships().forEach(t -> print(cli, t));
            }
            return c.hasOpenFindings() ? CundangCommand.CHECK_FAILED : CundangCommand.OK;
        }
    }

    static List<TownshipReport> townships(TownshipOptions o, List<String> stores, List<Path> files, String command) {
        List<TownshipReport> out = new ArrayList<>();
        VillageList list = stores.isEmpty() ? VillageList.empty() : o.villageList();
        for (String s : stores) {
            int eq = s.indexOf('=');
            if (eq <= 0 || eq == s.length() - 1) {
                throw OverviewCliException.of("CD-9073", s);
            }
            out.add(o.gather(s.substring(eq + 1).strip(), s.substring(0, eq).strip(), list, List.of()));
        }
        for (Path f : files) {
            out.add(TownshipReport.fromJson(readJson(f), f.toString()));
        }
        if (out.isEmpty()) {
            throw OverviewCliException.of("CD-9072", command, "--township-store / --from");
        }
        return out;
    }

    /** {@code overview inspect}: the inspection scoring sheet. */
    @Command(name = "inspect", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Inspect extends TownshipOptions implements Callable<Integer> {
        @Option(names = "--from", paramLabel = "township.json", descriptionKey = "overview.from")
        List<Path> from = new ArrayList<>();

        @Option(names = "--sheet", paramLabel = "sheet.json", descriptionKey = "overview.sheet")
        Path sheet;

        @Option(names = "--scores", paramLabel = "scores.csv|json", descriptionKey = "overview.scores")
        Path scores;

        @Option(names = "--csv", paramLabel = "out.csv", descriptionKey = "overview.csv")
        Path csv;

        @Option(names = "--report", paramLabel = "out.html", descriptionKey = "overview.report")
        Path report;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            InspectionSheet s = InspectionSheet.defaults();
            if (sheet != null) {
                try (InputStream in = open(sheet)) {
                    s = InspectionSheet.read(in, sheet.toString());
                } catch (IOException e) {
                    throw CliException.cannotRead(sheet, e.getMessage());
                }
            }
            ManualScores m = ManualScores.none();
            if (scores != null) {
                try (InputStream in = open(scores)) {
                    m = ManualScores.read(in, scores.toString(), s);
                } catch (IOException e) {
                    throw CliException.cannotRead(scores, e.getMessage());
                }
            }
            List<TownshipReport> ts = from.isEmpty()
                    ? List.of(gather(store, township, villageList(), roomStatus()))
                    : townships(this, List.of(), from, "overview inspect");
            InspectionResult r = InspectionResult.score(s, ts, m);
            if (csv != null) {
                write(cli, csv, InspectionExports.csv(r, cli.locale()));
            }
            if (report != null) {
                write(cli, report, InspectionExports.html(r, cli.locale()));
            }
            if (cli.json()) {
                printJson(cli, r.toJson());
            } else {
                if (s.example()) {
                    cli.out().println(text(cli, "inspect.example"));
                }
                for (VillageScore v : r.villages()) {
                    List<String> missing = v.items().stream().filter(i -> i.basis() == ItemScore.Basis.NOT_ENTERED)
                            .map(ItemScore::item).toList();
                    cli.out().println(text(cli, "inspect.row", v.township(), v.village().fonds(),
                            v.village().displayName(), points(v.total()), points(s.maxScore()),
                            missing.isEmpty() ? "" : text(cli, "inspect.notEntered", String.join(" ", missing))));
                }
                if (r.average().isPresent()) {
                    cli.out().println(text(cli, "inspect.average", points(r.average().getAsDouble()),
                            points(s.maxScore()), String.valueOf(r.villages().size())));
                }
            }
            return r.complete() ? CundangCommand.OK : CundangCommand.CHECK_FAILED;
        }
    }

    static String points(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
