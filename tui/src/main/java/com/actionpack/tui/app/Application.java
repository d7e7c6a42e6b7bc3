package com.actionpack.tui.app;

import com.actionpack.tui.cli.CliOptions;
import java.util.Map;

/** Builds the application graph for a command's parsed options: one per process run. */
public final class Application {

    private final DataDirectory dataDirectory;
    private final Map<String, String> environment;

    public Application(DataDirectory dataDirectory, Map<String, String> environment) {
        this.dataDirectory = dataDirectory;
        this.environment = Map.copyOf(environment);
    }

    public AppConfig config(CliOptions options) {
        return AppConfig.from(options, dataDirectory, environment);
    }

    public AppComponent component(CliOptions options) {
        return AppComponent.create(config(options));
    }

    /** The process environment the application was started with. */
    public Map<String, String> environment() {
        return environment;
    }

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }
}
