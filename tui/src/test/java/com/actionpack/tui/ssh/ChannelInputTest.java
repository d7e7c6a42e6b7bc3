package com.actionpack.tui.ssh;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The channel's input as sshd pushes it: every byte kept in order, and counted as consumed only once read. */
@Timeout(30)
class ChannelInputTest {

    private final AtomicLong released = new AtomicLong();
    private final AtomicInteger woken = new AtomicInteger();
    private final AtomicInteger ended = new AtomicInteger();
    private final ChannelInput input = new ChannelInput(released::addAndGet, woken::incrementAndGet,
            ended::incrementAndGet);

    @Test
    void bytesAreKeptInOrderAndTheWindowOpensOnlyAsTheyAreRead() throws Exception {
        // A paste far larger than the initial buffer, in uneven chunks, read in small pieces meanwhile.
        byte[] paste = new byte[100_000];
        for (int i = 0; i < paste.length; i++) {
            paste[i] = (byte) (i * 31 + 7);
        }
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] piece = new byte[700];
        int sent = 0;
        for (int chunk = 1; sent < paste.length; chunk = chunk * 3 % 9_973 + 1) {
            int n = Math.min(chunk, paste.length - sent);
            assertEquals(0, input.data(null, paste, sent, n), "not consumed before the terminal reads it");
            sent += n;
            int got = input.read(piece, 0, piece.length);
            read.write(piece, 0, got);
            assertEquals(read.size(), released.get(), "the window opens by exactly what was read");
        }
        while (input.available() > 0) {
            int got = input.read(piece, 0, piece.length);
            read.write(piece, 0, got);
        }
        assertArrayEquals(paste, read.toByteArray());
        assertEquals(paste.length, released.get());
        assertEquals(0, ended.get());
        assertTrue(woken.get() > 0, "arriving input wakes the GUI");
    }

    @Test
    void theEndIsReportedOnceAfterWhatWasBufferedIsRead() throws Exception {
        input.data(null, new byte[] {'a', 'b'}, 0, 2);
        input.close();
        input.close();
        assertEquals(1, ended.get());
        assertEquals('a', input.read());
        assertEquals('b', input.read());
        assertEquals(-1, input.read());
        // Data after the end is consumed at once: nobody will read it.
        assertEquals(3, input.data(null, new byte[] {'c', 'd', 'e'}, 0, 3));
        assertEquals(0, input.available());
    }

    @Test
    void aBlockedReadEndsWhenInputArrives() throws Exception {
        Thread client = new Thread(() -> input.data(null, new byte[] {'k'}, 0, 1));
        client.start();
        assertEquals('k', input.read());
        client.join();
    }
}
