package com.actionpack.tui.ssh;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The console sessions running now, each on its own thread: enforces the maximum, and lets
 * {@link SshConsoleServer#stop()} hang up on all of them and wait for their threads to end.
 */
final class SessionRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(SessionRegistry.class);

    private final int max;
    private final Map<Thread, Hangup> running = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();
    /** Guarded by this: set by {@link #hangUpAll}, after which no session starts. */
    private boolean stopping;

    SessionRegistry(int max) {
        this.max = max;
    }

    int max() {
        return max;
    }

    /** True once {@link #hangUpAll} has begun: no session starts any more. */
    synchronized boolean stopping() {
        return stopping;
    }

    int active() {
        return running.size();
    }

    /**
     * Starts {@code body} on a new session thread (the session's only thread: its input is
     * pushed by sshd), or returns false when the maximum is reached.
     */
    synchronized boolean start(SshIdentity who, Hangup hangup, Runnable body) {
        if (stopping) {
            LOG.info("Refused a session for {}: the server is stopping", who.email());
            return false;
        }
        if (running.size() >= max) {
            LOG.warn("Refused a session for {}: {} sessions already open", who.email(), running.size());
            return false;
        }
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } finally {
                running.remove(Thread.currentThread());
                LOG.info("Session ended: {}", who.channel());
            }
        }, "ssh-console-" + counter.incrementAndGet());
        // Daemon: a session stuck in a write to a dead client must not keep the JVM alive.
        thread.setDaemon(true);
        running.put(thread, hangup);
        LOG.info("Session started for {}: {}", who.email(), who.channel());
        thread.start();
        return true;
    }

    /** Hangs up on every session and waits up to {@code timeout} in all for their threads. */
    void hangUpAll(Duration timeout) {
        synchronized (this) {
            // A session starting at this moment would be missed by the waiting below.
            stopping = true;
        }
        running.values().forEach(Hangup::signal);
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Thread> all = new ArrayList<>(running.keySet());
        for (Thread thread : all) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                thread.join(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!running.isEmpty()) {
            LOG.warn("{} session threads still running after stop", running.size());
        }
    }
}
