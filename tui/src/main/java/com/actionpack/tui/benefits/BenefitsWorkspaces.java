package com.actionpack.tui.benefits;

import com.actionpack.core.CoreServices;
import com.actionpack.core.common.Actor;
import com.actionpack.tui.account.AccountScreen;
import com.actionpack.tui.audit.AuditScreen;
import com.actionpack.tui.faq.FaqScreen;
import com.actionpack.tui.menu.Workspace;
import com.actionpack.tui.operator.OperatorScreen;
import com.actionpack.tui.shell.ScreenFactory;

import java.util.EnumMap;
import java.util.Map;

/**
 * The main-menu workspaces built on this branch (Benefits, FAQ, Account and users, Operator,
 * Audit), for the lead to merge with the other screens' map into {@code MainMenuScreen}.
 */
public final class BenefitsWorkspaces {

    private BenefitsWorkspaces() {
    }

    public static Map<Workspace, ScreenFactory> screens(CoreServices core, Actor actor) {
        Map<Workspace, ScreenFactory> screens = new EnumMap<>(Workspace.class);
        screens.put(Workspace.BENEFITS, BenefitsScreen.factory(core, actor));
        screens.put(Workspace.FAQ, FaqScreen.factory(core, actor));
        screens.put(Workspace.ACCOUNT, AccountScreen.factory(core, actor));
        screens.put(Workspace.OPERATOR, OperatorScreen.factory(core, actor));
        screens.put(Workspace.AUDIT, AuditScreen.factory(core, actor));
        return Map.copyOf(screens);
    }
}
