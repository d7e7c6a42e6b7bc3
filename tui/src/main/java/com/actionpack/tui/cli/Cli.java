package com.actionpack.tui.cli;

import com.actionpack.tui.fault.ExitCodes;
import com.actionpack.tui.fault.Failure;
import com.actionpack.tui.fault.Incidents;
import com.actionpack.tui.text.SafeText;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * The command line as one object: parses, runs, and is the one place where a failure becomes
 * one line on stderr ({@code actionpack: ...}, never a Java class name) and one of the exit
 * codes of {@link ExitCodes}: usage mistakes 2, a {@link UserError} its own code, the rest as
 * {@link Failure} classifies them; an unexpected error is logged under an incident id. With a
 * {@link StandardOutput}, a write to standard output that failed is exit 3 (one line), or the
 * quiet {@value StandardOutput#BROKEN_PIPE_STATUS} of a closed pipe.
 */
public final class Cli {

    public static final String NAME = "actionpack";

    /** The database or the output cannot be used (see the message). */
    public static final int EXIT_DATABASE = ExitCodes.UNUSABLE;

    private final CommandLine commandLine;
    private final ActionPackCommand root;
    private final ErrorLog errorLog;
    private final StandardOutput standardOutput;
    private final PrintWriter out;
    private final PrintWriter err;

    /** Standard output through {@code output}, checked after every command. */
    public Cli(ConsoleLauncher launcher, ErrorLog errorLog, StandardOutput output, PrintWriter err) {
        this(launcher, errorLog, output, output.writer(), err, java.time.Clock.systemDefaultZone());
    }

    /** Output to a writer nobody checks (tests). */
    public Cli(ConsoleLauncher launcher, ErrorLog errorLog, PrintWriter out, PrintWriter err) {
        this(launcher, errorLog, null, out, err, java.time.Clock.systemDefaultZone());
    }

    /** @param clock the real clock, against which a preview day is checked (R14a) */
    public Cli(ConsoleLauncher launcher, ErrorLog errorLog, PrintWriter out, PrintWriter err, java.time.Clock clock) {
        this(launcher, errorLog, null, out, err, clock);
    }

    /** Standard output through {@code output}, checked after every command; {@code clock} as above. */
    public Cli(ConsoleLauncher launcher, ErrorLog errorLog, StandardOutput output, PrintWriter err,
            java.time.Clock clock) {
        this(launcher, errorLog, output, output.writer(), err, clock);
    }

    private Cli(ConsoleLauncher launcher, ErrorLog errorLog, StandardOutput output, PrintWriter out, PrintWriter err,
            java.time.Clock clock) {
        root = new ActionPackCommand(launcher, clock);
        commandLine = new CommandLine(root);
        this.errorLog = errorLog;
        this.standardOutput = output;
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
            say(oneLine(ex.getMessage()) + " (see " + NAME + " --help)");
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> fail(ex));
    }

    /** The one place a thrown failure becomes a line and an exit code. */
    int fail(Throwable ex) {
        if (ex instanceof UserError user) {
            say(oneLine(user.getMessage()));
            return user.exitCode();
        }
        if (standardOutput != null && standardOutput.brokenPipe()) {
            return StandardOutput.BROKEN_PIPE_STATUS;
        }
        Failure failure = Failure.of(ex);
        if (failure.unexpected()) {
            String incident = Incidents.newId();
            String where = errorLog.record(incident, ex);
            say("unexpected error, incident " + incident + " (" + oneLine(where) + ")");
        } else {
            say(oneLine(failure.message()));
        }
        return failure.exitCode();
    }

    private void say(String line) {
        err.println(NAME + ": " + line);
        err.flush();
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

    /** Runs the command; then checks that everything written to standard output arrived. */
    public int execute(String... args) {
        int code;
        try {
            code = commandLine.execute(args);
        } catch (Error e) {
            // picocli hands only exceptions to the handler: an Error (out of memory, a missing
            // native library) would otherwise print its trace into the log and nothing here.
            code = fail(e);
        }
        if (standardOutput == null) {
            out.flush();
            return code;
        }
        Optional<IOException> failed = standardOutput.finish();
        if (failed.isEmpty()) {
            return code;
        }
        if (standardOutput.brokenPipe()) {
            return StandardOutput.BROKEN_PIPE_STATUS;
        }
        if (code != ExitCodes.UNUSABLE) {
            // The command did not notice (it printed through a writer): say it here, once.
            say("cannot write to standard output: " + oneLine(failed.get().getMessage()));
        }
        return ExitCodes.UNUSABLE;
    }

    private static String oneLine(String text) {
        return SafeText.line(text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " "));
    }
}
