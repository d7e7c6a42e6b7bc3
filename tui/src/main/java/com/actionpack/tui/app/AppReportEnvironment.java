package com.actionpack.tui.app;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.reports.ReportCommand;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** What {@code actionpack report} reads: the root's --plugins and --db, opened only to run a report. */
final class AppReportEnvironment implements ReportCommand.Environment {

    private final Application application;
    private final Supplier<CliOptions> options;

    AppReportEnvironment(Application application, Supplier<CliOptions> options) {
        this.application = application;
        this.options = options;
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
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(application.component(options.get()).clock());
    }

    @Override
    public ReportData openData() {
        return application.component(options.get()).database().reports();
    }
}
