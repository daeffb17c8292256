package org.cundang.samples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cundang.ArchiveException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code cundang} command.
 *
 * <p>Common to all subcommands: {@code --json} prints one JSON document on stdout; {@code --lang zh|en} chooses
 * the language of messages and help (zh by default); exit 0 when all is well, 1 when a check finds an error, 2 for
 * bad usage or bad input, with one clear line on stderr and no stack trace unless {@code --debug}.
 */
@Command(name = "cundang",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = "org.cundang.samples.cli.Messages",
        subcommands = {CodeCommand.class, RetentionCommand.class, ScheduleCommand.class, TransferCommand.class,
                StoreCommand.class, AppraisalCommand.class, AccessCommand.class, HandoverCommand.class,
                OverviewCommand.class, RoomCommand.class, DemoCommand.class, PaperCommands.Arrange.class,
                PaperCommands.BoxCmd.class, PaperCommands.Print.class,
                CommandLine.HelpCommand.class, CompletionCommand.class})
public final class CundangCommand implements Runnable {

    /** Exit status: all is well. */
    public static final int OK = 0;
    /** Exit status: a check found an error. */
    public static final int CHECK_FAILED = 1;
    /** Exit status: bad usage or bad input. */
    public static final int BAD_INPUT = 2;

    @Option(names = "--json", scope = ScopeType.INHERIT, descriptionKey = "option.json")
    boolean json;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en", descriptionKey = "option.lang",
            converter = LangConverter.class)
    Locale lang = Locale.SIMPLIFIED_CHINESE;

    @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "option.debug")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: print the help on stderr and fail as bad usage. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                spec.commandLine().getResourceBundle().getString("error.noSubcommand"));
    }

    /**
     * Runs the command and exits the JVM with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging, which would otherwise pick java.util.logging and print
        // an INFO line on every run; route it to SLF4J (warnings only, see simplelogger.properties).
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        System.exit(execute(args, out, err));
    }

    /**
     * Runs the command in this JVM (used by tests and by hosts that embed the CLI).
     *
     * @param args the command line, not null
     * @param out  standard output, not null
     * @param err  standard error, not null
     * @return the exit status: {@link #OK}, {@link #CHECK_FAILED} or {@link #BAD_INPUT}
     */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        Locale locale = LangConverter.prescan(args);
        CundangCommand root = new CundangCommand();
        // the language asked for, even when parsing stops at an error before picocli reaches --lang
        root.lang = locale;
        CommandLine cl = new CommandLine(root);
        cl.setResourceBundle(ResourceBundle.getBundle("org.cundang.samples.cli.Messages", locale));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            Cli cli = Cli.of(ex.getCommandLine());
            String message = oneLine(ex.getMessage());
            if (cli.zh()) {
                message = PicocliText.zh(message);
            }
            cli.err().println("CD-9001: " + cli.text("CD-9001", message,
                    ex.getCommandLine().getCommandSpec().qualifiedName()));
            if (cli.debug()) {
                ex.printStackTrace(cli.err());
            }
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            Cli cli = Cli.of(cmd);
            if (ex instanceof ArchiveException) {
                ArchiveException ae = (ArchiveException) ex;
                cli.err().println(oneLine(ae.getMessage(cli.locale())));
            } else {
                cli.err().println("CD-9000: " + cli.text("CD-9000", ex.getClass().getSimpleName() + ": "
                        + oneLine(String.valueOf(ex.getMessage()))));
            }
            if (cli.debug()) {
                ex.printStackTrace(cli.err());
            }
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    static String oneLine(String s) {
        String t = s.replaceAll("[\\r\\n]+", " ").strip();
        return t.length() > 500 ? t.substring(0, 500) + "…" : t;
    }
}
