package org.cundang.samples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cundang.Finding;
import org.cundang.arrange.Arrangement;
import org.cundang.arrange.Arranger;
import org.cundang.arrange.Box;
import org.cundang.arrange.Boxer;
import org.cundang.arrange.Boxing;
import org.cundang.arrange.BoxingRules;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeTemplate;
import org.cundang.samples.print.CatalogueCsv;
import org.cundang.samples.print.ItemsCsv;
import org.cundang.samples.print.PaperLayout;
import org.cundang.samples.print.PaperPrinter;
import org.cundang.samples.print.PrintException;
import org.cundang.schedule.RetentionSchedule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The paper side of 规范整理 (issue 9): {@code cundang arrange}, {@code cundang box} and {@code cundang print}.
 */
final class PaperCommands {

    private static final Pattern MM = Pattern.compile("\\s*([0-9]{1,4}(?:\\.[0-9]{1,3})?)\\s*(mm)?\\s*");

    private PaperCommands() {
    }

    /** {@code --spine}: {@code auto} or a thickness in millimetres ({@code 30mm}, {@code 30}). */
    static int spine(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("auto")) {
            return 0;
        }
        Matcher m = MM.matcher(text);
        if (!m.matches() || m.group(1).contains(".")) {
            throw CliException.of("CD-9042", "--spine", text);
        }
        return Integer.parseInt(m.group(1));
    }

    /** {@code --sheet}: a thickness in millimetres ({@code 0.1mm}), as micrometres. */
    static int sheetMicrons(String text) {
        Matcher m = text == null ? null : MM.matcher(text);
        if (m == null || !m.matches()) {
            throw CliException.of("CD-9042", "--sheet", String.valueOf(text));
        }
        return (int) Math.round(Double.parseDouble(m.group(1)) * 1000);
    }

    static List<Map<String, Object>> boxesJson(List<Box> boxes) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Box b : boxes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("box", b.number());
            m.put("class", b.scope().key());
            m.put("range", b.range());
            m.put("first", b.first().toString());
            m.put("last", b.last().toString());
            m.put("spineMm", b.spineMm());
            m.put("items", b.contents().size());
            m.put("pages", b.pages());
            list.add(m);
        }
        return list;
    }

    /** Box options shared by {@code box} and {@code print}. */
    static final class BoxOptions {
        @Option(names = "--spine", paramLabel = "20mm|30mm|40mm|50mm|auto", defaultValue = "auto",
                descriptionKey = "box.spine")
        String spine;

        @Option(names = "--sheet", paramLabel = "0.1mm", defaultValue = "0.1mm", descriptionKey = "box.sheet")
        String sheet;

        @Option(names = "--double-sided", descriptionKey = "box.doubleSided")
        boolean doubleSided;

        @Option(names = "--continuous", descriptionKey = "box.continuous")
        boolean continuous;

        BoxingRules rules() {
            BoxingRules r = BoxingRules.defaults().withSheetMicrons(sheetMicrons(sheet))
                    .withPagesPerSheet(doubleSided ? 2 : 1).withFixedSpine(spine(spine));
            return continuous ? r.withNumbering(BoxingRules.Numbering.CONTINUOUS) : r;
        }
    }

    /** {@code cundang arrange <items.csv> --fonds Z109}. */
    @Command(name = "arrange", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Arrange implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<items.csv>", descriptionKey = "arrange.items")
        Path items;

        @Option(names = "--fonds", required = true, descriptionKey = "arrange.fonds")
        String fonds;

        @Option(names = "--category", defaultValue = "WS", descriptionKey = "arrange.category")
        String category;

        @Option(names = "--schedule", paramLabel = "ID|FILE", descriptionKey = "arrange.schedule")
        String schedule;

        @Option(names = "--out", paramLabel = "<catalog.csv>", defaultValue = "catalog.csv",
                descriptionKey = "arrange.out")
        Path out;

        @Option(names = "--encoding", paramLabel = "utf-8|gb18030", defaultValue = "utf-8",
                descriptionKey = "arrange.encoding")
        String encoding;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            Charset charset = charset(encoding);
            RetentionSchedule s = schedule == null ? null : ScheduleSupport.schedules(schedule).get(0);
            Arranger arranger = Arranger.builder(fonds).category(category).schedule(s).build();
            ItemsCsv.Result read = ItemsCsv.read(items);
            Arrangement a = arranger.arrange(read.items());
            List<Finding> findings = new ArrayList<>(read.findings());
            findings.addAll(a.findings());
            CatalogueCsv.write(a.entries(), out, charset);
            Set<String> classes = new TreeSet<>();
            for (CatalogueEntry e : a.entries()) {
                String c = e.code();
                classes.add(c.substring(0, c.lastIndexOf('-')));
            }
            long notPlaced = read.items().size() - a.entries().size() + read.findings().size();
            if (cli.json()) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("catalogue", out.toString());
                doc.put("numbered", a.entries().size());
                doc.put("classes", new ArrayList<>(classes));
                doc.put("notPlaced", notPlaced);
                doc.put("findings", Findings.toJson(findings, cli));
                List<String> codes = new ArrayList<>();
                a.entries().forEach(e -> codes.add(e.code()));
                doc.put("codes", codes);
                cli.printJson(doc);
            } else {
                for (Finding f : findings) {
                    cli.out().println(Findings.line(f, cli));
                }
                cli.out().println(cli.text("arrange.done", String.valueOf(a.entries().size()),
                        String.valueOf(classes.size()), String.valueOf(notPlaced), out.toString()));
            }
            return findings.stream().anyMatch(Finding::isError) ? CundangCommand.CHECK_FAILED : CundangCommand.OK;
        }

        private Charset charset(String name) {
            String n = name.strip().toLowerCase(java.util.Locale.ROOT);
            if (n.equals("utf-8") || n.equals("utf8")) {
                return StandardCharsets.UTF_8;
            }
            if (n.equals("gb18030")) {
                return CatalogueCsv.gb18030();
            }
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--encoding: utf-8 or gb18030, not " + name);
        }
    }

    /** {@code cundang box <catalog.csv> [--spine 30mm]}. */
    @Command(name = "box", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class BoxCmd implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<catalog.csv>", descriptionKey = "box.catalog")
        Path catalog;

        @picocli.CommandLine.Mixin
        BoxOptions options = new BoxOptions();

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            BoxingRules rules = options.rules();
            List<CatalogueEntry> entries = CatalogueCsv.read(catalog);
            Boxing b = Boxer.of(rules, CodeTemplate.daT22()).box(entries);
            if (cli.json()) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("catalogue", catalog.toString());
                doc.put("rules", rules.toString());
                doc.put("boxes", boxesJson(b.boxes()));
                doc.put("findings", Findings.toJson(b.findings(), cli));
                cli.printJson(doc);
            } else {
                for (Finding f : b.findings()) {
                    cli.out().println(Findings.line(f, cli));
                }
                int items = 0;
                for (Box x : b.boxes()) {
                    items += x.contents().size();
                    cli.out().println(cli.text("box.line", String.valueOf(x.number()), x.scope().key(), x.range(),
                            String.valueOf(x.spineMm()), String.valueOf(x.contents().size()),
                            String.valueOf(x.pages())));
                }
                cli.out().println(cli.text("box.done", String.valueOf(b.boxes().size()), String.valueOf(items)));
            }
            return b.hasErrors() ? CundangCommand.CHECK_FAILED : CundangCommand.OK;
        }
    }

    /** What {@code print} prints. */
    enum What {
        /** 归档章 labels. */
        stamps,
        /** 盒脊 labels. */
        spines,
        /** 备考表. */
        notes,
        /** 归档文件目录. */
        catalog
    }

    /** How the catalogue is bound: per year, or per year and period. */
    enum Per {
        /** One volume per year. */
        year,
        /** One volume per year and 保管期限. */
        period
    }

    /** {@code cundang print stamps|spines|notes|catalog <catalog.csv> --out file.pdf}. */
    @Command(name = "print", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Print implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "stamps|spines|notes|catalog", descriptionKey = "print.what")
        What what;

        @Parameters(index = "1", paramLabel = "<catalog.csv>", descriptionKey = "box.catalog")
        Path catalog;

        @Option(names = "--out", required = true, paramLabel = "<file.pdf>", descriptionKey = "print.out")
        Path out;

        @Option(names = "--font", paramLabel = "<file.ttf|.ttc>", descriptionKey = "print.font")
        Path font;

        @Option(names = "--fonds-name", defaultValue = "", descriptionKey = "print.fondsName")
        String fondsName;

        @Option(names = "--per", paramLabel = "year|period", defaultValue = "period", descriptionKey = "print.per")
        Per per;

        @Option(names = "--arranger", defaultValue = "", descriptionKey = "print.arranger")
        String arranger;

        @Option(names = "--arranged-on", defaultValue = "", descriptionKey = "print.arrangedOn")
        String arrangedOn;

        @Option(names = "--checker", defaultValue = "", descriptionKey = "print.checker")
        String checker;

        @Option(names = "--checked-on", defaultValue = "", descriptionKey = "print.checkedOn")
        String checkedOn;

        @picocli.CommandLine.Mixin
        BoxOptions options = new BoxOptions();

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            BoxingRules rules = options.rules();
            List<CatalogueEntry> entries = CatalogueCsv.read(catalog);
            CodeTemplate template = CodeTemplate.daT22();
            PaperPrinter printer = PaperPrinter.of(PaperLayout.defaults(), font, template);
            List<Finding> findings = new ArrayList<>();
            PaperPrinter.PrintResult result;
            try (OutputStream o = Files.newOutputStream(out)) {
                switch (what) {
                    case stamps:
                        result = printer.stamps(entries, o);
                        break;
                    case catalog:
                        result = printer.catalogue(entries, fondsName, per == Per.period, o);
                        break;
                    default:
                        Boxing b = Boxer.of(rules, template).box(entries);
                        findings.addAll(b.findings());
                        result = what == What.spines ? printer.spines(b.boxes(), o)
                                : printer.notes(b.boxes(), new PaperPrinter.NoteFields(arranger, arrangedOn, checker,
                                        checkedOn), o);
                        break;
                }
            } catch (IOException e) {
                throw PrintException.of("CD-9045", e, out.toString(), String.valueOf(e.getMessage()));
            }
            if (cli.json()) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("what", what.name());
                doc.put("out", out.toString());
                doc.put("pages", result.pages());
                doc.put("font", result.font());
                doc.put("missingGlyphs", result.missingGlyphs());
                doc.put("findings", Findings.toJson(findings, cli));
                cli.printJson(doc);
            } else {
                for (Finding f : findings) {
                    cli.out().println(Findings.line(f, cli));
                }
                if (result.missingGlyphs() > 0) {
                    cli.err().println(cli.text("print.missingGlyphs", String.valueOf(result.missingGlyphs())));
                }
                cli.out().println(cli.text("print.done", String.valueOf(result.pages()), out.toString(),
                        result.font()));
            }
            return findings.stream().anyMatch(Finding::isError) ? CundangCommand.CHECK_FAILED : CundangCommand.OK;
        }
    }
}
