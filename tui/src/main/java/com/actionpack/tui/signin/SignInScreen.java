package com.actionpack.tui.signin;

import com.actionpack.core.CoreServices;
import com.actionpack.core.usecase.account.SignInUser;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.SignInChoice;
import com.actionpack.core.common.Actor;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ShellContext;
import com.actionpack.tui.widget.Column;
import com.actionpack.tui.widget.ListSource;
import com.actionpack.tui.widget.PagedList;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.Panel;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Chooses who is signed in: every user of the account(s) with their roles, as a table (email,
 * name, roles, company) whose emails are shown whole while the terminal has room.
 */
public final class SignInScreen implements ConsoleScreen {

    public static final String TITLE = "Sign in";

    private final Panel panel = new Panel(new BorderLayout());
    private final PagedList<Integer, SignInChoice> list;

    public SignInScreen(ShellContext shell, CoreServices core, Consumer<Actor> onSignedIn) {
        List<SignInChoice> choices = core.signIn().choices();
        panel.addComponent(new Label(" Who is signing in? Choose a user and press Enter."), BorderLayout.Location.TOP);
        list = new PagedList<>(new ListSource<>(choices, choice -> String.join(" ", cells(choice))), COLUMNS,
                " No users yet.");
        list.onActivate(choice -> {
            shell.signedIn(choice.user().email());
            onSignedIn.accept(Actor.console(choice.user().id()));
        });
        panel.addComponent(list, BorderLayout.Location.CENTER);
        if (choices.size() >= SignInUser.SIGN_IN_LIMIT) {
            panel.addComponent(new Label(" The first " + choices.size() + " users are listed: sign in as any other"
                    + " with actionpack --user EMAIL."), BorderLayout.Location.BOTTOM);
        }
    }

    /** Email and name whole, roles, then the company, which gives way first. */
    static final List<Column<SignInChoice>> COLUMNS = List.of(
            Column.fit("Email", choice -> cells(choice).get(0)),
            Column.fit("Name", choice -> cells(choice).get(1)),
            Column.fit("Roles", choice -> cells(choice).get(2)),
            Column.flex("Company", choice -> cells(choice).get(3)));

    static List<String> cells(SignInChoice choice) {
        String roles = choice.user().roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "));
        return List.of(choice.user().email(), choice.user().displayName(), roles.isEmpty() ? "no role" : roles,
                choice.accountName() + " (" + choice.partnerId() + ")");
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("Up/Down", "Choose"), KeyHelp.of("Enter", "Sign in"), KeyHelp.of("/", "Filter"));
    }

    @Override
    public Component component() {
        return panel;
    }
}
