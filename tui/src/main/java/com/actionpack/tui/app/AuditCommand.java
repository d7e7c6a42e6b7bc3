package com.actionpack.tui.app;

import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.db.DatabaseTarget;
import com.actionpack.persistence.ledger.LedgerVerification;
import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.cli.UserError;
import com.actionpack.tui.text.SafeText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code actionpack audit verify}: checks the hash chains of the ledgers (R23), records the
 * outcome for the Audit workspace, and says it in one line, for people and for cron.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit trail's tamper evidence (R23).")
public final class AuditCommand {

    /** A ledger was changed outside the app. */
    static final int EXIT_BROKEN = 1;
    /** The database cannot be used (as every command: not there, not SQLite, newer, locked). */
    static final int EXIT_DATABASE = 3;

    @Spec
    private CommandSpec spec;

    private final Application application;
    private final Supplier<CliOptions> options;
    private final Clock clock;

    public AuditCommand(Application application, Supplier<CliOptions> options, Clock clock) {
        this.application = application;
        this.options = options;
        this.clock = clock;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check that no invoice, credit note, redemption or audit entry was changed, removed,"
                    + " replaced or reordered outside the app (each row's SHA-256 chains to the previous one, and"
                    + " rows and heads are sealed with the ledger key, which the database does not hold).",
                    "Prints 'ok:' and the row counts (exit 0); else one line naming the first broken row of each"
                            + " ledger, a rewritten head or a changed seal (exit 1). Exit 3: the database cannot be"
                            + " used, or its ledger key is missing or another one (--ledger-key)."},
            footer = {"", "For cron, e.g.: 0 3 * * * actionpack audit verify --db /srv/actionpack.db >/dev/null"})
    int verify() {
        if (application.config(options.get()).database() instanceof DatabaseTarget.SqliteFile sqlite
                && !Files.isRegularFile(sqlite.file())) {
            throw new UserError("no database at " + sqlite.file() + ": pass --db with the file to verify", EXIT_DATABASE);
        }
        Database database = application.component(options.get()).database();
        LedgerVerification verification = database.ledgers().verify();
        database.ledgers().record(verification, clock.instant());
        if (verification.intact()) {
            spec.commandLine().getOut().println(SafeText.line(verification.summary()));
            return 0;
        }
        spec.commandLine().getErr().println("actionpack: ledgers changed outside the app: "
                + SafeText.line(verification.summary()));
        return EXIT_BROKEN;
    }
}
