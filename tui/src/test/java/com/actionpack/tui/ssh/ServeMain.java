package com.actionpack.tui.ssh;

import com.actionpack.tui.menu.MainMenuScreen;
import com.actionpack.tui.shell.ConsoleSettings;
import picocli.CommandLine;

import java.util.Map;

/**
 * {@code serve} over the bare console shell (main menu, no database), for the OpenSSH smoke
 * script and the load benchmark until the app's own command line registers {@link ServeCommand}.
 * Run: {@code java -cp tui/target/actionpack.jar:tui/target/test-classes com.actionpack.tui.ssh.ServeMain --help}
 */
public final class ServeMain {

    private ServeMain() {
    }

    public static void main(String[] args) {
        ConsoleSessionFactory console = ShellSessions.factory(ConsoleSettings.defaults(), MainMenuScreen.factory(Map.of()));
        System.exit(new CommandLine(new ServeCommand(console)).execute(args));
    }
}
