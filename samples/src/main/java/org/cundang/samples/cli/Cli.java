package org.cundang.samples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Locale;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;
import org.cundang.retention.RetentionPeriod;
import picocli.CommandLine;

/**
 * What a subcommand needs from the command line it runs in: the output streams, the language, {@code --json},
 * {@code --debug}, and the CLI's message catalogue.
 */
final class Cli {

    private static final MessageCatalog MESSAGES = MessageCatalog.load(Cli.class, "cli");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final CommandLine commandLine;
    private final CundangCommand root;

    private Cli(CommandLine commandLine) {
        this.commandLine = commandLine;
        CommandLine top = commandLine;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        this.root = top.getCommand();
    }

    static Cli of(CommandLine commandLine) {
        return new Cli(commandLine);
    }

    static Cli of(CommandLine.Model.CommandSpec spec) {
        return new Cli(spec.commandLine());
    }

    Locale locale() {
        return root.lang;
    }

    /** A retention period as the user reads it: 定期30年 in Chinese, "30 years" in English. */
    String periodLabel(RetentionPeriod p) {
        return zh() ? p.label() : p.labelEn();
    }

    /** A retention period's code with its label: D30（定期30年）, or D30 (30 years) in English. */
    String periodText(RetentionPeriod p) {
        return text("period.text", p.code(), periodLabel(p));
    }

    /** Whether the user reads Chinese (the default) rather than English. */
    boolean zh() {
        return locale().getLanguage().equals("zh");
    }

    boolean json() {
        return root.json;
    }

    boolean debug() {
        return root.debug;
    }

    PrintWriter out() {
        return commandLine.getOut();
    }

    PrintWriter err() {
        return commandLine.getErr();
    }

    /** A CLI message in the chosen language. */
    String text(String key, Object... args) {
        return MESSAGES.text(key, args).in(locale());
    }

    /** A bilingual text in the chosen language. */
    String text(LocalizedText text) {
        return text.in(locale());
    }

    /**
     * Reads a date option written {@code YYYY-MM-DD}.
     *
     * @param option the option's name, for the message
     * @param text   the value
     * @return the date
     * @throws CliException CD-9013 when the text is not an ISO date
     */
    static java.time.LocalDate date(String option, String text) {
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw CliException.of("CD-9013", option, text);
        }
    }

    /** Prints one JSON document on stdout. */
    void printJson(Object document) {
        try {
            out().println(JSON.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        out().flush();
    }
}
