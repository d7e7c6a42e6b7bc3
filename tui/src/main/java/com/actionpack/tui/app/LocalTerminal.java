package com.actionpack.tui.app;

import com.actionpack.tui.cli.UserError;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Makes the terminal of the process itself (stdin/stdout). Ctrl-C arrives as a key, which the
 * shell takes as "quit now" and leaves through the normal path, so the terminal is restored;
 * a signal from outside is covered by Lanterna's shutdown hook.
 */
final class LocalTerminal implements ConsoleTerminal {

    private final InputStream in;
    private final OutputStream out;
    private final boolean interactive;

    LocalTerminal(InputStream in, OutputStream out, boolean interactive) {
        this.in = in;
        this.out = out;
        this.interactive = interactive;
    }

    static LocalTerminal ofProcess() {
        return new LocalTerminal(System.in, System.out, System.console() != null);
    }

    /** Fails with a one-line message, before anything else is started, when there is no tty. */
    @Override
    public void requireInteractive() {
        if (!interactive) {
            throw new UserError("the console needs an interactive terminal: run it in a terminal window"
                    + " or over SSH, or use a subcommand for scripts (see actionpack --help)");
        }
    }

    @Override
    public Terminal open() throws IOException {
        requireInteractive();
        return new DefaultTerminalFactory(out, in, Charset.defaultCharset())
                .setForceTextTerminal(true)
                .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                .createTerminal();
    }
}
