package com.actionpack.tui.app;

import com.actionpack.persistence.db.DatabaseException;
import com.actionpack.persistence.db.DatabaseLocation;
import com.actionpack.persistence.db.DatabaseTarget;
import com.actionpack.persistence.ledger.LedgerKeyFile;
import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.shell.ConsoleSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What the process was started with, defaults filled in: the one object the whole application
 * graph is built from.
 *
 * @param poolSize PostgreSQL only (#16): the most connections the process holds; the console's
 *        {@value #CONSOLE_POOL_SIZE}, {@code serve} sizes it for its sessions ({@link #withPoolSize})
 * @param ledgerKey the key that seals the ledgers (R23): {@code --ledger-key}, else
 *        {@code $ACTIONPACK_LEDGER_KEY}, else {@code ledger.key} in the data directory
 */
public record AppConfig(DataDirectory dataDirectory, DatabaseTarget database, Path plugins,
                        Optional<LocalDate> asOf, Optional<String> user, Map<String, String> environment,
                        int poolSize, LedgerKeyFile ledgerKey) {

    /**
     * The console: its one session works on one connection at a time, and a report it writes
     * in the background (the screen keeps answering keys) streams on a second.
     */
    public static final int CONSOLE_POOL_SIZE = 2;

    public AppConfig {
        environment = Map.copyOf(environment);
        java.util.Objects.requireNonNull(ledgerKey, "ledgerKey");
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1");
        }
    }

    public AppConfig(DataDirectory dataDirectory, DatabaseTarget database, Path plugins, Optional<LocalDate> asOf,
            Optional<String> user, Map<String, String> environment) {
        this(dataDirectory, database, plugins, asOf, user, environment, CONSOLE_POOL_SIZE,
                dataDirectory.ledgerKey(environment, Optional.empty()));
    }

    /** The same, with a pool of {@code size} connections (serve, #16). */
    public AppConfig withPoolSize(int size) {
        return new AppConfig(dataDirectory, database, plugins, asOf, user, environment, size, ledgerKey);
    }

    public static AppConfig from(CliOptions options, DataDirectory dataDirectory, Map<String, String> environment) {
        return new AppConfig(dataDirectory,
                database(options, dataDirectory, environment),
                options.plugins().orElse(dataDirectory.defaultPlugins()),
                options.asOf(), options.user(), environment, CONSOLE_POOL_SIZE,
                dataDirectory.ledgerKey(environment, options.ledgerKey()));
    }

    /**
     * --db, else $ACTIONPACK_DB (both resolved by persistence's {@link DatabaseLocation}: "~"
     * expanded, an invalid path one line, a URL a PostgreSQL database or refused), else the data
     * directory's default file.
     */
    private static DatabaseTarget database(CliOptions options, DataDirectory dataDirectory, Map<String, String> environment) {
        Optional<String> option = options.database();
        String fromEnvironment = environment.get(DatabaseLocation.ENV_DB);
        if (option.filter(s -> !s.isBlank()).isEmpty() && (fromEnvironment == null || fromEnvironment.isBlank())) {
            return new DatabaseTarget.SqliteFile(dataDirectory.defaultDatabase());
        }
        DatabaseTarget target = new DatabaseLocation(environment, Path.of(System.getProperty("user.home"))).target(option);
        if (!(target instanceof DatabaseTarget.SqliteFile sqlite)) {
            return target;
        }
        Path file = sqlite.file();
        // A named file's folder must exist: a typo in it would otherwise create a new folder and an
        // empty database without a word. Only the default location creates its folders.
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new DatabaseException((option.isPresent() ? "--db" : DatabaseLocation.ENV_DB) + " names a file in "
                    + folder + ", which does not exist: check the path, or create the folder first.");
        }
        return target;
    }

    /** Settings of a console run in this process's own terminal. */
    public ConsoleSettings localConsoleSettings() {
        return new ConsoleSettings(asOf, user, ConsoleSettings.monochromeRequested(environment));
    }
}
