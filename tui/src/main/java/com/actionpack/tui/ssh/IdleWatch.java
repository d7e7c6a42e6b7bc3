package com.actionpack.tui.ssh;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Closes console sessions that sent nothing for the idle timeout, from one scheduler shared by
 * every session. The console closes itself, so that it can restore the client's terminal and
 * say why, which the transport's own idle disconnect cannot.
 */
final class IdleWatch {

    private final ScheduledExecutorService scheduler;
    private final Duration timeout;

    IdleWatch(ScheduledExecutorService scheduler, Duration timeout) {
        this.scheduler = scheduler;
        this.timeout = timeout;
    }

    Duration timeout() {
        return timeout;
    }

    /**
     * Runs {@code close} once when {@code lastInputNanos} is older than the timeout; stops
     * watching when {@code hangup} fires.
     */
    void watch(LongSupplier lastInputNanos, Hangup hangup, Runnable close) {
        long period = Math.max(50, Math.min(timeout.toMillis() / 10, 30_000));
        ScheduledFuture<?>[] task = new ScheduledFuture<?>[1];
        task[0] = scheduler.scheduleWithFixedDelay(() -> {
            if (System.nanoTime() - lastInputNanos.getAsLong() >= timeout.toNanos()) {
                task[0].cancel(false);
                close.run();
            }
        }, period, period, TimeUnit.MILLISECONDS);
        hangup.onHangup(() -> task[0].cancel(false));
    }

    /** "15 minutes", "1 hour", "90 seconds". */
    static String words(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds % 3600 == 0) {
            return plural(seconds / 3600, "hour");
        }
        if (seconds % 60 == 0) {
            return plural(seconds / 60, "minute");
        }
        return plural(seconds, "second");
    }

    private static String plural(long n, String unit) {
        return com.actionpack.tui.text.Counted.of(n, unit);
    }
}
