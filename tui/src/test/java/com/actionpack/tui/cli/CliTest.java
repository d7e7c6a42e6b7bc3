package com.actionpack.tui.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<CliOptions> launched = new ArrayList<>();
    private final List<Throwable> logged = new ArrayList<>();
    private ConsoleLauncher launcher = options -> {
        launched.add(options);
        return 0;
    };

    private Cli cli() {
        return new Cli(options -> launcher.launch(options), error -> {
            logged.add(error);
            return "details in /data/actionpack.log";
        }, new PrintWriter(out, true), new PrintWriter(err, true), TODAY_CLOCK);
    }

    /** The real day the CLI checks a preview day against (R14a). */
    private static final java.time.Clock TODAY_CLOCK = java.time.Clock.fixed(
            java.time.Instant.parse("2026-11-30T10:00:00Z"), java.time.ZoneOffset.UTC);

    @Test
    @DisplayName("R14a: --as-of today or later previews; a past day is one line pointing to the audit trail, exit 2")
    void asOfLooksForwardOnly() {
        assertEquals(0, cli().execute("--as-of", "2026-11-30"));
        assertEquals(0, cli().execute("--as-of", "2026-12-01"));
        assertEquals(2, launched.size());
        int code = cli().execute("--as-of", "2026-11-29");
        assertEquals(2, code);
        assertEquals(1, errLines().size(), err.toString());
        assertTrue(errLines().get(0).startsWith("actionpack: --as-of 2026-11-29 is in the past"), err.toString());
        assertTrue(errLines().get(0).contains("audit trail"), err.toString());
        assertEquals(2, launched.size(), "nothing launched for a past day");
    }

    private List<String> errLines() {
        return err.toString().lines().toList();
    }

    @Test
    void noSubcommandStartsTheConsoleWithTheOptions() {
        int code = cli().execute("--db", "a.db", "--plugins", "plug", "--as-of", "2027-03-01", "--user", "ann@contoso.example");
        assertEquals(0, code, err.toString());
        assertEquals(List.of(new CliOptions(Optional.of("a.db"), Optional.of(Path.of("plug")),
                Optional.of(LocalDate.of(2027, 3, 1)), Optional.of("ann@contoso.example"))), launched);
    }

    /** A subcommand that fails with a database error, as `report` or `demo` would on a bad file. */
    @picocli.CommandLine.Command(name = "broken")
    static final class Broken implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getErr().println("error: own message");
            throw new com.actionpack.persistence.db.DatabaseException("x.db is not an Action Pack database");
        }
    }

    @Test
    void subcommandsAddedLaterWriteToTheSameStreamsAndGetOneLineErrors() {
        int code = cli().with(new Broken()).execute("broken");
        assertEquals(Cli.EXIT_DATABASE, code);
        assertEquals(List.of("error: own message", "actionpack: x.db is not an Action Pack database"), errLines());
        assertEquals(List.of(), logged);
    }

    @Test
    void optionsAreOptional() {
        assertEquals(0, cli().execute());
        assertEquals(new CliOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                launched.get(0));
    }

    @Test
    void badAsOfDateIsOneLineAndExitCode2() {
        int code = cli().execute("--as-of", "2026-02-30");
        assertEquals(2, code);
        assertEquals(1, errLines().size(), err.toString());
        assertTrue(errLines().get(0).startsWith("actionpack: "), err.toString());
        assertTrue(err.toString().contains("'2026-02-30' is not a date: write it as YYYY-MM-DD"), err.toString());
        assertTrue(launched.isEmpty());
        assertTrue(out.toString().isEmpty(), "no usage dump: " + out);
    }

    @Test
    void badDateWithControlCharactersIsEscapedInTheMessage() {
        assertEquals(2, cli().execute("--as-of", "\u001b[2J"));
        assertTrue(err.toString().contains("'^[[2J' is not a date"), err.toString());
        assertFalse(err.toString().contains("\u001b"));
    }

    @Test
    void unknownOptionIsOneLineAndExitCode2() {
        assertEquals(2, cli().execute("--colour"));
        assertEquals(1, errLines().size(), err.toString());
        assertTrue(errLines().get(0).contains("Unknown option: '--colour'"), err.toString());
    }

    @Test
    void helpListsEveryOption() {
        assertEquals(0, cli().execute("--help"));
        for (String option : List.of("--db", "--plugins", "--as-of", "--user", "--help", "--version")) {
            assertTrue(out.toString().contains(option), option + " missing:\n" + out);
        }
        assertTrue(launched.isEmpty());
    }

    @Test
    void versionComesFromTheMavenProject() {
        assertEquals(0, cli().execute("--version"));
        String version = out.toString().strip();
        assertTrue(version.matches("actionpack \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), version);
    }

    @Test
    void unexpectedErrorIsOneLineWithTheLogAndNoStackTrace() {
        launcher = options -> {
            throw new IllegalStateException("terminal vanished\n  at line two");
        };
        int code = cli().execute();
        assertEquals(1, code);
        assertEquals(1, errLines().size());
        assertTrue(errLines().get(0).matches("actionpack: unexpected error, incident [0-9a-f]{6}"
                + " \\(details in /data/actionpack.log\\)"), errLines().toString());
        assertFalse(errLines().get(0).contains("IllegalStateException"), "never a Java class name");
        assertEquals(1, logged.size());
        assertEquals("terminal vanished\n  at line two", logged.get(0).getMessage());
    }

    @Test
    void userErrorIsOneLineWithItsExitCodeAndIsNotLogged() {
        launcher = options -> {
            throw new UserError("the console needs an interactive terminal", 3);
        };
        assertEquals(3, cli().execute());
        assertEquals(List.of("actionpack: the console needs an interactive terminal"), errLines());
        assertTrue(logged.isEmpty());
    }

    @Test
    void sharedOptionsWorkBeforeAndAfterASubcommand() {
        for (List<String> args : List.of(
                List.of("--db", "x.db", "--plugins", "p", "probe"),
                List.of("probe", "--db", "x.db", "--plugins", "p"),
                List.of("--db", "x.db", "probe", "--plugins", "p"))) {
            Cli cli = cli();
            Probe probe = new Probe();
            cli.commandLine().addSubcommand("probe", probe);
            assertEquals(0, cli.execute(args.toArray(String[]::new)), args + ": " + err);
            assertEquals(Optional.of("x.db"), probe.seen.database(), args.toString());
            assertEquals(Optional.of(Path.of("p")), probe.seen.plugins(), args.toString());
        }
        assertTrue(launched.isEmpty(), "a subcommand does not start the console");
    }

    @Command(name = "probe")
    static final class Probe implements Callable<Integer> {
        @ParentCommand
        ActionPackCommand root;
        CliOptions seen;

        @Override
        public Integer call() {
            seen = root.options();
            return 0;
        }
    }

    /** A subcommand that counts how often it is built. */
    @Command(name = "counted", mixinStandardHelpOptions = true, description = "Counts.")
    static final class Counted implements Callable<Integer> {
        @picocli.CommandLine.Option(names = "--n")
        int n;

        @Override
        public Integer call() {
            return 7;
        }
    }

    @Test
    @DisplayName("Issue 15: the console's command line builds no subcommand; one that names it, asks for help or fails gets the whole model")
    void subcommandsAreBuiltOnlyWhenTheCommandLineMayNeedThem() {
        int[] built = {0};
        java.util.function.Supplier<Cli> lazy = () -> cli().withLazily("counted", () -> {
            built[0]++;
            return new Counted();
        });
        assertEquals(0, lazy.get().execute("--db", "a.db", "--user", "counted@x.example"));
        assertEquals(0, lazy.get().execute("--db=counted"));
        assertEquals(0, built[0], "the console alone builds no subcommand");
        assertEquals(2, launched.size());

        assertEquals(7, lazy.get().execute("counted", "--n", "1"));
        assertEquals(1, built[0]);
        // A word spelled as the subcommand's name gets the whole model, which reads it as before
        // (picocli takes it for the subcommand, not for --user's value: a usage error).
        assertEquals(cli().with(new Counted()).execute("--user", "counted"), lazy.get().execute("--user", "counted"));
        assertEquals(2, built[0]);

        // Help lists the subcommands, and an error reads as it does with the whole model.
        Cli eager = cli().with(new Counted());
        out.getBuffer().setLength(0);
        eager.execute("--help");
        String eagerHelp = out.toString();
        out.getBuffer().setLength(0);
        lazy.get().execute("--help");
        assertTrue(eagerHelp.contains("counted"), eagerHelp);
        assertEquals(eagerHelp, out.toString());
        err.getBuffer().setLength(0);
        int eagerCode = eager.execute("countd");
        String eagerError = err.toString();
        err.getBuffer().setLength(0);
        assertEquals(eagerCode, lazy.get().execute("countd"));
        assertEquals(eagerError, err.toString());
        assertEquals(2, eagerCode, eagerError);
    }

    @Test
    void aLazySubcommandMustBeAddedUnderItsOwnName() {
        Cli cli = cli().withLazily("other", Counted::new);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, cli::commandLine);
    }
}
