package com.actionpack.tui.app;

import com.actionpack.tui.shell.BracketedPaste;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.shell.ConsoleShell;
import com.actionpack.tui.shell.Palette;
import com.actionpack.tui.shell.ScreenFactory;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import jakarta.inject.Inject;

import java.io.IOException;

/**
 * Runs one console on a Lanterna terminal, whatever the terminal is. Making the terminal, and
 * closing it after, is the caller's job.
 */
@SessionScope
public final class ConsoleSession {

    private final ConsoleSettings settings;
    private final ScreenFactory startScreen;

    @Inject
    public ConsoleSession(ConsoleSettings settings, @StartScreen ScreenFactory startScreen) {
        this.settings = settings;
        this.startScreen = startScreen;
    }

    public ConsoleSettings settings() {
        return settings;
    }

    /** Builds the shell on a GUI and shows the first screen; the caller runs the event loop. */
    public ConsoleShell open(WindowBasedTextGUI gui) {
        ConsoleShell shell = new ConsoleShell(gui, settings, Palette.forSettings(settings));
        shell.open(startScreen);
        return shell;
    }

    /**
     * Runs the console on this thread until the user quits or the input ends. The terminal's
     * screen is restored on every way out, an exception included, before the exception goes on.
     */
    public void run(Terminal terminal) throws IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        BracketedPaste.Switch paste = terminal instanceof BracketedPaste.Switch s ? s : on -> { };
        paste.pasteMode(true);
        Throwable failure = null;
        try {
            MultiWindowTextGUI gui = new MultiWindowTextGUI(screen);
            ConsoleShell shell = new ConsoleShell(gui, settings, Palette.forSettings(settings));
            shell.run(startScreen);
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            paste.pasteMode(false);
            try {
                screen.stopScreen();
            } catch (IOException | RuntimeException e) {
                if (failure == null) {
                    throw e;
                }
                failure.addSuppressed(e);
            }
        }
    }
}
