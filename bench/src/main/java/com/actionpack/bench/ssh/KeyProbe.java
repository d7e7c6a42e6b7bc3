package com.actionpack.bench.ssh;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The client's view of one session's output: when the first byte after a key arrived, when the
 * last byte arrived (to wait for a redraw to finish), and the text until the first screen.
 */
final class KeyProbe extends OutputStream {

    private final StringBuilder start = new StringBuilder();
    private long sentAt;
    private long firstByteAt;
    private long lastByteAt;
    private boolean waiting;

    synchronized void keySent(long nanos) {
        sentAt = nanos;
        firstByteAt = 0;
        waiting = true;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        long now = System.nanoTime();
        lastByteAt = now;
        if (waiting && firstByteAt == 0) {
            firstByteAt = now;
            waiting = false;
        }
        if (start.length() < 64_000) {
            start.append(new String(b, off, len, StandardCharsets.UTF_8));
        }
        notifyAll();
    }

    /** Nanoseconds from the key to the first byte of the update, or -1 on timeout. */
    synchronized long awaitUpdate(long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (firstByteAt == 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                waiting = false;
                return -1;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return firstByteAt - sentAt;
    }

    /** Waits until no byte has arrived for {@code quietNanos}: the redraw is complete. */
    void awaitQuiet(long quietNanos, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (System.nanoTime() < deadline) {
            long last;
            synchronized (this) {
                last = lastByteAt;
            }
            long quietFor = System.nanoTime() - last;
            if (quietFor >= quietNanos) {
                return;
            }
            Thread.sleep(Math.max(1, (quietNanos - quietFor) / 1_000_000));
        }
    }

    synchronized boolean awaitText(String text, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (start.indexOf(text) < 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
