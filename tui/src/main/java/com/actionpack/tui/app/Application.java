package com.actionpack.tui.app;

import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.reports.RunsInFlight;
import java.util.Map;

/** Builds the application graph for a command's parsed options: one per process run. */
public final class Application {

    private final DataDirectory dataDirectory;
    private final Map<String, String> environment;
    private final RunsInFlight runs;

    public Application(DataDirectory dataDirectory, Map<String, String> environment) {
        this(dataDirectory, environment, RunsInFlight.none());
    }

    /** @param runs the process's report runs, cleaned up by its shutdown hook */
    public Application(DataDirectory dataDirectory, Map<String, String> environment, RunsInFlight runs) {
        this.dataDirectory = dataDirectory;
        this.environment = Map.copyOf(environment);
        this.runs = runs;
    }

    public RunsInFlight runsInFlight() {
        return runs;
    }

    public AppConfig config(CliOptions options) {
        return AppConfig.from(options, dataDirectory, environment);
    }

    public AppComponent component(CliOptions options) {
        return AppComponent.create(config(options), runs);
    }

    /** The graph of {@code serve} (#16): a PostgreSQL pool of {@code poolSize} connections for its sessions. */
    public AppComponent component(CliOptions options, int poolSize) {
        return AppComponent.create(config(options).withPoolSize(poolSize), runs);
    }

    /** The process environment the application was started with. */
    public Map<String, String> environment() {
        return environment;
    }

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }
}
