package com.actionpack.tui.ssh;

import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.shell.KeyHelp;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15: an idle SSH session's GUI thread blocks with no periodic wake-up at all, so every
 * event that needs the GUI must wake it itself. Each event below would never be drawn if it
 * waited for a poll (there is none: the test would time out), and after each one the GUI thread
 * must be back in an untimed wait on its {@link GuiWakeup}: a poll, however long, fails that.
 * The session runs as over SSH (the real shell on a {@link ChannelTerminal}, input pushed into a
 * {@link ChannelInput} the way sshd's I/O thread pushes it), without the transport.
 */
@Timeout(60)
class SessionWakeupTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final Hangup hangup = new Hangup();
    private final GuiWakeup wakeup = new GuiWakeup();
    private final ChannelInput input = new ChannelInput(bytes -> { }, wakeup::signal, hangup::signal);
    private final Capture out = new Capture();
    private final ChannelTerminal terminal = new ChannelTerminal(input, out, new TerminalSize(80, 24), false,
            hangup, wakeup);
    private final ProbeScreen probe = new ProbeScreen();
    private Thread gui;

    @AfterEach
    void hangUp() throws InterruptedException {
        hangup.signal();
        if (gui != null) {
            gui.join(WAIT.toMillis());
        }
    }

    private void startSession() {
        SshSession session = new SshSession(new SshIdentity("ann@contoso.example", "admin", "SHA256:test",
                "127.0.0.1:50000"), "xterm-256color", false, hangup, "127.0.0.1:2222");
        gui = new Thread(() -> {
            try {
                ShellSessions.run(terminal, session, ConsoleSettings.defaults(), shell -> probe);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, "ssh-console-test");
        gui.start();
    }

    private void type(String keys) {
        byte[] bytes = keys.getBytes(StandardCharsets.UTF_8);
        input.data(null, bytes, 0, bytes.length);
    }

    private void onGuiThread(Runnable task) {
        TextGUIThread thread = probe.status.getTextGUI().getGUIThread();
        Thread other = new Thread(() -> thread.invokeLater(task), "report-worker");
        other.start();
    }

    /** Waits until the GUI thread blocks in its wake-up with no time limit. */
    private void assertIdleWithoutPoll() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Thread.State state = gui.getState();
        while (System.nanoTime() < deadline) {
            state = gui.getState();
            if (state == Thread.State.WAITING && waitsOnWakeup()) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the idle GUI thread is " + state + ", not blocked on its wake-up: "
                + Arrays.toString(gui.getStackTrace()));
    }

    private boolean waitsOnWakeup() {
        return Arrays.stream(gui.getStackTrace()).anyMatch(frame -> frame.getClassName().equals(GuiWakeup.class.getName()));
    }

    @Test
    void everyEventThatNeedsTheGuiWakesItAndTheIdleThreadNeverPolls() throws Exception {
        startSession();
        // The first screen, and a redraw that its own drawing asked for.
        assertTrue(out.awaitScreen("Probe", WAIT), () -> out.screen(80, 24));
        assertTrue(out.awaitScreen("set while drawing", WAIT), () -> out.screen(80, 24));
        assertIdleWithoutPoll();

        // A key from the client.
        type("x");
        assertTrue(out.awaitScreen("key x", WAIT), () -> out.screen(80, 24));
        assertIdleWithoutPoll();

        // A task queued from another thread (a report's progress, the lock-wait countdown).
        onGuiThread(() -> probe.status.setText("task ran"));
        assertTrue(out.awaitScreen("task ran", WAIT), () -> out.screen(80, 24));
        assertIdleWithoutPoll();

        // A window added from another thread, then closed from another thread.
        AtomicReference<BasicWindow> dialog = new AtomicReference<>();
        onGuiThread(() -> {
            BasicWindow window = new BasicWindow("Notice");
            window.setComponent(new Label("a dialog"));
            dialog.set(window);
            ((WindowBasedTextGUI) probe.status.getTextGUI()).addWindow(window);
        });
        assertTrue(out.awaitScreen("a dialog", WAIT), () -> out.screen(80, 24));
        assertIdleWithoutPoll();
        onGuiThread(() -> dialog.get().close());
        assertTrue(out.awaitScreen(screen -> !screen.contains("a dialog"), WAIT), () -> out.screen(80, 24));
        assertIdleWithoutPoll();

        // The client's window changes size: the footer moves to row 30.
        int mark = out.length();
        terminal.resize(new TerminalSize(100, 30));
        assertTrue(out.awaitSince(mark, "\u001b[30;", WAIT), () -> "no redraw at 100x30: " + out.textSince(mark));
        assertIdleWithoutPoll();

        // The client goes: the session's thread ends.
        hangup.signal();
        gui.join(WAIT.toMillis());
        assertFalse(gui.isAlive(), "the session's thread still runs after the hangup");
    }

    @Test
    void theEndOfTheClientsInputEndsTheSession() throws Exception {
        startSession();
        assertTrue(out.awaitScreen("Probe", WAIT), () -> out.screen(80, 24));
        assertIdleWithoutPoll();

        input.close(); // sshd: the client sent EOF or the channel closed
        gui.join(WAIT.toMillis());
        assertFalse(gui.isAlive(), "the session's thread still runs after its input ended");
        assertTrue(hangup.happened());
    }

    /** A screen whose status line shows the last key, and whose drawing changes a line drawn before it. */
    private static final class ProbeScreen implements ConsoleScreen {

        final Label status = new Label("first screen");
        private final Label echo = new Label("not drawn yet");
        private final Panel panel = new Panel(new LinearLayout());

        ProbeScreen() {
            Label trigger = new Label("trigger");
            ComponentRenderer<Label> plain = trigger.getRenderer();
            trigger.setRenderer(new ComponentRenderer<>() {
                @Override
                public TerminalSize getPreferredSize(Label component) {
                    return plain.getPreferredSize(component);
                }

                @Override
                public void drawComponent(TextGUIGraphics graphics, Label component) {
                    plain.drawComponent(graphics, component);
                    // Invalidates a label already drawn in this pass: only a second draw shows it.
                    if (!echo.getText().equals("set while drawing")) {
                        echo.setText("set while drawing");
                    }
                }
            });
            panel.addComponent(status);
            panel.addComponent(echo);
            panel.addComponent(trigger);
        }

        @Override
        public String title() {
            return "Probe";
        }

        @Override
        public List<KeyHelp> keys() {
            return List.of();
        }

        @Override
        public Component component() {
            return panel;
        }

        @Override
        public boolean handleKey(KeyStroke key) {
            if (key.getCharacter() == null) {
                return false;
            }
            status.setText("key " + key.getCharacter());
            return true;
        }
    }
}
