package com.actionpack.tui.app;

import com.actionpack.persistence.db.DatabaseLocation;
import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.shell.ConsoleSettings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What the process was started with, defaults filled in: the one object the whole application
 * graph is built from.
 */
public record AppConfig(DataDirectory dataDirectory, Path database, Path plugins,
                        Optional<LocalDate> asOf, Optional<String> user, Map<String, String> environment) {

    public AppConfig {
        environment = Map.copyOf(environment);
    }

    public static AppConfig from(CliOptions options, DataDirectory dataDirectory, Map<String, String> environment) {
        return new AppConfig(dataDirectory,
                database(options, dataDirectory, environment),
                options.plugins().orElse(dataDirectory.defaultPlugins()),
                options.asOf(), options.user(), environment);
    }

    /**
     * --db, else $ACTIONPACK_DB (both resolved by persistence's {@link DatabaseLocation}: "~"
     * expanded, an invalid path one line), else the data directory's default file.
     */
    private static Path database(CliOptions options, DataDirectory dataDirectory, Map<String, String> environment) {
        Optional<String> option = options.database().map(Path::toString);
        String fromEnvironment = environment.get(DatabaseLocation.ENV_DB);
        if (option.isEmpty() && (fromEnvironment == null || fromEnvironment.isBlank())) {
            return dataDirectory.defaultDatabase();
        }
        return new DatabaseLocation(environment, Path.of(System.getProperty("user.home"))).resolve(option);
    }

    /** Settings of a console run in this process's own terminal. */
    public ConsoleSettings localConsoleSettings() {
        return new ConsoleSettings(asOf, user, ConsoleSettings.monochromeRequested(environment));
    }
}
