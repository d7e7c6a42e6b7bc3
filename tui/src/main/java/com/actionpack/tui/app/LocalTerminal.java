package com.actionpack.tui.app;

import com.actionpack.tui.cli.UserError;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.actionpack.tui.shell.BracketedPaste;
import com.googlecode.lanterna.terminal.ansi.StreamBasedTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Makes the terminal of the process itself (stdin/stdout). Ctrl-C arrives as a key, which the
 * shell takes as "quit now" and leaves through the normal path, so the terminal is restored;
 * a signal from outside is covered by Lanterna's shutdown hook.
 */
final class LocalTerminal {

    private final InputStream in;
    private final OutputStream out;
    private final boolean interactive;
    private boolean pasteEnabled;

    LocalTerminal(InputStream in, OutputStream out, boolean interactive) {
        this.in = in;
        this.out = out;
        this.interactive = interactive;
    }

    static LocalTerminal ofProcess() {
        return new LocalTerminal(System.in, System.out, System.console() != null);
    }

    /** Fails with a one-line message, before anything else is started, when there is no tty. */
    void requireInteractive() {
        if (!interactive) {
            throw new UserError("the console needs an interactive terminal: run it in a terminal window"
                    + " or over SSH, or use a subcommand for scripts (see actionpack --help)");
        }
    }

    /** The terminal, with bracketed paste on (see {@link BracketedPaste}); {@link #close} turns it off. */
    Terminal open() throws IOException {
        requireInteractive();
        Terminal terminal = new DefaultTerminalFactory(out, in, Charset.defaultCharset())
                .setForceTextTerminal(true)
                .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                .createTerminal();
        if (terminal instanceof StreamBasedTerminal stream) {
            stream.getInputDecoder().addProfile(BracketedPaste.profile());
            out.write(BracketedPaste.ENABLE.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            pasteEnabled = true;
        }
        return terminal;
    }

    /** Turns bracketed paste off again, so the shell the console returns to gets plain pastes. */
    void close() throws IOException {
        if (pasteEnabled) {
            pasteEnabled = false;
            out.write(BracketedPaste.DISABLE.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }
}
