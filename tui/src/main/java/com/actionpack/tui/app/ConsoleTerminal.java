package com.actionpack.tui.app;

import com.googlecode.lanterna.terminal.Terminal;

import java.io.IOException;

/**
 * Where a local console draws: the process's own terminal ({@link LocalTerminal}), or a headless
 * one in the build's class-data training run ({@link ClassDataTraining}).
 */
interface ConsoleTerminal {

    /** Fails with a one-line {@link com.actionpack.tui.cli.UserError} when there is nothing to draw on. */
    void requireInteractive();

    /** A new terminal, which the caller closes. */
    Terminal open() throws IOException;

    /** After the terminal is closed: undoes what {@link #open} set beyond it (none by default). */
    default void close() throws IOException {
    }
}
