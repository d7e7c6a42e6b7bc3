package com.actionpack.tui.app;

import com.actionpack.core.CoreServices;
import com.actionpack.core.common.Actor;
import com.actionpack.persistence.db.Database;
import com.actionpack.tui.reports.PluginCatalog;
import com.actionpack.tui.reportscreen.ReportsScreen;
import com.actionpack.tui.shell.ScreenFactory;
import jakarta.inject.Inject;

/**
 * The Reports workspace for one user: the discovered report types, run over the data that
 * user may see (core decides the scope; a refusal reaches the screen as its one-line error).
 */
public final class ReportsWorkspace {

    private final CoreServices core;
    private final Database database;
    private final PluginCatalog plugins;

    @Inject
    public ReportsWorkspace(CoreServices core, Database database, PluginCatalog plugins) {
        this.core = core;
        this.database = database;
        this.plugins = plugins;
    }

    public ScreenFactory screen(Actor actor) {
        return ReportsScreen.factory(plugins,
                () -> ScopedReportData.of(database.reports(), core.accounts().reportScope(actor)));
    }
}
