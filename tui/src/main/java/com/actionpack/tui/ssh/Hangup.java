package com.actionpack.tui.ssh;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells a console session that its client is gone (disconnect, idle timeout, server stop).
 * Lanterna polls input and never notices the end of the stream, so the session must act on
 * this itself: typically by closing its GUI's windows from the GUI thread.
 */
public final class Hangup {

    private final AtomicBoolean happened = new AtomicBoolean();
    private final List<Runnable> actions = new CopyOnWriteArrayList<>();

    /** Runs {@code action} once when the client goes, or at once if it already has. */
    public void onHangup(Runnable action) {
        actions.add(action);
        if (happened.get() && actions.remove(action)) {
            action.run();
        }
    }

    public boolean happened() {
        return happened.get();
    }

    void signal() {
        if (happened.compareAndSet(false, true)) {
            for (Runnable action : actions) {
                if (actions.remove(action)) {
                    action.run();
                }
            }
        }
    }
}
