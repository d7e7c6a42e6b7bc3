package com.actionpack.tui.cli;

import com.actionpack.tui.fault.ExitCodes;
import com.actionpack.tui.fault.Failure;
import com.actionpack.tui.fault.Incidents;
import com.actionpack.tui.text.SafeText;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
    /** Subcommands not built yet, by name, in the order they were added. */
    private final Map<String, Supplier<?>> unbuilt = new LinkedHashMap<>();

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
        buildSubcommands(); // keeps the order in which they were added (the usage help lists them so)
        commandLine.addSubcommand(subcommand);
        configure();
        return this;
    }

    /**
     * Adds a subcommand that is built, with its picocli model, only when a command line may name
     * it: starting the console needs none of them, and building every subcommand's model by
     * reflection was a good part of the time to the first screen (issue 15). {@code name} must be
     * the subcommand's {@code @Command} name (checked when it is built). Returns this.
     */
    public Cli withLazily(String name, Supplier<?> subcommand) {
        unbuilt.put(name, subcommand);
        return this;
    }

    /** The picocli model with every subcommand, e.g. to add one in a test. */
    public CommandLine commandLine() {
        buildSubcommands();
        return commandLine;
    }

    private void buildSubcommands() {
        if (unbuilt.isEmpty()) {
            return;
        }
        unbuilt.forEach((name, subcommand) -> {
            commandLine.addSubcommand(subcommand.get());
            if (!commandLine.getSubcommands().containsKey(name)) {
                throw new IllegalStateException("subcommand added as '" + name + "' is named otherwise: "
                        + commandLine.getSubcommands().keySet());
            }
        });
        unbuilt.clear();
        configure();
    }

    /**
     * Whether the root command alone handles this command line exactly as the whole model would:
     * no argument names a subcommand or an argument file ({@code @file}), it parses, and it asks
     * for no usage help (which lists the subcommands). Any error is left to the whole model, so
     * its message is the same as ever.
     */
    private boolean rootAlone(String[] args) {
        if (unbuilt.isEmpty() || Arrays.stream(args).anyMatch(a -> unbuilt.containsKey(a) || a.startsWith("@"))) {
            return false;
        }
        try {
            return !commandLine.parseArgs(args).isUsageHelpRequested();
        } catch (CommandLine.ParameterException e) {
            return false;
        }
    }

    /** Runs the command; then checks that everything written to standard output arrived. */
    public int execute(String... args) {
        int code;
        try {
            if (!rootAlone(args)) {
                buildSubcommands();
            }
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
