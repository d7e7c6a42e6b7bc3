package com.actionpack.tui.app;

import com.actionpack.core.CoreServices;
import com.actionpack.core.common.Actor;
import com.actionpack.tui.benefits.BenefitsWorkspaces;
import com.actionpack.tui.membership.MembershipWorkspaces;
import com.actionpack.tui.menu.MainMenuScreen;
import com.actionpack.tui.menu.Workspace;
import com.actionpack.tui.shell.ScreenFactory;
import com.actionpack.persistence.db.Database;
import com.actionpack.tui.audit.AuditScreen;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Every workspace's screen for one signed-in user, behind the main menu. */
public final class WorkspaceScreens {

    private static final DateTimeFormatter VERIFIED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private final CoreServices core;
    private final ReportsWorkspace reports;
    private final Database database;

    @Inject
    public WorkspaceScreens(CoreServices core, ReportsWorkspace reports, Database database) {
        this.core = core;
        this.reports = reports;
        this.database = database;
    }

    public Map<Workspace, ScreenFactory> forActor(Actor actor) {
        Map<Workspace, ScreenFactory> screens = new EnumMap<>(Workspace.class);
        screens.putAll(MembershipWorkspaces.screens(core, actor));
        screens.putAll(BenefitsWorkspaces.screens(core, actor));
        screens.put(Workspace.REPORTS, reports.screen(actor));
        screens.put(Workspace.AUDIT, AuditScreen.factory(core, actor, this::lastVerification));
        return screens;
    }

    /** "Ledgers last verified 2026-11-30 03:00 UTC: ok: 12 invoices ..." (R23), from the database. */
    private Optional<String> lastVerification() {
        return database.ledgers().last().map(check -> "Ledgers last verified " + VERIFIED_AT.format(check.at()) + " UTC: "
                + (check.intact() ? "" : "BROKEN: ") + check.summary());
    }

    /** The main menu over the workspaces of {@code actor}. */
    public ScreenFactory mainMenu(Actor actor) {
        return MainMenuScreen.factory(forActor(actor));
    }

    /** Where a session starts: signed in as {@code email} when given, else first run or sign-in. */
    public ScreenFactory start(Optional<String> email, String channel) {
        if (email.isPresent()) {
            return mainMenu(core.signIn().signIn(email.get(), channel));
        }
        return com.actionpack.tui.signin.SignIn.factory(core, this::mainMenu);
    }
}
