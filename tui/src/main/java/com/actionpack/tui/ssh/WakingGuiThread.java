package com.actionpack.tui.ssh;

import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.gui2.TextGUIThreadFactory;
import java.io.IOException;

/**
 * An SSH session's GUI thread (Lanterna's {@link SameTextGUIThread}) that wakes the session's
 * sleeping GUI ({@link GuiWakeup}) whenever a task is queued for it: a report's progress, the
 * lock-wait countdown, the hangup. So an idle session's GUI thread blocks until input or such a
 * task instead of waking to look for one (every 50 ms cost 13% of a core for 200 idle sessions,
 * issue 15).
 */
final class WakingGuiThread implements TextGUIThread {

    private final TextGUIThread thread;
    private final Runnable wake;

    private WakingGuiThread(TextGUIThread thread, Runnable wake) {
        this.thread = thread;
        this.wake = wake;
    }

    /** For {@code new MultiWindowTextGUI(factory, screen)}; {@code wake} ends the GUI's sleep. */
    static TextGUIThreadFactory factory(Runnable wake) {
        return gui -> new WakingGuiThread(new SameTextGUIThread.Factory().createTextGUIThread(gui), wake);
    }

    @Override
    public void invokeLater(Runnable runnable) {
        thread.invokeLater(runnable);
        wake.run();
    }

    @Override
    public boolean processEventsAndUpdate() throws IOException {
        return thread.processEventsAndUpdate();
    }

    @Override
    public void invokeAndWait(Runnable runnable) throws InterruptedException {
        if (Thread.currentThread() == thread.getThread()) {
            thread.invokeAndWait(runnable);
            return;
        }
        // Queued, then woken, then waited for: woken before queueing, the GUI could look at an
        // empty queue and go back to sleep.
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        thread.invokeLater(() -> {
            try {
                runnable.run();
            } finally {
                done.countDown();
            }
        });
        wake.run();
        done.await();
    }

    @Override
    public void setExceptionHandler(ExceptionHandler exceptionHandler) {
        thread.setExceptionHandler(exceptionHandler);
    }

    @Override
    public Thread getThread() {
        return thread.getThread();
    }
}
