package org.cundang.samples.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cundang.Finding;
import org.cundang.custody.AppraisalDecision;
import org.cundang.custody.AppraisalReport;
import org.cundang.custody.CustodyException;
import org.cundang.custody.DestructionCertificate;
import org.cundang.custody.DestructionList;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionPeriod;
import org.cundang.samples.print.CatalogueCsv;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.CustodyRecord;
import org.cundang.storage.RecordQuery;
import org.cundang.storage.StorageException;
import org.cundang.workflow.AppraisalWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cundang appraisal due|record|destroy|hold|release|list|show}: 鉴定销毁 on the township's store (issue 8). */
@Command(name = "appraisal", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages",
        subcommands = {AppraisalCommand.Due.class, AppraisalCommand.Record.class, AppraisalCommand.Destroy.class,
                AppraisalCommand.Hold.class, AppraisalCommand.Release.class, AppraisalCommand.ListRecords.class,
                AppraisalCommand.Show.class})
final class AppraisalCommand {

    /** Columns of the decisions file of {@code appraisal record}. */
    static final List<String> DECISION_COLUMNS = List.of("档号", "结论", "理由");

    abstract static class Base extends StoreCommand.StoreOption {
        @Spec
        CommandSpec spec;

        @Option(names = "--actor", defaultValue = "档案员", descriptionKey = "appraisal.actor")
        String actor;

        /** Runs a custody action; a rule's refusal prints every problem and exits 1. */
        Integer refusable(Cli cli, java.util.function.Supplier<Integer> action) {
            try {
                return action.get();
            } catch (CustodyException e) {
                if (java.util.Set.of("CD-8020", "CD-8026", "CD-8028").contains(e.code())) {
                    throw e; // bad input, not a refusal: exit 2
                }
                return refused(cli, e.code(), e.getMessage(cli.locale()), e.findings());
            } catch (StorageException e) {
                if (e.code().compareTo("CD-5070") >= 0 && e.code().compareTo("CD-5099") <= 0
                        || e.code().equals("CD-5010")) {
                    return refused(cli, e.code(), e.getMessage(cli.locale()), List.of());
                }
                throw e;
            }
        }

        private Integer refused(Cli cli, String code, String message, List<Finding> findings) {
            if (cli.json()) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("ok", false);
                doc.put("code", code);
                doc.put("message", message);
                doc.put("findings", Findings.toJson(findings, cli));
                cli.printJson(doc);
            } else {
                cli.err().println(CundangCommand.oneLine(message));
                findings.forEach(f -> cli.err().println("  " + Findings.line(f, cli)));
            }
            return CundangCommand.CHECK_FAILED;
        }

        void done(Cli cli, CustodyRecord r, String textKey) {
            if (cli.json()) {
                cli.printJson(recordJson(r));
            } else {
                cli.out().println(cli.text(textKey, r.id(), String.valueOf(r.actions().size()), store));
            }
        }
    }

    static Map<String, Object> recordJson(CustodyRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", true);
        m.put("id", r.id());
        m.put("kind", r.kind());
        m.put("date", r.date().toString());
        m.put("time", r.time().toString());
        m.put("actor", r.actor());
        m.put("subjects", r.subjects());
        List<String> actions = new ArrayList<>();
        r.actions().forEach(a -> actions.add(a.toText()));
        m.put("actions", actions);
        m.put("digest", r.digest().toString());
        m.put("auditSequence", r.auditSequence());
        return m;
    }

    @Command(name = "due", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Due extends Base implements Callable<Integer> {
        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "retention.asOf")
        String asOf;

        @Option(names = "--fonds", descriptionKey = "store.fonds")
        String fonds;

        @Option(names = "--category", descriptionKey = "appraisal.category")
        String category;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            LocalDate day = asOf == null ? LocalDate.now(Clock.systemDefaultZone()) : Cli.date("--as-of", asOf);
            try (ArchiveStore s = StoreCommand.open(store, true)) {
                List<AppraisalWorkflow.DueItem> due = AppraisalWorkflow.on(s, actor).due(day, fonds, category);
                if (cli.json()) {
                    List<Map<String, Object>> list = new ArrayList<>();
                    for (AppraisalWorkflow.DueItem d : due) {
                        Map<String, Object> m = StoreCommand.itemJson(d.item(), day);
                        m.put("status", d.status().name());
                        m.put("yearsKept", d.yearsKept());
                        m.put("decidedToDestroy", d.decided());
                        List<String> holds = new ArrayList<>();
                        d.holds().forEach(h -> holds.add(h.reason()));
                        m.put("activeHolds", holds);
                        list.add(m);
                    }
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("asOf", day.toString());
                    doc.put("count", list.size());
                    doc.put("items", list);
                    cli.printJson(doc);
                } else {
                    String group = null;
                    for (AppraisalWorkflow.DueItem d : due) {
                        String g = d.item().code().fonds() + " " + d.item().code().category().map(Object::toString)
                                .orElse("");
                        if (!g.equals(group)) {
                            cli.out().println("== " + g);
                            group = g;
                        }
                        cli.out().println(d.item().code() + "\t" + d.item().entry().title() + "\t"
                                + cli.periodLabel(d.item().period()) + "\t" + d.item().expiry() + "\t"
                                + d.yearsKept() + "\t"
                                + cli.text("appraisal.state." + (d.decided() ? "DECIDED" : d.status().name()))
                                + (d.holds().isEmpty() ? "" : "\t" + d.holds().get(0).reason()));
                    }
                    cli.out().println(cli.text("appraisal.dueCount", String.valueOf(due.size()), day.toString()));
                }
            }
            return CundangCommand.OK;
        }
    }

    @Command(name = "record", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Record extends Base implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "<decisions.csv>", descriptionKey = "appraisal.decisions")
        Path decisions;

        @Option(names = "--id", required = true, descriptionKey = "appraisal.id")
        String id;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "appraisal.date")
        String date;

        @Option(names = "--unit", required = true, descriptionKey = "appraisal.unit")
        String unit;

        @Option(names = "--group", required = true, split = ",", descriptionKey = "appraisal.group")
        List<String> group;

        @Option(names = "--opinion", defaultValue = "", descriptionKey = "appraisal.opinion")
        String opinion;

        @Option(names = "--report", paramLabel = "FILE.html", descriptionKey = "appraisal.report")
        Path report;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            LocalDate day = Cli.date("--date", date);
            Map<String, AppraisalDecision> m = readDecisions(decisions);
            try (ArchiveStore s = StoreCommand.open(store, false)) {
                AppraisalWorkflow wf = AppraisalWorkflow.on(s, actor);
                return refusable(cli, () -> {
                    AppraisalReport r = wf.draft(id, day, unit, group, m, opinion);
                    CustodyRecord kept = wf.appraise(r);
                    if (report != null) {
                        CustodyCli.writeHtml(report, wf.page(kept.id()));
                    }
                    done(cli, kept, "appraisal.recorded");
                    return CundangCommand.OK;
                });
            }
        }
    }

    static Map<String, AppraisalDecision> readDecisions(Path file) {
        List<List<String>> rows = CatalogueCsv.parse(file, "CD-9050");
        Map<String, Integer> col = CatalogueCsv.header(rows, file, DECISION_COLUMNS, "CD-9050");
        Map<String, AppraisalDecision> out = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> v = rows.get(r);
            if (v.stream().allMatch(String::isBlank)) {
                continue;
            }
            String code = CatalogueCsv.get(v, col, "档号").strip();
            String decision = CatalogueCsv.get(v, col, "结论").strip();
            String reason = CatalogueCsv.get(v, col, "理由").strip();
            String where = file + ":" + (r + 1);
            switch (decision) {
                case "销毁", "destroy" -> out.put(code, new AppraisalDecision.Destroy(reason));
                case "保存", "继续保存", "keep" -> {
                    String p = CatalogueCsv.get(v, col, "新保管期限").strip();
                    RetentionPeriod period = RetentionPeriod.tryParse(p)
                            .orElseThrow(() -> CliException.of("CD-9051", where, "新保管期限", p));
                    out.put(code, new AppraisalDecision.Keep(period, reason));
                }
                default -> throw CliException.of("CD-9051", where, "结论", decision);
            }
        }
        return out;
    }

    @Command(name = "destroy", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Destroy extends Base implements Callable<Integer> {
        @Option(names = "--appraisal", required = true, descriptionKey = "appraisal.appraisal")
        String appraisal;

        @Option(names = "--id", required = true, descriptionKey = "appraisal.id")
        String id;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "appraisal.destroyDate")
        String date;

        @Option(names = "--unit", defaultValue = "", descriptionKey = "appraisal.unit")
        String unit;

        @Option(names = "--unit-head", descriptionKey = "appraisal.unitHead")
        String unitHead;

        @Option(names = "--archivist", descriptionKey = "appraisal.archivist")
        String archivist;

        @Option(names = "--accounting-handler", descriptionKey = "appraisal.accountingHandler")
        String accountingHandler;

        @Option(names = "--supervisor", descriptionKey = "appraisal.supervisor")
        List<String> supervisors = new ArrayList<>();

        @Option(names = "--confirmed-before", split = ",", descriptionKey = "appraisal.confirmedBefore")
        List<String> before = new ArrayList<>();

        @Option(names = "--confirmed-after", split = ",", descriptionKey = "appraisal.confirmedAfter")
        List<String> after = new ArrayList<>();

        @Option(names = "--method", defaultValue = "", descriptionKey = "appraisal.method")
        String method;

        @Option(names = "--place", defaultValue = "", descriptionKey = "appraisal.place")
        String place;

        @Option(names = "--report", paramLabel = "FILE.html", descriptionKey = "appraisal.report")
        Path report;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            LocalDate day = Cli.date("--date", date);
            try (ArchiveStore s = StoreCommand.open(store, false)) {
                AppraisalWorkflow wf = AppraisalWorkflow.on(s, actor);
                return refusable(cli, () -> {
                    DestructionList l = AppraisalWorkflow.signed(wf.prepareDestruction(appraisal, day), unitHead,
                            archivist, accountingHandler, supervisors, before, after);
                    String fonds = l.entries().isEmpty() ? "" : l.entries().get(0).code().split("-", 2)[0];
                    CustodyRecord kept = wf.destroy(new DestructionCertificate(id, fonds, unit, appraisal, day,
                            method, place, l));
                    if (report != null) {
                        CustodyCli.writeHtml(report, wf.page(kept.id()));
                    }
                    done(cli, kept, "appraisal.destroyed");
                    return CundangCommand.OK;
                });
            }
        }
    }

    /** What a hold and its release name: the item or scope, the record id, the reason and a note. */
    abstract static class HoldBase extends Base {
        @Parameters(index = "0", paramLabel = "<档号|全宗号[/门类[/年度]]>", descriptionKey = "appraisal.target")
        String target;

        @Option(names = "--id", required = true, descriptionKey = "appraisal.id")
        String id;

        @Option(names = "--reason", required = true, descriptionKey = "appraisal.reason")
        String reason;

        @Option(names = "--note", defaultValue = "", descriptionKey = "appraisal.note")
        String note;
    }

    @Command(name = "hold", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Hold extends HoldBase implements Callable<Integer> {
        @Option(names = "--since", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "appraisal.since")
        String since;

        @Option(names = "--until", paramLabel = "YYYY-MM-DD", descriptionKey = "appraisal.until")
        String until;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            RetentionHold h = new RetentionHold(reason, Cli.date("--since", since),
                    until == null ? null : Cli.date("--until", until));
            try (ArchiveStore s = StoreCommand.open(store, false)) {
                return refusable(cli, () -> {
                    done(cli, AppraisalWorkflow.on(s, actor).hold(id, target, h, note), "appraisal.held");
                    return CundangCommand.OK;
                });
            }
        }
    }

    @Command(name = "release", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Release extends HoldBase implements Callable<Integer> {
        @Option(names = "--on", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "appraisal.on")
        String on;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            LocalDate day = Cli.date("--on", on);
            try (ArchiveStore s = StoreCommand.open(store, false)) {
                return refusable(cli, () -> {
                    done(cli, AppraisalWorkflow.on(s, actor).release(id, target, reason, day, note),
                            "appraisal.released");
                    return CundangCommand.OK;
                });
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class ListRecords extends Base implements Callable<Integer> {
        @Option(names = "--kind", descriptionKey = "appraisal.kind")
        String kind;

        @Option(names = "--subject", descriptionKey = "appraisal.subject")
        String subject;

        @Option(names = "--limit", defaultValue = "100", descriptionKey = "store.limit")
        int limit;

        @Option(names = "--offset", defaultValue = "0", descriptionKey = "store.offset")
        long offset;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            try (ArchiveStore s = StoreCommand.open(store, true)) {
                List<CustodyRecord> rs = s.custodyRecords(new RecordQuery(kind, subject, offset, limit));
                if (cli.json()) {
                    List<Map<String, Object>> list = new ArrayList<>();
                    rs.forEach(r -> list.add(recordJson(r)));
                    cli.printJson(Map.of("count", list.size(), "records", list));
                } else {
                    for (CustodyRecord r : rs) {
                        cli.out().println(r.id() + "\t" + r.kind() + "\t" + r.date() + "\t" + r.actor() + "\t"
                                + String.join(" ", r.subjects().subList(0, Math.min(3, r.subjects().size())))
                                + (r.subjects().size() > 3 ? " …(" + r.subjects().size() + ")" : ""));
                    }
                }
            }
            return CundangCommand.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Show extends Base implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "appraisal.id")
        String id;

        @Option(names = "--report", paramLabel = "FILE.html", descriptionKey = "appraisal.report")
        Path report;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            try (ArchiveStore s = StoreCommand.open(store, true)) {
                CustodyRecord r = s.custodyRecord(id).orElseThrow(() -> CustodyException.of("CD-8028", id));
                if (report != null) {
                    CustodyCli.writeHtml(report, AppraisalWorkflow.on(s, actor).page(id));
                }
                if (cli.json()) {
                    Map<String, Object> m = recordJson(r);
                    m.put("body", r.body());
                    cli.printJson(m);
                } else {
                    cli.out().println(r.id() + "\t" + r.kind() + "\t" + r.date());
                    cli.out().println(r.body());
                }
            }
            return CundangCommand.OK;
        }
    }
}
