package com.actionpack.tui.ssh;

import com.actionpack.tui.shell.IdleWait;

/**
 * What an SSH session's idle GUI thread waits on: it blocks, without any periodic wake-up,
 * until something signals that the GUI may have work: input from the client
 * ({@link ChannelInput}), a task queued for the GUI ({@link WakingGuiThread}), a resize or the
 * hangup ({@link ChannelTerminal}). A signal given while the GUI thread is busy is kept, so the
 * next wait returns at once and the loop runs one more pass: no signal is ever lost between a
 * pass that found nothing and the wait after it. 200 idle sessions then cost next to no CPU
 * (issue 15), where waking every 50 ms cost 13% of a core.
 */
final class GuiWakeup implements IdleWait {

    /** Guarded by this. */
    private boolean signalled;

    /** Ends the current wait, or the next one if the GUI thread is not waiting now. */
    synchronized void signal() {
        signalled = true;
        notifyAll();
    }

    /** Blocks until {@link #signal} (at once if it was called since the last wait). */
    @Override
    public synchronized void await(int idlePasses) throws InterruptedException {
        while (!signalled) {
            wait();
        }
        signalled = false;
    }
}
