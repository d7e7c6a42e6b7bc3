package com.actionpack.tui.signin;

import com.actionpack.core.CoreServices;
import com.actionpack.core.common.Actor;
import com.actionpack.tui.shell.ScreenFactory;
import com.actionpack.tui.shell.ShellContext;
import java.util.function.Function;

/**
 * The console's way in: first-run setup on an empty database, otherwise the sign-in list. Once
 * someone is signed in, the screen {@code next} makes for that {@link Actor} (the main menu)
 * replaces it, so Esc never leads back to sign-in.
 */
public final class SignIn {

    private SignIn() {
    }

    public static ScreenFactory factory(CoreServices core, Function<Actor, ScreenFactory> next) {
        return shell -> core.createAccount().anyAccount()
                ? new SignInScreen(shell, core, actor -> open(shell, next, actor))
                : new FirstRunScreen(shell, core, actor -> open(shell, next, actor));
    }

    private static void open(ShellContext shell, Function<Actor, ScreenFactory> next, Actor actor) {
        shell.navigator().replace(next.apply(actor).create(shell));
    }
}
