package com.actionpack.tui.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ScopeType;

import com.actionpack.core.lifecycle.PreviewDay;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code actionpack}: without a subcommand, opens the console.
 *
 * <p>To add a subcommand, list its class in {@code subcommands} below (one line). It reads the
 * shared options with {@code @ParentCommand ActionPackCommand root; ... root.options()}. The
 * shared options are inherited, so {@code actionpack --db x report} and
 * {@code actionpack report --db x} mean the same.
 */
@Command(name = "actionpack",
        mixinStandardHelpOptions = true,
        versionProvider = VersionInfo.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Run your Microsoft Action Pack membership from a full-screen terminal console.",
        footer = {"",
                "Exit codes: 0 done, 1 refused or failed (one line says why), 2 usage,",
                "3 the database cannot be used (not SQLite, newer schema, read-only, locked,",
                "  its ledgers sealed with another ledger key or the key missing).",
                "Files live in $XDG_DATA_HOME/actionpack (else ~/.local/share/actionpack);",
                "errors are logged to actionpack.log there. Set NO_COLOR=1 for a console without colour."},
        subcommands = {
        })
public final class ActionPackCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH|URL", scope = ScopeType.INHERIT,
            description = "Database file (default: actionpack.db in the data directory), or a PostgreSQL URL"
                    + " such as postgresql://app@db.example:5432/actionpack (no password: see docs/postgresql.md).")
    private String database;

    @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder of report plugin jars (default: plugins in the data directory).")
    private Path plugins;

    @Option(names = "--ledger-key", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The key that seals the ledgers (R23; default: $ACTIONPACK_LEDGER_KEY, else ledger.key in the"
                    + " data directory). Hosts sharing one PostgreSQL database need the same file.")
    private Path ledgerKey;

    @Spec
    private CommandSpec spec;

    private LocalDate asOf;

    @Option(names = "--user", paramLabel = "EMAIL",
            description = "Who is signed in (an email of a user of the account).")
    private String user;

    private final ConsoleLauncher launcher;
    private final Clock clock;

    /** @param clock the real clock: a preview day is checked against its today (R14a) */
    public ActionPackCommand(ConsoleLauncher launcher, Clock clock) {
        this.launcher = launcher;
        this.clock = clock;
    }

    /** R14a: today or a later day; a past day is a usage error that points to the audit trail. */
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = IsoDateConverter.class,
            description = "Preview the rules as of today or a later date; a banner says so on every screen.")
    void asOf(LocalDate day) {
        PreviewDay.refusal(day, LocalDate.now(clock)).ifPresent(why -> {
            throw new ParameterException(spec.commandLine(), "--as-of " + why);
        });
        this.asOf = day;
    }

    public CliOptions options() {
        return new CliOptions(Optional.ofNullable(database), Optional.ofNullable(plugins),
                Optional.ofNullable(asOf), Optional.ofNullable(user), Optional.ofNullable(ledgerKey));
    }

    @Override
    public Integer call() throws Exception {
        return launcher.launch(options());
    }
}
