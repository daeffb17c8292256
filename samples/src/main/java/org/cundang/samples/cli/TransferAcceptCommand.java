package org.cundang.samples.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cundang.code.CodeTemplate;
import org.cundang.schedule.RetentionSchedule;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.ArchiveStores;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.TransferReceipt;
import org.cundang.transfer.CheckResult;
import org.cundang.transfer.Outcome;
import org.cundang.transfer.TransferReport;
import org.cundang.transfer.TransferValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cundang transfer accept <bag> --store <uri>}: validates the bag, refuses it when a MUST check fails, and
 * otherwise accepts it into the store in one atomic step (accepting the same transfer again changes nothing).
 */
@Command(name = "accept", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
final class TransferAcceptCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<bag>", descriptionKey = "transfer.accept.bag")
    Path bag;

    @Option(names = "--store", defaultValue = StoreCommand.DEFAULT_STORE, paramLabel = "URI", descriptionKey = "store.store")
    String store;

    @Option(names = "--schedule", paramLabel = "ID|FILE", descriptionKey = "transfer.schedule")
    List<String> schedules = new ArrayList<>();

    @Option(names = "--template", paramLabel = "NAME", defaultValue = "da-t-22", descriptionKey = "code.template")
    String templateName;

    @Option(names = "--actor", defaultValue = "cundang", paramLabel = "NAME", descriptionKey = "transfer.actor")
    String actor;

    @Override
    public Integer call() {
        Cli cli = Cli.of(spec);
        Result r = accept(bag, store, schedules, CodeCommand.template(templateName), actor, cli);
        if (cli.json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("bag", bag.toString());
            doc.put("store", store);
            doc.put("accepted", r.receipt() != null);
            if (r.receipt() != null) {
                TransferReceipt t = r.receipt();
                doc.put("transfer", t.transferId());
                doc.put("items", t.items());
                doc.put("bytes", t.bytes());
                doc.put("auditSequence", t.auditSequence());
                doc.put("alreadyAccepted", t.alreadyAccepted());
            }
            List<Map<String, Object>> failures = new ArrayList<>();
            for (CheckResult x : r.report().results()) {
                if (x.isMustFailure()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("rule", x.rule().name());
                    m.put("code", x.code());
                    m.put("subject", x.subject());
                    m.put("message", cli.text(x.message()));
                    failures.add(m);
                }
            }
            doc.put("mustFailures", failures);
            cli.printJson(doc);
        } else if (r.receipt() == null) {
            for (CheckResult x : r.report().results()) {
                if (x.isMustFailure()) {
                    cli.out().println(x.outcome() + " " + x.rule() + " " + x.code() + " " + x.subject() + ": "
                            + CundangCommand.oneLine(cli.text(x.message())));
                }
            }
            cli.out().println(cli.text("transfer.accept.refused", bag.toString()));
        } else {
            TransferReceipt t = r.receipt();
            cli.out().println(cli.text(t.alreadyAccepted() ? "transfer.accept.again" : "transfer.accept.done",
                    t.transferId(), String.valueOf(t.items()), String.valueOf(t.bytes()), store));
        }
        return r.receipt() == null ? CundangCommand.CHECK_FAILED : CundangCommand.OK;
    }

    /** The outcome: the validation report, and the receipt when the bag was accepted. */
    record Result(TransferReport report, TransferReceipt receipt) {
    }

    static Result accept(Path bag, String store, List<String> scheduleIds, CodeTemplate template, String actor, Cli cli) {
        List<RetentionSchedule> schedules = new ArrayList<>();
        scheduleIds.forEach(s -> schedules.addAll(ScheduleSupport.schedules(s)));
        if (schedules.isEmpty()) {
            schedules.addAll(TransferValidator.defaultSchedules());
        }
        TransferAcceptance acceptance = new TransferAcceptance(bag, template, schedules);
        TransferReport report = TransferValidator.builder().template(template).schedules(schedules)
                .addCheck(acceptance).build()
                .validate(bag, Map.of(), cli == null ? org.cundang.transfer.TransferProgress.NONE : TransferCommand.progress(cli),
                        () -> false);
        boolean bagOk = report.results().stream().noneMatch(x -> x.outcome() == Outcome.NOT_RUN
                && x.rule() == org.cundang.transfer.TransferRule.BAG_STRUCTURE);
        if (report.hasMustFailure() || !bagOk) {
            return new Result(report, null);
        }
        try (ArchiveStore s = ArchiveStores.load(TransferAcceptCommand.class.getClassLoader())
                .open(ArchiveStores.toUri(store), StoreOptions.builder().clock(Clock.systemUTC()).build())) {
            return new Result(report, s.accept(acceptance.submission(actor)));
        }
    }
}
