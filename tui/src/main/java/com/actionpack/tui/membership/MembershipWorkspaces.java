package com.actionpack.tui.membership;

import com.actionpack.core.CoreServices;
import com.actionpack.core.common.Actor;
import com.actionpack.tui.billing.BillingScreen;
import com.actionpack.tui.menu.Workspace;
import com.actionpack.tui.shell.ScreenFactory;
import java.util.EnumMap;
import java.util.Map;

/**
 * The main-menu entries of the membership screens, for the app to merge with the other
 * workspaces. Purchase and cancellation open from Membership (the menu has no entry of their
 * own); Bills and payments is its own workspace.
 */
public final class MembershipWorkspaces {

    private MembershipWorkspaces() {
    }

    public static Map<Workspace, ScreenFactory> screens(CoreServices core, Actor actor) {
        Map<Workspace, ScreenFactory> screens = new EnumMap<>(Workspace.class);
        screens.put(Workspace.MEMBERSHIP, MembershipScreen.factory(core, actor));
        screens.put(Workspace.BILLS, BillingScreen.factory(core, actor));
        return Map.copyOf(screens);
    }
}
