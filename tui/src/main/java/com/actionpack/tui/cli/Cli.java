package com.actionpack.tui.cli;

import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.InvalidInputException;
import com.actionpack.persistence.db.DatabaseException;

import com.actionpack.tui.text.SafeText;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * The command line as one object: parses, runs, and turns every failure into one line on
 * stderr and an exit code. Usage mistakes exit 2, a {@link UserError} its own code (1 unless
 * said), anything unexpected 1 with the details in the log.
 */
public final class Cli {

    public static final String NAME = "actionpack";

    /** The database cannot be used (see the message); 2 is a usage mistake, 1 a refusal or a bug. */
    public static final int EXIT_DATABASE = 3;

    private final CommandLine commandLine;
    private final ActionPackCommand root;
    private final ErrorLog errorLog;
    private final PrintWriter out;
    private final PrintWriter err;

    public Cli(ConsoleLauncher launcher, ErrorLog errorLog, PrintWriter out, PrintWriter err) {
        this(launcher, errorLog, out, err, java.time.Clock.systemDefaultZone());
    }

    /** @param clock the real clock, against which a preview day is checked (R14a) */
    public Cli(ConsoleLauncher launcher, ErrorLog errorLog, PrintWriter out, PrintWriter err, java.time.Clock clock) {
        root = new ActionPackCommand(launcher, clock);
        commandLine = new CommandLine(root);
        this.errorLog = errorLog;
        this.out = out;
        this.err = err;
        configure();
    }

    /**
     * Streams and handlers, set on the root and, as picocli does, copied to the subcommands it
     * has now: so this runs again whenever a subcommand is added.
     */
    private void configure() {
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, args) -> {
            err.println(NAME + ": " + oneLine(ex.getMessage()) + " (see " + NAME + " --help)");
            err.flush();
            return CommandLine.ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof UserError) {
                err.println(NAME + ": " + oneLine(ex.getMessage()));
                err.flush();
                return ((UserError) ex).exitCode();
            }
            if (ex instanceof DatabaseException) {
                // Not a SQLite file, a newer schema, read-only, locked: the message says what to do.
                err.println(NAME + ": " + oneLine(ex.getMessage()));
                err.flush();
                return EXIT_DATABASE;
            }
            if (ex instanceof ActionRefusedException || ex instanceof InvalidInputException) {
                err.println(NAME + ": " + oneLine(ex.getMessage()));
                err.flush();
                return CommandLine.ExitCode.SOFTWARE;
            }
            String where = errorLog.record(ex);
            err.println(NAME + ": unexpected error: " + oneLine(describe(ex)) + " (" + oneLine(where) + ")");
            err.flush();
            return CommandLine.ExitCode.SOFTWARE;
        });
    }

    /** The shared options as parsed, for subcommands that open the application. */
    public CliOptions rootOptions() {
        return root.options();
    }

    /** Adds a subcommand (an {@code @Command} object); returns this for chaining. */
    public Cli with(Object subcommand) {
        commandLine.addSubcommand(subcommand);
        configure();
        return this;
    }

    /** The picocli model, e.g. to add a subcommand in a test. */
    public CommandLine commandLine() {
        return commandLine;
    }

    public int execute(String... args) {
        return commandLine.execute(args);
    }

    private static String describe(Throwable ex) {
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName()
                : ex.getClass().getSimpleName() + ": " + message;
    }

    private static String oneLine(String text) {
        return SafeText.line(text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " "));
    }
}
