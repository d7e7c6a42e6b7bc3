package com.actionpack.tui.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * Moves a channel's input into a buffer on its own thread, so that the session's GUI thread can
 * sleep until a key arrives ({@link #awaitData}) instead of polling every millisecond as
 * Lanterna's loop otherwise does: idle sessions then cost next to nothing, and a key still
 * wakes the GUI thread at once. Reads never block on the channel itself.
 */
final class InputPump extends InputStream implements Runnable {

    private static final int CAPACITY = 64 * 1024;

    private final InputStream source;
    private final Runnable onEnd;
    private final byte[] ring = new byte[CAPACITY];
    private int head;
    private int count;
    private boolean ended;
    private boolean woken;

    /** When the client last sent anything (System.nanoTime), for the idle timeout. */
    private volatile long lastInputNanos = System.nanoTime();

    /** When the client last sent anything, in {@link System#nanoTime()} terms. */
    long lastInputNanos() {
        return lastInputNanos;
    }

    /** {@code onEnd} runs on the pump thread when the channel's input ends or fails. */
    InputPump(InputStream source, Runnable onEnd) {
        this.source = source;
        this.onEnd = onEnd;
    }

    @Override
    public void run() {
        byte[] chunk = new byte[4096];
        try {
            for (int n = source.read(chunk); n >= 0; n = source.read(chunk)) {
                lastInputNanos = System.nanoTime();
                put(chunk, n);
            }
        } catch (InterruptedIOException | InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The channel closed under the read: the same as the end of input.
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
            onEnd.run();
        }
    }

    private synchronized void put(byte[] chunk, int n) throws InterruptedException {
        int done = 0;
        while (done < n) {
            while (count == CAPACITY) {
                // A client typing faster than the console reads waits here: its window fills.
                wait();
            }
            int tail = (head + count) % CAPACITY;
            int run = Math.min(n - done, Math.min(CAPACITY - count, CAPACITY - tail));
            System.arraycopy(chunk, done, ring, tail, run);
            count += run;
            done += run;
            notifyAll();
        }
    }

    /**
     * Waits up to {@code millis} until input is buffered, the input ended or {@link #wake} was
     * called; returns at once if one of them already holds.
     */
    synchronized void awaitData(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (count == 0 && !ended && !woken) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        woken = false;
    }

    /** Ends a current or the next {@link #awaitData} early: a resize or hangup needs the GUI. */
    synchronized void wake() {
        woken = true;
        notifyAll();
    }

    @Override
    public synchronized int available() {
        return count;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (count == 0 && !ended) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading SSH input");
            }
        }
        if (count == 0) {
            return -1;
        }
        int n = Math.min(length, Math.min(count, CAPACITY - head));
        System.arraycopy(ring, head, buffer, offset, n);
        head = (head + n) % CAPACITY;
        count -= n;
        notifyAll();
        return n;
    }
}
