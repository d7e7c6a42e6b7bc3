package com.actionpack.tui.app;

import com.actionpack.persistence.db.DriverWarmup;
import com.actionpack.tui.menu.MainMenuScreen;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.shell.ConsoleShell;
import com.actionpack.tui.shell.Palette;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Map;

/**
 * Draws the main menu once on an invisible virtual terminal, on the second core, while the main
 * thread parses the command line and sets the real terminal up. Loading and initialising the
 * Lanterna GUI classes (its constructor alone parses seven bundled theme files) is most of the
 * time to the first screen; class initialisation is thread-safe, so the real console finds the
 * work done or waits for the rest of it. Nothing is shared: the warm-up's objects are dropped.
 */
final class Warmup {

    private Warmup() {
    }

    static void start() {
        daemon(Warmup::drawOffscreen, "actionpack-warmup");
    }

    /**
     * The database side's one-off work (sqlite-jdbc's native library, jOOQ's set-up: see
     * {@link DriverWarmup}) on another thread, while the main thread parses the command line.
     * Only after {@link ProcessLogging#install}: jOOQ must not print its banner on the terminal.
     */
    static void startDriver() {
        daemon(DriverWarmup::run, "actionpack-warmup-driver");
    }

    private static void daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void drawOffscreen() {
        try {
            TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(80, 24)));
            screen.startScreen();
            MultiWindowTextGUI gui = new MultiWindowTextGUI(screen);
            ConsoleSettings settings = ConsoleSettings.defaults();
            new ConsoleShell(gui, settings, Palette.forSettings(settings)).open(MainMenuScreen.factory(Map.of()));
            gui.updateScreen();
        } catch (IOException | RuntimeException e) {
            // Only speed is lost; the real console reports its own errors.
            LoggerFactory.getLogger(Warmup.class).debug("warm-up failed", e);
        }
    }
}
