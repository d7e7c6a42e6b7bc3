package com.actionpack.tui.ssh;

import org.apache.sshd.server.channel.ChannelDataReceiver;
import org.apache.sshd.server.channel.ChannelSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.function.IntConsumer;

/**
 * A console channel's input, pushed by sshd as it arrives ({@link ChannelDataReceiver}, called
 * on sshd's I/O thread) and read by the session's terminal on the GUI thread. No thread of its
 * own blocks on the channel: a session has one thread, its GUI's, which sleeps until
 * {@code onData} wakes it. Bytes count as consumed (the client's window opens again, through
 * {@code consumed}) only when the terminal reads them, so a client that types faster than the
 * console reads is held back by SSH's flow control and the buffer stays within the channel's
 * window. The buffer starts small and shrinks back after a large paste: idle sessions hold
 * next to nothing.
 */
final class ChannelInput extends InputStream implements ChannelDataReceiver {

    private static final int INITIAL_CAPACITY = 256;
    /** A buffer grown past this (a paste) is dropped once read empty. */
    private static final int KEPT_CAPACITY = 4096;

    private final IntConsumer consumed;
    private final Runnable onData;
    private final Runnable onEnd;
    /** Guarded by this: bytes not read yet are buffer[head, head + count). */
    private byte[] buffer = new byte[INITIAL_CAPACITY];
    private int head;
    private int count;
    private boolean ended;
    private volatile long lastInputNanos = System.nanoTime();

    /**
     * @param consumed told how many bytes the terminal read (called on the reading thread,
     *                 outside any lock), to open the channel's window by as much
     * @param onData   runs on sshd's thread after bytes arrived or the input ended
     * @param onEnd    runs once when the input ends (client EOF or channel closed)
     */
    ChannelInput(IntConsumer consumed, Runnable onData, Runnable onEnd) {
        this.consumed = consumed;
        this.onData = onData;
        this.onEnd = onEnd;
    }

    /** When the client last sent anything, in {@link System#nanoTime()} terms (for the idle timeout). */
    long lastInputNanos() {
        return lastInputNanos;
    }

    /** Keeps the bytes for the terminal; returns 0: they are consumed once read. */
    @Override
    public int data(ChannelSession channel, byte[] bytes, int start, int length) {
        if (length == 0) {
            return 0;
        }
        synchronized (this) {
            if (ended) {
                // Nobody will read them: consumed at once.
                return length;
            }
            lastInputNanos = System.nanoTime();
            append(bytes, start, length);
            notifyAll();
        }
        onData.run();
        return 0;
    }

    private void append(byte[] bytes, int start, int length) {
        if (head + count + length > buffer.length) {
            byte[] target = count + length > buffer.length
                    ? new byte[Math.max(2 * buffer.length, count + length)]
                    : buffer;
            System.arraycopy(buffer, head, target, 0, count);
            buffer = target;
            head = 0;
        }
        System.arraycopy(bytes, start, buffer, head + count, length);
        count += length;
    }

    /** The input ended: what is buffered can still be read, then reads return -1. */
    @Override
    public void close() {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            notifyAll();
        }
        onData.run();
        onEnd.run();
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

    /** Blocks only while nothing is buffered and the input has not ended (Lanterna polls {@link #available} first). */
    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n;
        synchronized (this) {
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
            n = Math.min(length, count);
            System.arraycopy(buffer, head, target, offset, n);
            head += n;
            count -= n;
            if (count == 0) {
                head = 0;
                if (buffer.length > KEPT_CAPACITY) {
                    buffer = new byte[INITIAL_CAPACITY];
                }
            }
        }
        consumed.accept(n);
        return n;
    }
}
