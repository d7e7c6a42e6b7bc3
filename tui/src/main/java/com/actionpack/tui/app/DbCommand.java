package com.actionpack.tui.app;

import com.actionpack.persistence.copy.CopyRefusedException;
import com.actionpack.persistence.copy.CopyReport;
import com.actionpack.persistence.copy.DatabaseCopy;
import com.actionpack.persistence.db.DatabaseException;
import com.actionpack.persistence.db.DatabaseTarget;
import com.actionpack.persistence.db.PostgresUrl;
import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.cli.UserError;
import com.actionpack.tui.fault.ExitCodes;
import com.actionpack.tui.text.SafeText;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code actionpack db copy --from FILE --to URL} (#16): moves an installation from its
 * embedded SQLite file to an empty PostgreSQL database, verified before it commits.
 * Exit codes: 0 copied and verified; 1 refused (the target is not empty, the source's ledgers
 * are broken, the copy did not verify), nothing written; 2 usage ({@code --to} is not a
 * PostgreSQL URL, or carries a password); 3 a database cannot be used (no file, not SQLite, a
 * newer schema; server unreachable, login refused, no such database, a missing privilege).
 */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Move an installation's database.")
public final class DbCommand {

    @Spec
    private CommandSpec spec;

    private final Application application;
    private final Supplier<CliOptions> options;
    private final Clock clock;

    /** @param options the shared options, for {@code --ledger-key} (R23: the copy is verified with the source's key) */
    public DbCommand(Application application, Supplier<CliOptions> options, Clock clock) {
        this.application = application;
        this.options = options;
        this.clock = clock;
    }

    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = {"Copy an embedded (SQLite) database into an EMPTY PostgreSQL database in one transaction:"
                    + " the target's schema is created first, then every row is copied, the row counts and the"
                    + " ledgers' hash chains and seals (R23) are checked on the target, and only then is it committed.",
                    "The seals come with the rows: every host on the target needs the ledger key the file was sealed"
                            + " with (--ledger-key, ACTIONPACK_LEDGER_KEY or ledger.key in the data directory).",
                    "The password comes from ~/.pgpass, PGPASSFILE, a pg_service.conf service or PGPASSWORD, never"
                            + " from the URL (see docs/postgresql.md). The file is upgraded first if an older"
                            + " version wrote it, as every command does."},
            footer = {"", "Exit codes: 0 copied and verified; 1 refused, nothing written (the target is not empty,"
                    + " the source's ledgers are broken, the copy did not verify); 2 usage (--to is not a PostgreSQL URL"
                    + " or carries a password); 3 a database cannot be used (no such file, not SQLite, newer than this"
                    + " actionpack; server unreachable, login refused, no such database, a missing privilege).",
                    "", "E.g.: actionpack db copy --from ~/.local/share/actionpack/actionpack.db"
                            + " --to postgresql://actionpack_owner@db.example/actionpack"})
    int copy(@Option(names = "--from", required = true, paramLabel = "FILE",
                    description = "The SQLite database file to copy.") String from,
            @Option(names = "--to", required = true, paramLabel = "URL",
                    description = "An empty PostgreSQL database: postgresql://user@host:5432/dbname or jdbc:postgresql:...")
            String to) {
        DatabaseTarget.PostgresServer target = target(to);
        Path file = file(from);
        PrintWriter out = spec.commandLine().getOut();
        boolean terminal = System.console() != null;
        DatabaseCopy copy = new DatabaseCopy(clock, application.config(options.get()).ledgerKey(), line -> {
            if (terminal) {
                out.println("  " + SafeText.line(line));
                out.flush();
            }
        });
        CopyReport report;
        try {
            report = copy.copy(file, target);
        } catch (CopyRefusedException refused) {
            throw new UserError("db copy: " + refused.getMessage(), ExitCodes.REFUSED);
        }
        out.println(String.format("Copied %,d rows of %d tables from %s to %s in %.1f s; ledgers verified on the copy: %s",
                report.rows(), report.rowsPerTable().size(), SafeText.line(file.toString()), SafeText.line(target.shown()),
                report.took().toMillis() / 1000.0, SafeText.line(report.ledgers())));
        out.flush();
        return ExitCodes.OK;
    }

    private DatabaseTarget.PostgresServer target(String to) {
        String text = to.strip();
        if (!PostgresUrl.looksLikeUrl(text)) {
            throw new UserError("db copy: --to must be a PostgreSQL URL such as postgresql://user@host:5432/dbname,"
                    + " not a file", ExitCodes.USAGE);
        }
        try {
            return PostgresUrl.parse(text, "--to", application.environment());
        } catch (DatabaseException e) {
            throw new UserError("db copy: " + e.getMessage(), ExitCodes.USAGE);
        }
    }

    private static Path file(String from) {
        try {
            return Path.of(from.startsWith("~/") ? System.getProperty("user.home") + from.substring(1) : from);
        } catch (InvalidPathException e) {
            throw new UserError("db copy: --from names an invalid path: give the database file", ExitCodes.USAGE);
        }
    }
}
