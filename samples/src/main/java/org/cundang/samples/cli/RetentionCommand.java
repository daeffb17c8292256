package org.cundang.samples.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cundang.retention.RetentionAssessment;
import org.cundang.retention.RetentionEvaluator;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionItem;
import org.cundang.retention.RetentionPeriod;
import org.cundang.schedule.ResolvedEntry;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cundang retention}: start, expiry and status of one item. */
@Command(name = "retention", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
final class RetentionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    PeriodSource periodSource;

    static final class PeriodSource {
        @Option(names = "--period", paramLabel = "Y|D30|D10", descriptionKey = "retention.period")
        String period;

        @Option(names = "--entry", paramLabel = "ID", descriptionKey = "retention.entry")
        String entry;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Start startSource;

    static final class Start {
        @Option(names = "--formed", paramLabel = "YYYY-MM-DD", descriptionKey = "retention.formed")
        String formed;

        @Option(names = "--accounting-year", paramLabel = "YYYY", descriptionKey = "retention.accountingYear")
        Integer accountingYear;
    }

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "retention.asOf")
    String asOf;

    @Option(names = "--event", paramLabel = "NAME=YYYY-MM-DD", descriptionKey = "retention.event")
    List<String> events = new ArrayList<>();

    @Option(names = "--hold", paramLabel = "REASON", descriptionKey = "retention.hold")
    List<String> holds = new ArrayList<>();

    @Option(names = "--schedule", paramLabel = "ID|FILE", descriptionKey = "retention.schedule")
    String schedule;

    @Override
    public Integer call() {
        Cli cli = Cli.of(spec);
        LocalDate today = asOf == null ? LocalDate.now(Clock.systemDefaultZone()) : Cli.date("--as-of", asOf);
        RetentionItem.Builder b = RetentionItem.builder();
        if (startSource.formed != null) {
            b.formed(Cli.date("--formed", startSource.formed));
        } else {
            b.accountingYear(startSource.accountingYear);
        }
        if (periodSource.entry != null) {
            ResolvedEntry entry = ScheduleSupport.entry(periodSource.entry, schedule);
            b.rule(entry.rule());
        } else {
            b.period(RetentionPeriod.parse(periodSource.period));
        }
        for (String e : events) {
            int eq = e.lastIndexOf('=');
            if (eq <= 0) {
                throw CliException.of("CD-9012", e);
            }
            b.event(e.substring(0, eq), Cli.date("--event", e.substring(eq + 1)));
        }
        for (String h : holds) {
            b.hold(RetentionHold.of(h, today));
        }
        RetentionAssessment a = RetentionEvaluator.of(Clock.systemDefaultZone()).evaluate(b.build(), today);
        if (cli.json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("period", a.period().code());
            a.rule().entry().ifPresent(id -> doc.put("entry", id));
            doc.put("trigger", a.rule().trigger().code());
            doc.put("start", a.start().map(LocalDate::toString).orElse(null));
            doc.put("expires", a.expiry().map(LocalDate::toString).orElse(null));
            doc.put("dueFrom", a.dueFrom().map(LocalDate::toString).orElse(null));
            doc.put("asOf", a.asOf().toString());
            doc.put("status", a.status().name());
            doc.put("reason", cli.text(a.reasonText()));
            if (!a.findings().isEmpty()) {
                doc.put("findings", Findings.toJson(a.findings(), cli));
            }
            cli.printJson(doc);
        } else {
            String label = cli.periodLabel(a.period());
            cli.out().println(cli.text("retention.line.period", a.period().code(), label));
            cli.out().println(cli.text("retention.line.start", a.start().map(LocalDate::toString).orElse("—")));
            cli.out().println(cli.text("retention.line.expires", a.expiry().map(LocalDate::toString).orElse("—")));
            cli.out().println(cli.text("retention.line.status", a.asOf().toString(),
                    cli.text("retention.status." + a.status().name())));
            cli.out().println(cli.text(a.reasonText()));
            a.findings().forEach(f -> cli.out().println(Findings.line(f, cli)));
        }
        return CundangCommand.OK;
    }

}
