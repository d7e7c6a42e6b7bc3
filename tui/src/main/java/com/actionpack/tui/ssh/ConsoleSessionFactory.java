package com.actionpack.tui.ssh;

import com.googlecode.lanterna.terminal.Terminal;

import java.io.IOException;

/**
 * Runs one console session on a terminal bound to an SSH channel, so that the server knows
 * nothing of the app's wiring. Called on the session's own thread; blocks until the console
 * quits (then the channel exits with status 0) or the client goes away (see
 * {@link SshSession#hangup()}: return promptly then). It must not close the terminal's streams.
 * To turn the session away before drawing anything, throw {@link SessionRefusedException}.
 */
@FunctionalInterface
public interface ConsoleSessionFactory {

    void run(Terminal terminal, SshSession session) throws IOException;
}
