package com.actionpack.tui.signin;

import com.actionpack.core.CoreServices;
import com.actionpack.core.usecase.account.SignInUser;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.SignInChoice;
import com.actionpack.core.common.Actor;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ShellContext;
import com.actionpack.tui.text.Fit;
import com.actionpack.tui.text.SafeText;
import com.actionpack.tui.widget.ActionList;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.Panel;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Chooses who is signed in: every user of the account(s) with their roles. */
public final class SignInScreen implements ConsoleScreen {

    public static final String TITLE = "Sign in";

    private final Panel panel = new Panel(new BorderLayout());
    private final ActionList list = new ActionList();

    public SignInScreen(ShellContext shell, CoreServices core, Consumer<Actor> onSignedIn) {
        List<SignInChoice> choices = core.signIn().choices();
        panel.addComponent(new Label(" Who is signing in? Choose a user and press Enter.\n"
                + Fit.padRight("Email", 30) + " " + Fit.padRight("Name", 18) + " Roles"), BorderLayout.Location.TOP);
        for (SignInChoice choice : choices) {
            list.addItem(line(choice), () -> {
                shell.signedIn(choice.user().email());
                onSignedIn.accept(Actor.console(choice.user().id()));
            });
        }
        panel.addComponent(list, BorderLayout.Location.CENTER);
        if (choices.isEmpty()) {
            panel.addComponent(new Label(" No users yet."), BorderLayout.Location.BOTTOM);
        } else if (choices.size() >= SignInUser.SIGN_IN_LIMIT) {
            panel.addComponent(new Label(" The first " + choices.size() + " users are listed: sign in as any other"
                    + " with actionpack --user EMAIL."), BorderLayout.Location.BOTTOM);
        }
    }

    static String line(SignInChoice choice) {
        String roles = choice.user().roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "));
        return Fit.padRight(SafeText.line(choice.user().email()), 30) + " "
                + Fit.padRight(SafeText.line(choice.user().displayName()), 18) + " "
                + Fit.padRight(roles.isEmpty() ? "no role" : roles, 22) + " "
                + SafeText.line(choice.accountName()) + " (" + choice.partnerId() + ")";
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("Up/Down", "Choose"), KeyHelp.of("Enter", "Sign in"));
    }

    @Override
    public Component component() {
        return panel;
    }
}
