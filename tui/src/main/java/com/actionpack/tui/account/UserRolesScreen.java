package com.actionpack.tui.account;

import com.actionpack.core.CoreServices;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.User;
import com.actionpack.core.common.Actor;
import com.actionpack.core.usecase.account.RoleChange;
import com.actionpack.tui.action.Actions;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ShellContext;
import com.actionpack.tui.sheet.Sheet;
import com.googlecode.lanterna.gui2.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One user's roles: Enter grants a role the user lacks or revokes one it has (R4). */
final class UserRolesScreen implements ConsoleScreen {

    private final ShellContext shell;
    private final CoreServices core;
    private final Actor actor;
    private final long userId;
    private final Actions actions;
    private final Sheet sheet = new Sheet();
    private String email = "";

    UserRolesScreen(ShellContext shell, CoreServices core, Actor actor, long userId) {
        this.shell = shell;
        this.core = core;
        this.actor = actor;
        this.userId = userId;
        this.actions = new Actions(shell);
        refresh();
    }

    @Override
    public String title() {
        return "Roles of " + email;
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("Enter", "Grant or revoke"));
    }

    @Override
    public Component component() {
        return sheet;
    }

    private Optional<User> user() {
        return core.accountQueries().users(actor).stream().filter(u -> u.id() == userId).findFirst();
    }

    private void refresh() {
        Optional<User> found = user();
        List<Sheet.Entry> out = new ArrayList<>();
        if (found.isEmpty()) {
            out.add(Sheet.text("This user is no longer in the account."));
            sheet.setEntries(out);
            return;
        }
        User user = found.get();
        email = user.email();
        out.add(Sheet.heading(user.email() + " (" + user.displayName() + ")"));
        out.add(Sheet.text("[x] marks a role the user has. Enter on a role grants it or revokes it."));
        java.util.Set<String> whyNot = new java.util.LinkedHashSet<>();
        for (Role role : Role.values()) {
            boolean has = user.has(role);
            String box = (has ? "[x] " : "[ ] ") + role.label();
            // Core answers "may I, and why not": a change it would refuse is not offered (R4, R4a).
            Optional<com.actionpack.core.common.Reason> refused = core.accountQueries()
                    .whyNotChangeRole(actor, has ? RoleChange.revoke(userId, role) : RoleChange.grant(userId, role));
            if (refused.isPresent()) {
                out.add(Sheet.text(box + "   (not offered: see below)"));
                whyNot.add(refused.get().message() + " " + refused.get().remedy());
            } else {
                out.add(Sheet.row(role, box + (has ? "   (Enter revokes)" : "   (Enter grants)"), () -> toggle(role, has)));
            }
        }
        whyNot.forEach(reason -> out.add(Sheet.text(reason)));
        sheet.setEntries(out);
    }

    private void toggle(Role role, boolean has) {
        String what = (has ? "Revoke " : "Grant ") + role.label();
        actions.run(what, () -> has ? core.changeRole().change(actor, RoleChange.revoke(userId, role))
                : core.changeRole().change(actor, RoleChange.grant(userId, role)), u -> {
                    refresh();
                    shell.notices().info(what + (has ? " from " : " to ") + u.email() + ": done.");
                });
    }
}
