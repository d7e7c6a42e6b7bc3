package com.actionpack.tui.ssh;

import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.shell.ConsoleShell;
import com.actionpack.tui.shell.IdleWait;
import com.actionpack.tui.shell.Palette;
import com.actionpack.tui.shell.ScreenFactory;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;

import java.io.IOException;

/**
 * Runs the {@link ConsoleShell} on an SSH session's terminal: the piece every
 * {@link ConsoleSessionFactory} of the app needs, whatever its first screen and wiring.
 */
public final class ShellSessions {

    private ShellSessions() {
    }

    /** A factory that opens {@code first} for every session, signed in as the key's user. */
    public static ConsoleSessionFactory factory(ConsoleSettings base, ScreenFactory first) {
        return (terminal, session) -> run(terminal, session, base, first);
    }

    /**
     * Blocks until the console quits or the client goes. The GUI is built here, on the calling
     * thread, which makes this thread the GUI thread; on hangup the shell's windows are closed
     * from that thread, which ends {@link ConsoleShell#run}.
     */
    public static void run(Terminal terminal, SshSession session, ConsoleSettings base, ScreenFactory first)
            throws IOException {
        ConsoleSettings settings = base.withUser(session.who().email())
                .withMonochrome(base.monochrome() || session.monochrome());
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        try {
            // Over a channel the idle GUI thread blocks until something wakes it: input, a resize,
            // the hangup, or a task queued from another thread (WakingGuiThread).
            GuiWakeup wakeup = terminal instanceof ChannelTerminal channel ? channel.wakeup() : null;
            MultiWindowTextGUI gui = wakeup != null
                    ? new MultiWindowTextGUI(WakingGuiThread.factory(wakeup::signal), screen)
                    : new MultiWindowTextGUI(screen);
            ConsoleShell shell = new ConsoleShell(gui, settings, Palette.forSettings(settings));
            session.hangup().onHangup(() -> gui.getGUIThread().invokeLater(shell::quitNow));
            shell.run(first, wakeup != null ? wakeup : IdleWait.polling());
        } finally {
            if (!session.hangup().happened()) {
                // Leaves the alternate screen and shows the cursor again on the client's terminal.
                screen.stopScreen();
            }
        }
    }
}
