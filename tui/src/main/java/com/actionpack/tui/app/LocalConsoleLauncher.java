package com.actionpack.tui.app;

import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.cli.ConsoleLauncher;
import com.actionpack.tui.reports.RunsInFlight;
import com.googlecode.lanterna.terminal.Terminal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code actionpack} with no subcommand: the console in this process's terminal.
 *
 * <p>The session (opening the database, checking its schema, signing the user in) is made on a
 * second thread while this one sets the terminal up (which runs {@code stty} in child
 * processes): on two cores the first screen comes after the slower of the two, not after both.
 * The screen is started only once the session is there, so a database that cannot be used is
 * still reported as one line with the terminal untouched, as before.
 */
final class LocalConsoleLauncher implements ConsoleLauncher {

    private final DataDirectory dataDirectory;
    private final Map<String, String> environment;
    private final ConsoleTerminal terminals;
    private final RunsInFlight runs;

    /** @param runs the process's report runs, which its shutdown hook cleans up after */
    LocalConsoleLauncher(DataDirectory dataDirectory, Map<String, String> environment, ConsoleTerminal terminals,
                         RunsInFlight runs) {
        this.runs = runs;
        this.dataDirectory = dataDirectory;
        this.environment = environment;
        this.terminals = terminals;
    }

    @Override
    public int launch(CliOptions options) throws Exception {
        terminals.requireInteractive();
        AppConfig config = AppConfig.from(options, dataDirectory, environment);
        CompletableFuture<ConsoleSession> session = new CompletableFuture<>();
        java.util.concurrent.atomic.AtomicReference<AppComponent> opened = new java.util.concurrent.atomic.AtomicReference<>();
        Thread opening = new Thread(() -> {
            try {
                AppComponent app = AppComponent.create(config, runs);
                opened.set(app);
                session.complete(app.sessions().create(config.localConsoleSettings()).console());
            } catch (RuntimeException | Error e) {
                session.completeExceptionally(e);
            }
        }, "actionpack-open-session");
        opening.setDaemon(true);
        opening.start();
        try (Terminal terminal = terminals.open()) {
            ready(session).run(terminal);
        } finally {
            terminals.close();
        }
        AppComponent app = opened.get();
        if (app != null) {
            // The session kept going with one line when the file was deleted or replaced under
            // it (issue 10); the process still ends as the README says: one line, exit 3.
            app.database().connections().checkIdentity();
        }
        return 0;
    }

    /** The session, or what failed making it, as it was thrown (the command line reports it). */
    private static ConsoleSession ready(CompletableFuture<ConsoleSession> session) {
        try {
            return session.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
