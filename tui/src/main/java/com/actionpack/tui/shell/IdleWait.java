package com.actionpack.tui.shell;

/**
 * How a console's GUI thread waits once a pass of its event loop ({@link ConsoleShell#run})
 * found nothing to draw: no key that changed the screen, no task that did, nothing invalidated.
 * It is called only then, never before a pending redraw, so whatever made the GUI busy has
 * been drawn before the thread waits.
 *
 * <p>A wait may end early for any reason (the loop simply runs another pass); it must end
 * promptly when anything the GUI has to handle arrives: a key, a resize, a task queued from
 * another thread, the end of the input.
 */
@FunctionalInterface
public interface IdleWait {

    /**
     * Blocks the GUI thread until there may be work.
     *
     * @param idlePasses passes in a row that found nothing to draw, 1 for the first
     * @throws InterruptedException when the thread is interrupted: the console then quits
     */
    void await(int idlePasses) throws InterruptedException;

    /**
     * For a terminal that nothing can wake, such as a local one whose input Lanterna reads
     * without a blocking call: sleeps 1, 2, 4, 8 ms, then 16 ms per idle pass. Lanterna's own
     * loop sleeps 1 ms each time, which costs 3-4% of a core per idle session.
     */
    static IdleWait polling() {
        return idlePasses -> Thread.sleep(1L << Math.min(idlePasses - 1, 4));
    }
}
