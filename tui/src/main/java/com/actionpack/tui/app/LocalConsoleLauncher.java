package com.actionpack.tui.app;

import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.cli.ConsoleLauncher;
import com.googlecode.lanterna.terminal.Terminal;

import java.util.Map;

/** {@code actionpack} with no subcommand: the console in this process's terminal. */
final class LocalConsoleLauncher implements ConsoleLauncher {

    private final DataDirectory dataDirectory;
    private final Map<String, String> environment;
    private final LocalTerminal terminals;

    LocalConsoleLauncher(DataDirectory dataDirectory, Map<String, String> environment, LocalTerminal terminals) {
        this.dataDirectory = dataDirectory;
        this.environment = environment;
        this.terminals = terminals;
    }

    @Override
    public int launch(CliOptions options) throws Exception {
        terminals.requireInteractive();
        AppConfig config = AppConfig.from(options, dataDirectory, environment);
        AppComponent app = AppComponent.create(config);
        ConsoleSession session = app.sessions().create(config.localConsoleSettings()).console();
        try (Terminal terminal = terminals.open()) {
            session.run(terminal);
        } finally {
            terminals.close();
        }
        return 0;
    }
}
