package org.cundang.samples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cundang.schedule.RetentionSchedule;
import org.cundang.transfer.CheckResult;
import org.cundang.transfer.DigitisationProfile;
import org.cundang.transfer.Outcome;
import org.cundang.transfer.TransferPacker;
import org.cundang.transfer.TransferProgress;
import org.cundang.transfer.TransferReport;
import org.cundang.transfer.TransferReports;
import org.cundang.transfer.TransferValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cundang transfer validate|pack}: validate a transfer package (BagIt bag or plain folder) and write the
 * 移交检验报告; pack a folder into a bag with SHA-256 and SM3 manifests. Exit 0 when no MUST rule fails, 1 when one
 * does, 2 when the input cannot be read as a transfer at all.
 */
@Command(name = "transfer", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "org.cundang.samples.cli.Messages",
        subcommands = {TransferCommand.Validate.class, TransferCommand.Pack.class, TransferAcceptCommand.class})
final class TransferCommand {

    private TransferCommand() {
    }

    /** A progress bar on stderr, only on a terminal (System.console() != null) and never with --json. */
    static TransferProgress progress(Cli cli) {
        if (System.console() == null || cli.json()) {
            return TransferProgress.NONE;
        }
        PrintWriter err = cli.err();
        int[] last = {-1};
        return (f, ft, b, bt) -> {
            int pct = bt > 0 ? (int) (b * 100 / bt) : (ft > 0 ? (int) (f * 100 / ft) : 100);
            synchronized (last) {
                if (pct == last[0] && f != ft) {
                    return;
                }
                last[0] = pct;
                int w = pct * 30 / 100;
                err.print("\r[" + "#".repeat(w) + " ".repeat(30 - w) + "] " + pct + "% " + f + "/" + ft
                        + (f == ft ? "\n" : ""));
                err.flush();
            }
        };
    }

    @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<bag or folder>", descriptionKey = "transfer.input")
        Path input;

        @Option(names = "--report", paramLabel = "<out.html>", descriptionKey = "transfer.report")
        Path report;

        @Option(names = "--schedule", paramLabel = "ID|FILE", descriptionKey = "transfer.schedule")
        List<String> schedules = new ArrayList<>();

        @Option(names = "--template", paramLabel = "NAME", defaultValue = "da-t-22", descriptionKey = "code.template")
        String templateName;

        @Option(names = "--min-dpi", paramLabel = "DPI", descriptionKey = "transfer.minDpi")
        Integer minDpi;

        @Option(names = "--threads", paramLabel = "N", descriptionKey = "transfer.threads")
        Integer threads;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            TransferValidator.Builder b = TransferValidator.builder().template(CodeCommand.template(templateName));
            if (!schedules.isEmpty()) {
                List<RetentionSchedule> list = new ArrayList<>();
                schedules.forEach(s -> list.addAll(ScheduleSupport.schedules(s)));
                b.schedules(list);
            }
            if (minDpi != null) {
                if (minDpi < 1 || minDpi > 10_000) {
                    throw CliException.of("CD-9020", String.valueOf(minDpi));
                }
                b.profile(DigitisationProfile.builder().minDpi(minDpi).build());
            }
            if (threads != null) {
                if (threads < 1 || threads > 256) {
                    throw CliException.of("CD-9021", String.valueOf(threads));
                }
                b.threads(threads);
            }
            TransferReport r = b.build().validate(input, Map.of(), progress(cli), () -> false);
            if (report != null) {
                String html = TransferReports.html(r, cli.locale(), input.toString(), LocalDate.now());
                try {
                    Files.writeString(report, html, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                } catch (IOException e) {
                    throw CliException.of("CD-9022", report.toString(), String.valueOf(e.getMessage()));
                }
            }
            if (cli.json()) {
                cli.out().println(TransferReports.json(r, input.toString()));
                cli.out().flush();
            } else {
                for (CheckResult x : r.results()) {
                    if (x.outcome() != Outcome.PASS) {
                        cli.out().println(x.outcome() + " " + x.rule() + " " + x.code() + " " + x.subject() + ": "
                                + CundangCommand.oneLine(cli.text(x.message())));
                    }
                }
                Map<Outcome, Long> s = r.summary();
                cli.out().println(cli.text(r.hasMustFailure() ? "transfer.refused" : "transfer.accepted",
                        String.valueOf(r.totals().items()), String.valueOf(r.totals().pages()),
                        String.valueOf(r.totals().files()), String.valueOf(r.totals().bytes()),
                        String.valueOf(s.get(Outcome.PASS)), String.valueOf(s.get(Outcome.FAIL)),
                        String.valueOf(s.get(Outcome.WARN)), String.valueOf(s.get(Outcome.NOT_RUN))));
                if (report != null) {
                    cli.out().println(cli.text("transfer.reportWritten", report.toString()));
                }
            }
            return r.hasMustFailure() ? CundangCommand.CHECK_FAILED : CundangCommand.OK;
        }
    }

    @Command(name = "pack", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Pack implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<folder>", descriptionKey = "transfer.folder")
        Path folder;

        @Parameters(index = "1", paramLabel = "<bag>", descriptionKey = "transfer.bag")
        Path bag;

        @Option(names = "--fonds", descriptionKey = "transfer.fonds")
        String fonds;

        @Option(names = "--village", descriptionKey = "transfer.village")
        String village;

        @Option(names = "--township", descriptionKey = "transfer.township")
        String township;

        @Option(names = "--batch", descriptionKey = "transfer.batch")
        String batch;

        @Option(names = "--category", descriptionKey = "transfer.category")
        String category;

        @Option(names = "--transferor", descriptionKey = "transfer.transferor")
        String transferor;

        @Option(names = "--receiver", descriptionKey = "transfer.receiver")
        String receiver;

        @Option(names = "--template", paramLabel = "NAME", defaultValue = "da-t-22", descriptionKey = "code.template")
        String templateName;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            Map<String, String> info = new LinkedHashMap<>();
            put(info, "全宗号", fonds);
            put(info, "立档单位", village);
            put(info, "接收单位", township);
            put(info, "移交批次", batch);
            put(info, "档案门类", category);
            put(info, "移交人", transferor);
            put(info, "接收人", receiver);
            TransferProgress p = progress(cli);
            TransferPacker.of(Clock.systemDefaultZone(), CodeCommand.template(templateName)).pack(folder, bag, info, p);
            if (cli.json()) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("folder", folder.toString());
                doc.put("bag", bag.toString());
                doc.put("bagInfo", info);
                doc.put("algorithms", List.of("sha256", "sm3"));
                cli.printJson(doc);
            } else {
                cli.out().println(cli.text("transfer.packed", bag.toString()));
            }
            return CundangCommand.OK;
        }

        private static void put(Map<String, String> info, String label, String value) {
            if (value == null) {
                return;
            }
            if (value.isBlank() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw CliException.of("CD-9023", label, CundangCommand.oneLine(value));
            }
            info.put(label, value.strip());
        }
    }
}
