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
import java.nio.file.Path;
import java.time.Clock;

/**
 * The Reports workspace for one user: the discovered report types, run over the data that
 * user may see (core decides the scope; a refusal reaches the screen as its one-line error).
 */
public final class ReportsWorkspace {

    private final CoreServices core;
    private final Database database;
    private final PluginCatalog plugins;
    private final ReportTargets targets;

    @Inject
    public ReportsWorkspace(CoreServices core, Database database, PluginCatalog plugins, AppConfig config, Clock clock) {
        this.core = core;
        this.database = database;
        this.plugins = plugins;
        // Default files go to the user's $HOME, dated by the app's clock (an --as-of preview's day).
        String home = config.environment().getOrDefault("HOME", System.getProperty("user.home"));
        this.targets = new ReportTargets(Path.of(home), clock);
    }

    public ScreenFactory screen(Actor actor) {
        return ReportsScreen.factory(plugins,
                () -> ScopedReportData.of(database.reports(), core.accountQueries().reportScope(actor)), targets,
                RowTotals.UNKNOWN, database.reports()::accountExists);
    }
}
