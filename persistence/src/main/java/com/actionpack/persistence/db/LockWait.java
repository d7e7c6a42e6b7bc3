package com.actionpack.persistence.db;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How long the connections opened by the calling thread wait for another program's write lock,
 * for the duration of one call. The console uses it to try an action briefly and keep its
 * screen live (a countdown, Esc) between tries, instead of freezing for the whole busy timeout.
 * Outside such a call the database's own busy timeout applies.
 */
public final class LockWait {

    // Per thread by design: each console session runs on its own GUI thread.
    private static final ThreadLocal<Duration> CURRENT = new ThreadLocal<>();

    private LockWait() {
    }

    /** Runs {@code work} with connections waiting at most {@code wait} for a lock. */
    public static <T> T atMost(Duration wait, Supplier<T> work) {
        Objects.requireNonNull(wait, "wait");
        Duration outer = CURRENT.get();
        CURRENT.set(wait);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The wait set by an enclosing {@link #atMost} on this thread, or null. */
    static Duration current() {
        return CURRENT.get();
    }
}
