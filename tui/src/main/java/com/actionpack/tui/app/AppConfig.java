package com.actionpack.tui.app;

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
                options.database()
                        .or(() -> Optional.ofNullable(environment.get("ACTIONPACK_DB")).filter(v -> !v.isBlank()).map(Path::of))
                        .orElse(dataDirectory.defaultDatabase()),
                options.plugins().orElse(dataDirectory.defaultPlugins()),
                options.asOf(), options.user(), environment);
    }

    /** Settings of a console run in this process's own terminal. */
    public ConsoleSettings localConsoleSettings() {
        return new ConsoleSettings(asOf, user, ConsoleSettings.noColorRequested(environment));
    }
}
