package com.actionpack.tui.ssh;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** What a test SSH client received, with waits for text to arrive. */
final class Capture extends OutputStream {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
        bytes.write(b);
        notifyAll();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        bytes.write(b, off, len);
        notifyAll();
    }

    synchronized String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    synchronized int length() {
        return bytes.size();
    }

    /** Text received after {@code from} characters (as returned by {@link #text()}.length()). */
    synchronized String textSince(int from) {
        String all = text();
        return from >= all.length() ? "" : all.substring(from);
    }

    /** Waits until the text from character {@code from} on contains {@code wanted}. */
    synchronized boolean awaitSince(int from, String wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!textSince(from).contains(wanted)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    boolean await(String wanted, Duration timeout) throws InterruptedException {
        return awaitSince(0, wanted, timeout);
    }
}
