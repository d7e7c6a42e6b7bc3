package com.actionpack.tui.ssh;

import com.googlecode.lanterna.TerminalSize;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.channel.ChannelSessionAware;
import org.apache.sshd.server.command.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The "shell" of one SSH channel: the console on a {@link ChannelTerminal}, run on a session
 * thread by the {@link SessionRegistry}. Without a PTY it says so in one line and exits. The
 * channel's input is pushed by sshd into a {@link ChannelInput} (no thread blocks on it): a
 * session has exactly one thread, its GUI's.
 */
final class ConsoleCommand implements Command, ChannelSessionAware {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleCommand.class);
    private static final TerminalSize FALLBACK_SIZE = new TerminalSize(80, 24);

    /**
     * What the client's terminal needs to be usable again after the console: reset colours,
     * show the cursor, leave the alternate screen (as Lanterna's stopScreen sends them).
     */
    static final String RESTORE_TERMINAL = "\u001b[0m\u001b[?25h\u001b[?1049l";

    private final ConsoleSessionFactory factory;
    private final SessionRegistry registry;
    private final IdleWatch idle;
    private final Hangup hangup = new Hangup();
    private final GuiWakeup wakeup = new GuiWakeup();
    private volatile boolean closedIdle;
    private ChannelInput in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;

    ConsoleCommand(ConsoleSessionFactory factory, SessionRegistry registry, IdleWatch idle) {
        this.factory = factory;
        this.registry = registry;
        this.idle = idle;
    }

    /**
     * Called by sshd before {@link #start}: the channel's input goes to a {@link ChannelInput}
     * from now on (then sshd never calls {@link #setInputStream}). Input read by the console
     * opens the client's window again.
     */
    @Override
    public void setChannelSession(ChannelSession channel) {
        in = new ChannelInput(bytes -> release(channel, bytes), wakeup::signal, hangup::signal);
        channel.setDataReceiver(in);
    }

    private static void release(ChannelSession channel, int bytes) {
        try {
            channel.getLocalWindow().release(bytes);
        } catch (IOException e) {
            // The channel is closing: no more input to make room for.
            LOG.debug("Could not open the window of {}: {}", channel, e.toString());
        }
    }

    /** Not called: the input comes through {@link #setChannelSession}'s receiver. */
    @Override
    public void setInputStream(InputStream in) {
        throw new IllegalStateException("the console reads its channel through a ChannelDataReceiver");
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        Map<String, String> vars = env.getEnv();
        SshIdentity who = SshConsoleServer.identityOf(channel.getSession());
        if (who == null) {
            refuse("Not signed in.");
            return;
        }
        if (!TerminalTraits.hasPty(vars, !env.getPtyModes().isEmpty())) {
            refuse("Action Pack Console needs a terminal: connect with ssh -t (files: scp or sftp).");
            return;
        }
        TerminalSize size = new TerminalSize(TerminalTraits.number(vars.get(Environment.ENV_COLUMNS), FALLBACK_SIZE.getColumns()),
                TerminalTraits.number(vars.get(Environment.ENV_LINES), FALLBACK_SIZE.getRows()));
        boolean monochrome = TerminalTraits.monochrome(vars);
        ChannelTerminal terminal = new ChannelTerminal(in, out, size, monochrome, hangup, wakeup);
        env.addSignalListener((ch, signal) -> terminal.resize(new TerminalSize(
                TerminalTraits.number(vars.get(Environment.ENV_COLUMNS), size.getColumns()),
                TerminalTraits.number(vars.get(Environment.ENV_LINES), size.getRows()))), Signal.WINCH);
        SshSession session = new SshSession(who, vars.getOrDefault(Environment.ENV_TERM, ""), monochrome, hangup,
                SshConsoleServer.address(channel.getSession().getLocalAddress()));
        // The console's own idle timeout: ends the session, then tells the client why (see runConsole).
        idle.watch(in::lastInputNanos, hangup, () -> {
            closedIdle = true;
            hangup.signal();
        });
        boolean started = registry.start(who, hangup, () -> runConsole(terminal, session));
        if (!started) {
            refuse(registry.stopping() ? "The server is stopping. Try again later."
                    : "Too many sessions: at most " + registry.max() + " at once. Try again later.");
        }
    }

    private void runConsole(ChannelTerminal terminal, SshSession session) {
        int status = 0;
        try {
            factory.run(terminal, session);
        } catch (SessionRefusedException refused) {
            writeQuietly(err, refused.getMessage());
            status = 1;
        } catch (Exception | Error e) {
            status = 1;
            if (hangup.happened()) {
                LOG.debug("Session of {} ended after hangup: {}", session.who().email(), e.toString());
            } else {
                LOG.error("Session of {} failed", session.who().email(), e);
                writeQuietly(err, "The console stopped on an unexpected error; it is logged on the server.");
            }
        }
        if (closedIdle) {
            // The client is still there: give its terminal back, then say why it was closed.
            String why = "Closed after " + IdleWatch.words(idle.timeout()) + " idle.";
            try {
                out.write((RESTORE_TERMINAL + "\r\n" + why + "\r\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                LOG.debug("Could not tell {} why the session closed: {}", session.who().email(), e.toString());
            }
            status = 0;
        }
        // Also after a hangup: if only the client's input ended, the channel is still open and
        // must be closed; on a channel already closing this does nothing harmful.
        try {
            exit.onExit(status);
        } catch (RuntimeException e) {
            LOG.debug("Could not send exit status: {}", e.toString());
        }
    }

    private void refuse(String message) {
        writeQuietly(err, message);
        exit.onExit(1, message);
    }

    private static void writeQuietly(OutputStream stream, String line) {
        try {
            stream.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            stream.flush();
        } catch (IOException e) {
            // The client is already gone: nobody left to tell.
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        hangup.signal();
    }
}
