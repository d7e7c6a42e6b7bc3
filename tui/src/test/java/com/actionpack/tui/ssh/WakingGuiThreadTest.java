package com.actionpack.tui.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Issue 15: a task queued for an SSH session's GUI from another thread wakes the idle GUI thread. */
class WakingGuiThreadTest {

    @Test
    void queuingATaskWakesTheGuiAndTheTaskRunsOnIt() throws Exception {
        AtomicInteger wakes = new AtomicInteger();
        TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(80, 24)));
        screen.startScreen();
        MultiWindowTextGUI gui = new MultiWindowTextGUI(WakingGuiThread.factory(wakes::incrementAndGet), screen);
        AtomicBoolean ran = new AtomicBoolean();
        Thread other = new Thread(() -> gui.getGUIThread().invokeLater(() -> ran.set(true)));
        other.start();
        other.join();
        assertEquals(1, wakes.get(), "queued from another thread: the GUI is woken");
        gui.getGUIThread().processEventsAndUpdate();
        assertTrue(ran.get());

        // invokeAndWait from another thread: queued, woken, and it returns once the GUI ran it.
        AtomicBoolean waited = new AtomicBoolean();
        Thread waiter = new Thread(() -> {
            try {
                gui.getGUIThread().invokeAndWait(() -> { });
                waited.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        while (wakes.get() < 2) {
            Thread.onSpinWait();
        }
        gui.getGUIThread().processEventsAndUpdate();
        waiter.join(10_000);
        assertTrue(waited.get());
        screen.stopScreen();
    }
}
