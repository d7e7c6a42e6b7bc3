package com.actionpack.tui.app;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.reports.ReportCommand;
import com.actionpack.tui.reports.RunsInFlight;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What {@code actionpack report} reads: the root's --plugins, --db and --as-of, opened only to
 * run a report, and the process's real standard output for {@code --out -}.
 */
final class AppReportEnvironment implements ReportCommand.Environment {

    private final Application application;
    private final Supplier<CliOptions> options;
    private final OutputStream standardOutput;

    AppReportEnvironment(Application application, Supplier<CliOptions> options, OutputStream standardOutput) {
        this.application = application;
        this.options = options;
        this.standardOutput = standardOutput;
    }

    @Override
    public Path defaultPluginsDir() {
        return application.dataDirectory().defaultPlugins();
    }

    @Override
    public Optional<Path> explicitPluginsDir() {
        return options.get().plugins();
    }

    @Override
    public ReportData openData() {
        return application.component(options.get()).database().reports();
    }

    @Override
    public OutputStream standardOutput() {
        return standardOutput;
    }

    @Override
    public RunsInFlight runsInFlight() {
        return application.runsInFlight();
    }

    @Override
    public String appVersion() {
        return com.actionpack.tui.cli.VersionInfo.version();
    }

    @Override
    public LocalDate businessDay() {
        return options.get().asOf().orElseGet(LocalDate::now);
    }
}
