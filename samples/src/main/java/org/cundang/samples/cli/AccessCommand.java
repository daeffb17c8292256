package org.cundang.samples.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cundang.Finding;
import org.cundang.custody.access.AccessException;
import org.cundang.custody.access.AccessItem;
import org.cundang.custody.access.AccessKind;
import org.cundang.custody.access.AccessLedger;
import org.cundang.custody.access.AccessPolicy;
import org.cundang.custody.access.AccessRecord;
import org.cundang.custody.access.AccessRequest;
import org.cundang.custody.access.AccessReturn;
import org.cundang.custody.access.Requester;
import org.cundang.storage.ArchiveStore;
import org.cundang.workflow.AccessRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cundang access register|return|list|overdue|opening}: the 查阅利用登记簿 on the store. A refusal by the rules
 * exits 1 with every problem listed; so does {@code overdue} when a loan is overdue.
 */
@Command(name = "access", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages",
        subcommands = {AccessCommand.Register.class, AccessCommand.Return.class, AccessCommand.ListCmd.class,
                AccessCommand.Overdue.class, AccessCommand.Opening.class})
final class AccessCommand {

    private AccessCommand() {
    }

    /** Options every access subcommand has: the store, the policy and the schedules. */
    abstract static class Base extends StoreCommand.StoreOption {
        @Spec
        CommandSpec spec;

        @Option(names = "--allow-loans", descriptionKey = "access.allowLoans")
        boolean allowLoans;

        @Option(names = "--opening-years", defaultValue = "25", paramLabel = "N", descriptionKey = "access.openingYears")
        int openingYears;

        @Option(names = "--schedule", paramLabel = "TABLE|FILE", descriptionKey = "access.schedule")
        String schedule;

        AccessRegister register(ArchiveStore s) {
            AccessPolicy p = AccessPolicy.defaults().withOpeningYears(openingYears).withLoansAllowed(allowLoans);
            return AccessRegister.of(s, p, ScheduleSupport.schedules(schedule), Clock.systemDefaultZone());
        }
    }

    static Map<String, Object> json(AccessRecord r, AccessLedger ledger, LocalDate day) {
        Map<String, Object> m = new LinkedHashMap<>();
        AccessRequest q = r.request();
        m.put("id", r.id());
        m.put("kind", q.kind().name());
        m.put("requester", q.requester().name());
        m.put("idNumber", q.requester().idNumber());
        m.put("organisation", q.requester().organisation());
        m.put("staff", q.requester().staff());
        m.put("items", q.codes());
        m.put("purpose", q.purpose());
        m.put("approver", q.approver());
        m.put("clerk", q.clerk());
        m.put("timeOut", r.timeOut().toString());
        m.put("dueBack", q.dueBack() == null ? null : q.dueBack().toString());
        AccessReturn back = ledger.returnOf(r.id()).orElse(null);
        m.put("timeBack", back == null ? null : back.timeBack().toString());
        m.put("returnId", back == null ? null : back.id());
        m.put("overdue", back == null && r.isPastDue(day));
        return m;
    }

    static String line(AccessRecord r, AccessLedger ledger, Cli cli) {
        AccessRequest q = r.request();
        AccessReturn back = ledger.returnOf(r.id()).orElse(null);
        return r.id() + "\t" + q.kind().label(cli.locale()) + "\t" + q.requester().name() + "\t"
                + String.join(" ", q.codes()) + "\t" + r.timeOut() + "\t"
                + (q.dueBack() == null ? "—" : q.dueBack()) + "\t" + (back == null ? "—" : back.timeBack());
    }

    @Command(name = "register", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Register extends Base implements Callable<Integer> {
        @Option(names = "--item", required = true, paramLabel = "<档号>", descriptionKey = "access.item")
        List<String> items;

        @Option(names = "--name", required = true, descriptionKey = "access.name")
        String name;

        @Option(names = "--id-number", descriptionKey = "access.idNumber")
        String idNumber;

        @Option(names = "--organisation", descriptionKey = "access.organisation")
        String organisation;

        @Option(names = "--staff", descriptionKey = "access.staff")
        boolean staff;

        @Option(names = "--purpose", required = true, descriptionKey = "access.purpose")
        String purpose;

        @Option(names = "--kind", defaultValue = "consult", paramLabel = "consult|loan|copy",
                descriptionKey = "access.kind")
        String kind;

        @Option(names = "--approver", descriptionKey = "access.approver")
        String approver;

        @Option(names = "--due", paramLabel = "YYYY-MM-DD", descriptionKey = "access.due")
        String due;

        @Option(names = "--clerk", required = true, descriptionKey = "access.clerk")
        String clerk;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            AccessRequest q = new AccessRequest(new Requester(name, idNumber, organisation, staff), items, purpose,
                    AccessKind.parse(kind), approver, due == null ? null : Cli.date("--due", due), clerk);
            try (ArchiveStore s = StoreCommand.open(store, false)) {
                AccessRegister reg = register(s);
                List<Finding> findings = reg.check(q);
                boolean refused = findings.stream().anyMatch(Finding::isError);
                AccessRecord r = null;
                if (!refused) {
                    try {
                        r = reg.register(q);
                    } catch (AccessException e) {
                        findings = List.of(Finding.of(e.code(), org.cundang.Severity.ERROR, "", e.text()));
                        refused = true;
                    }
                }
                if (cli.json()) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("registered", !refused);
                    doc.put("entry", r == null ? null : json(r, reg.ledger(), r.timeOut().toLocalDate()));
                    doc.put("findings", Findings.toJson(findings, cli));
                    cli.printJson(doc);
                } else {
                    findings.forEach(f -> (f.isError() ? cli.err() : cli.out()).println(Findings.line(f, cli)));
                    if (refused) {
                        cli.err().println(CustodyCli.text(cli, "access.refused"));
                    } else {
                        cli.out().println(CustodyCli.text(cli, "access.registered", r.id(),
                                q.kind().label(cli.locale()), String.valueOf(q.codes().size())));
                    }
                }
                return refused ? CundangCommand.CHECK_FAILED : CundangCommand.OK;
            }
        }
    }

    @Command(name = "return", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Return extends Base implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "LOAN-ID", descriptionKey = "access.loanId")
        String loanId;

        @Option(names = "--received-by", required = true, descriptionKey = "access.receivedBy")
        String receivedBy;

        @Option(names = "--note", descriptionKey = "access.note")
        String note;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            try (ArchiveStore s = StoreCommand.open(store, false)) {
                AccessReturn r;
                try {
                    r = register(s).returnLoan(loanId.strip(), receivedBy, note);
                } catch (AccessException e) {
                    if (cli.json()) {
                        Map<String, Object> doc = new LinkedHashMap<>();
                        doc.put("returned", false);
                        doc.put("code", e.code());
                        doc.put("message", cli.text(e.text()));
                        cli.printJson(doc);
                    } else {
                        cli.err().println(CundangCommand.oneLine(e.getMessage(cli.locale())));
                    }
                    return CundangCommand.CHECK_FAILED;
                }
                if (cli.json()) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("returned", true);
                    doc.put("id", r.id());
                    doc.put("loanId", r.loanId());
                    doc.put("timeBack", r.timeBack().toString());
                    doc.put("receivedBy", r.receivedBy());
                    doc.put("note", r.note());
                    cli.printJson(doc);
                } else {
                    cli.out().println(CustodyCli.text(cli, "access.returned", r.id(), r.loanId()));
                }
                return CundangCommand.OK;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class ListCmd extends Base implements Callable<Integer> {
        @Option(names = "--item", paramLabel = "<档号>", descriptionKey = "access.listItem")
        String item;

        @Option(names = "--open", descriptionKey = "access.open")
        boolean open;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            LocalDate today = LocalDate.now(Clock.systemDefaultZone());
            try (ArchiveStore s = StoreCommand.open(store, true)) {
                AccessLedger ledger = register(s).ledger();
                List<AccessRecord> rs = open ? ledger.openLoans() : ledger.records();
                if (item != null) {
                    rs = rs.stream().filter(r -> r.request().codes().contains(item.strip())).toList();
                }
                print(cli, rs, ledger, today, "access.count", String.valueOf(rs.size()));
            }
            return CundangCommand.OK;
        }
    }

    static void print(Cli cli, List<AccessRecord> rs, AccessLedger ledger, LocalDate day, String key,
                      String... args) {
        if (cli.json()) {
            List<Map<String, Object>> list = new ArrayList<>();
            rs.forEach(r -> list.add(json(r, ledger, day)));
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("asOf", day.toString());
            doc.put("count", list.size());
            doc.put("entries", list);
            cli.printJson(doc);
        } else {
            rs.forEach(r -> cli.out().println(line(r, ledger, cli)));
            cli.out().println(CustodyCli.text(cli, key, (Object[]) args));
        }
    }

    @Command(name = "overdue", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Overdue extends Base implements Callable<Integer> {
        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "access.asOf")
        String asOf;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            LocalDate day = asOf == null ? LocalDate.now(Clock.systemDefaultZone()) : Cli.date("--as-of", asOf);
            try (ArchiveStore s = StoreCommand.open(store, true)) {
                AccessLedger ledger = register(s).ledger();
                List<AccessRecord> rs = ledger.overdue(day);
                print(cli, rs, ledger, day, "access.overdue", String.valueOf(rs.size()), day.toString());
                return rs.isEmpty() ? CundangCommand.OK : CundangCommand.CHECK_FAILED;
            }
        }
    }

    @Command(name = "opening", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Opening extends Base implements Callable<Integer> {
        @Option(names = "--year", required = true, descriptionKey = "access.year")
        int year;

        @Option(names = "--fonds", descriptionKey = "store.fonds")
        String fonds;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            if (year < 1 || year > 9999) {
                throw CustodyCli.fail("CD-9064", String.valueOf(year));
            }
            try (ArchiveStore s = StoreCommand.open(store, true)) {
                AccessRegister reg = register(s);
                List<AccessItem> items = reg.opening(year, fonds);
                if (cli.json()) {
                    List<Map<String, Object>> list = new ArrayList<>();
                    for (AccessItem i : items) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("code", i.code());
                        m.put("title", i.title());
                        m.put("formed", String.valueOf(i.formed()));
                        m.put("opens", reg.policy().openingDate(i.formed()).map(LocalDate::toString).orElse(null));
                        m.put("controlled", i.controlled());
                        list.add(m);
                    }
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("year", year);
                    doc.put("openingYears", reg.policy().openingYears());
                    doc.put("count", list.size());
                    doc.put("items", list);
                    cli.printJson(doc);
                } else {
                    for (AccessItem i : items) {
                        cli.out().println(reg.policy().openingDate(i.formed()).orElseThrow() + "\t" + i.code() + "\t"
                                + i.title() + (i.controlled() ? "\t" + (cli.zh() ? "控制使用" : "controlled") : ""));
                    }
                    cli.out().println(CustodyCli.text(cli, "access.opening", String.valueOf(items.size()),
                            String.valueOf(year), String.valueOf(reg.policy().openingYears())));
                }
            }
            return CundangCommand.OK;
        }
    }
}
