package org.cundang.samples.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cundang.Finding;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CategoryCode;
import org.cundang.code.Change;
import org.cundang.code.CodeNormalizer;
import org.cundang.code.CodeTemplate;
import org.cundang.code.CodeTemplates;
import org.cundang.code.ItemSequences;
import org.cundang.code.Normalization;
import org.cundang.retention.RetentionPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cundang code parse|format|check}. */
@Command(name = "code", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages",
        subcommands = {CodeCommand.Parse.class, CodeCommand.Format.class, CodeCommand.Check.class})
final class CodeCommand {

    /** The largest code list {@code code check} reads, in bytes. */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private static final CodeTemplates TEMPLATES = CodeTemplates.defaults();

    static CodeTemplate template(String name) {
        return TEMPLATES.require(name);
    }

    /** The parts of a code as the JSON document of {@code code parse}. */
    static Map<String, Object> toJson(ArchivalCode c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.toString());
        m.put("template", c.template().name());
        m.put("fonds", c.fonds());
        c.category().ifPresent(x -> m.put("category", x.toString()));
        c.year().ifPresent(y -> m.put("year", y));
        c.period().ifPresent(p -> m.put("period", p.code()));
        if (c.template().has(org.cundang.code.PartKind.ORG)) {
            m.put("org", c.org().orElse(null));
        }
        c.catalogue().ifPresent(x -> m.put("catalogue", x));
        c.volume().ifPresent(x -> m.put("volume", x));
        m.put("item", c.item());
        m.put("scope", c.scope().key());
        return m;
    }

    @Command(name = "parse", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Parse implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<档号>", descriptionKey = "code.code")
        String code;

        @Option(names = "--template", paramLabel = "NAME", defaultValue = "da-t-22", descriptionKey = "code.template")
        String templateName;

        @Option(names = "--lenient", descriptionKey = "code.lenient")
        boolean lenient;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            CodeTemplate t = template(templateName);
            ArchivalCode parsed;
            List<Change> changes = List.of();
            if (lenient) {
                Normalization n = CodeNormalizer.of(t).normalize(code);
                parsed = n.orElseThrow();
                changes = n.changes();
            } else {
                parsed = t.parse(code);
            }
            if (cli.json()) {
                Map<String, Object> doc = toJson(parsed);
                if (lenient) {
                    List<Map<String, Object>> list = new ArrayList<>();
                    for (Change ch : changes) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("kind", ch.kind().name());
                        m.put("index", ch.index());
                        m.put("from", ch.from());
                        m.put("to", ch.to());
                        m.put("message", cli.text(ch.describe()));
                        list.add(m);
                    }
                    doc.put("changes", list);
                }
                cli.printJson(doc);
            } else {
                for (Change ch : changes) {
                    cli.out().println(cli.text("code.changed", cli.text(ch.describe())));
                }
                printParts(cli, parsed);
            }
            return CundangCommand.OK;
        }

        private static void printParts(Cli cli, ArchivalCode c) {
            cli.out().println(cli.text("code.part.code") + "\t" + c);
            cli.out().println(cli.text("code.part.fonds") + "\t" + c.fonds());
            c.category().ifPresent(x -> cli.out().println(cli.text("code.part.category") + "\t" + x
                    + c.template().categories().name(x).map(n -> "（" + n + "）").orElse("")));
            c.year().ifPresent(y -> cli.out().println(cli.text("code.part.year") + "\t" + y));
            c.period().ifPresent(p -> cli.out().println(cli.text("code.part.period") + "\t" + cli.periodText(p)));
            c.org().ifPresent(o -> cli.out().println(cli.text("code.part.org") + "\t" + o));
            c.catalogue().ifPresent(x -> cli.out().println(cli.text("code.part.catalogue") + "\t" + x));
            c.volume().ifPresent(x -> cli.out().println(cli.text("code.part.volume") + "\t" + x));
            cli.out().println(cli.text("code.part.item") + "\t" + c.item());
        }
    }

    @Command(name = "format", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Format implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--fonds", required = true, descriptionKey = "code.fonds")
        String fonds;

        @Option(names = "--category", required = true, descriptionKey = "code.category")
        String category;

        @Option(names = "--year", required = true, descriptionKey = "code.year")
        int year;

        @Option(names = "--period", required = true, descriptionKey = "code.period")
        String period;

        @Option(names = "--org", descriptionKey = "code.org")
        String org;

        @Option(names = "--item", required = true, descriptionKey = "code.item")
        int item;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            ArchivalCode.Builder b = CodeTemplate.daT22().builder()
                    .fonds(fonds)
                    .category(CategoryCode.parse(category))
                    .year(year)
                    .period(RetentionPeriod.parse(period))
                    .item(item);
            if (org != null) {
                b.org(org);
            }
            ArchivalCode c = b.build();
            if (cli.json()) {
                cli.printJson(toJson(c));
            } else {
                cli.out().println(c);
            }
            return CundangCommand.OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Check implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<file>", descriptionKey = "code.file")
        Path file;

        @Option(names = "--template", paramLabel = "NAME", defaultValue = "da-t-22", descriptionKey = "code.template")
        String templateName;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            CodeTemplate t = template(templateName);
            List<String> lines = readLines(file);
            List<Finding> findings = ItemSequences.of(t).checkText(lines);
            long codes = lines.stream().filter(l -> !l.isBlank()).count();
            if (cli.json()) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("file", file.toString());
                doc.put("template", t.name());
                doc.put("codes", codes);
                doc.put("ok", findings.isEmpty());
                doc.put("findings", Findings.toJson(findings, cli));
                cli.printJson(doc);
            } else {
                for (Finding f : findings) {
                    cli.out().println(Findings.line(f, cli));
                }
                cli.out().println(findings.isEmpty() ? cli.text("code.check.ok", String.valueOf(codes))
                        : cli.text("code.check.failed", String.valueOf(codes), String.valueOf(findings.size())));
            }
            return findings.isEmpty() ? CundangCommand.OK : CundangCommand.CHECK_FAILED;
        }
    }

    /** Reads a UTF-8 text file (BOM tolerated), refusing files that are too large or not UTF-8. */
    static List<String> readLines(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw CliException.cannotRead(file, "not a regular file / 不是普通文件");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw CliException.cannotRead(file, "larger than 256 MB / 超过 256 MB");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.lines().toList();
        } catch (CharacterCodingException e) {
            throw CliException.cannotRead(file, "not UTF-8 / 不是 UTF-8 编码");
        } catch (IOException e) {
            throw CliException.cannotRead(file, e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }
}
