package com.actionpack.tui.reports;

import com.actionpack.tui.text.SafeText;

import com.actionpack.reports.spi.ReportContext;
import java.time.LocalDate;
import java.util.Optional;

/** The {@link ReportContext} one run's plugin sees; its logger is named after the plugin and writes to the app's log. */
final class HostReportContext implements ReportContext {

    private final RunSettings settings;
    private final System.Logger logger;

    HostReportContext(RunSettings settings, String pluginName) {
        this.settings = settings;
        this.logger = System.getLogger("actionpack.plugin." + SafeText.oneLine(pluginName));
    }

    @Override
    public boolean cancelled() {
        return settings.cancelled().getAsBoolean();
    }

    @Override
    public Optional<String> accountScope() {
        return settings.accountScope();
    }

    @Override
    public LocalDate businessDay() {
        return settings.businessDay();
    }

    @Override
    public String appVersion() {
        return settings.appVersion();
    }

    @Override
    public System.Logger logger() {
        return logger;
    }

    @Override
    public void expectRows(long rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("a row total cannot be negative: " + rows);
        }
        settings.expectedRows().accept(rows);
    }
}
