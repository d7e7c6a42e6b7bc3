package com.actionpack.tui.ssh;

import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Answers {@code ssh host some-command}: runs nothing, says in one line that only the console is
 * served, and exits 1. Refusing the exec request outright would leave the channel open with
 * some clients; this closes it at once.
 */
final class RefusedCommand implements Command {

    static final String MESSAGE = "Only the console is served here: connect with ssh -t and no command.";

    private OutputStream err;
    private ExitCallback exit;

    @Override
    public void start(ChannelSession channel, Environment env) {
        try {
            err.write((MESSAGE + "\r\n").getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException e) {
            // The client left already.
        }
        exit.onExit(1, MESSAGE);
    }

    @Override
    public void destroy(ChannelSession channel) {
        // Nothing runs, nothing to stop.
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void setInputStream(InputStream in) {
        // Input is ignored.
    }

    @Override
    public void setOutputStream(OutputStream out) {
        // Nothing is written to standard output.
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }
}
