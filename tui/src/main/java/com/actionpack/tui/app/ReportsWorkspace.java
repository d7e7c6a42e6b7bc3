package com.actionpack.tui.app;

import com.actionpack.core.CoreServices;
import com.actionpack.core.common.Actor;
import com.actionpack.persistence.db.Database;
import com.actionpack.tui.reports.PluginCatalog;
import com.actionpack.tui.reportscreen.ReportsScreen;
import com.actionpack.tui.shell.ScreenFactory;
import com.actionpack.tui.reportscreen.ReportTargets;
import com.actionpack.tui.reportscreen.RowTotals;
import jakarta.inject.Inject;
import java.time.Clock;
import com.actionpack.core.account.ReportScope;
import com.actionpack.reports.spi.ProgressListener;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.tui.billing.InvoicePdfs;
import com.actionpack.tui.reports.InstalledReport;
import com.actionpack.tui.reports.ReportRunner;
import com.actionpack.tui.reports.RunOutcome;
import java.io.OutputStream;
import java.util.Optional;
import java.time.LocalDate;
import com.actionpack.tui.reports.RunSettings;
import com.actionpack.tui.cli.VersionInfo;
import com.actionpack.tui.reports.RunsInFlight;

/**
 * The Reports workspace for one user: the discovered report types, run over the data that
 * user may see (core decides the scope; a refusal reaches the screen as its one-line error).
 */
public final class ReportsWorkspace {

    /** The built-in PDF invoice report's id. */
    static final String PDF_REPORT = "invoice-pdf";

    private final CoreServices core;
    private final Database database;
    private final PluginCatalog plugins;
    private final ReportTargets targets;
    private final Clock clock;
    private final RunsInFlight runs;

    @Inject
    public ReportsWorkspace(CoreServices core, Database database, PluginCatalog plugins, Clock clock,
                            RunsInFlight runs) {
        this.clock = clock;
        this.runs = runs;
        this.core = core;
        this.database = database;
        this.plugins = plugins;
        // Default names are dated by the app's clock (an --as-of preview's day); the folder is the
        // session's (ConsoleSettings.files), as for every save prompt.
        this.targets = new ReportTargets(clock);
    }

    /**
     * Bills and payments' PDF download for {@code actor}: the {@code invoice-pdf} report run on
     * one document number, over the data the user may see (R4), through the same runner as
     * every report (temporary file, then rename).
     */
    public InvoicePdfs invoicePdfs(Actor actor) {
        Optional<InstalledReport> pdf = plugins.find(PDF_REPORT);
        if (pdf.isEmpty()) {
            return InvoicePdfs.NONE;
        }
        return (number, target) -> {
            ReportScope scope = core.accountQueries().reportScope(actor);
            ReportRequest request = new ReportRequest("pdf", new ReportData.Filter(null, null, null, null, number));
            RunOutcome outcome = new ReportRunner(runs).run(pdf.get(), request,
                    ScopedReportData.of(database.reports(), scope), target, OutputStream.nullOutputStream(),
                    ProgressListener.NONE, RunSettings.scoped(scope.partnerId(), LocalDate.now(clock), VersionInfo.version()));
            return new InvoicePdfs.Result(outcome.ok(), outcome.ok() ? "Saved " + target + " (PDF)." : outcome.message());
        };
    }

    public ScreenFactory screen(Actor actor) {
        // The plugin's context tells the same scope the data enforces, and the app clock's day
        // (an --as-of preview's day).
        return ReportsScreen.factory(plugins,
                () -> ScopedReportData.of(database.reports(), core.accountQueries().reportScope(actor)), targets,
                RowTotals.UNKNOWN, database.reports()::accountExists,
                () -> RunSettings.scoped(core.accountQueries().reportScope(actor).partnerId(), LocalDate.now(clock),
                        VersionInfo.version()),
                runs);
    }
}
