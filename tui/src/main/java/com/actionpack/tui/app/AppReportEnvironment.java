package com.actionpack.tui.app;

import com.actionpack.persistence.reports.JooqReportData;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.cli.StandardOutput;
import com.actionpack.tui.reports.ReportCommand;
import com.actionpack.tui.reports.RunsInFlight;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** What {@code actionpack report} reads: the root's --plugins and --db, opened only to run a report. */
final class AppReportEnvironment implements ReportCommand.Environment {

    private final Application application;
    private final Supplier<CliOptions> options;
    private final StandardOutput standardOutput;
    private JooqReportData reports;

    AppReportEnvironment(Application application, Supplier<CliOptions> options, StandardOutput standardOutput) {
        this.application = application;
        this.options = options;
        this.standardOutput = standardOutput;
    }

    @Override
    public java.io.OutputStream standardOutput() {
        return standardOutput.stream();
    }

    @Override
    public boolean accountExists(String idOrPartnerId) {
        return reports().accountExists(idOrPartnerId);
    }

    @Override
    public boolean standardOutputClosed() {
        return standardOutput.brokenPipe();
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
    public java.time.LocalDate businessDay() {
        return options.get().asOf().orElseGet(java.time.LocalDate::now);
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
        return reports();
    }

    /** The database is opened (and migrated) once per run, whoever asks first. */
    private JooqReportData reports() {
        if (reports == null) {
            reports = application.component(options.get()).database().reports();
        }
        return reports;
    }
}
