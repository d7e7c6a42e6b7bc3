package com.actionpack.tui.cli;

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

    private final CommandLine commandLine;

    public Cli(ConsoleLauncher launcher, ErrorLog errorLog, PrintWriter out, PrintWriter err) {
        commandLine = new CommandLine(new ActionPackCommand(launcher));
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
            String where = errorLog.record(ex);
            err.println(NAME + ": unexpected error: " + oneLine(describe(ex)) + " (" + oneLine(where) + ")");
            err.flush();
            return CommandLine.ExitCode.SOFTWARE;
        });
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
