package com.actionpack.tui.ssh;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(30)
class InputPumpTest {

    @Test
    void anIdleWaitEndsAsSoonAsInputArrivesAndTheEndIsReported() throws Exception {
        PipedOutputStream client = new PipedOutputStream();
        CountDownLatch ended = new CountDownLatch(1);
        InputPump pump = new InputPump(new PipedInputStream(client), ended::countDown);
        Thread thread = new Thread(pump, "test-pump");
        thread.start();

        long start = System.nanoTime();
        pump.awaitData(100);
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(90), "waited while idle");

        Thread typist = new Thread(() -> {
            try {
                Thread.sleep(50);
                client.write('x');
                client.flush();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        typist.start();
        start = System.nanoTime();
        pump.awaitData(10_000);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "woken by the key, not the timeout");
        assertEquals(1, pump.available());
        assertEquals('x', pump.read());

        client.close();
        assertTrue(ended.await(10, TimeUnit.SECONDS));
        assertEquals(-1, pump.read());
        thread.join(10_000);
    }

    @Test
    void wakeEndsAWaitEarly() throws Exception {
        InputPump pump = new InputPump(new PipedInputStream(new PipedOutputStream()), () -> { });
        new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            pump.wake();
        }).start();
        long start = System.nanoTime();
        pump.awaitData(10_000);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
    }
}
