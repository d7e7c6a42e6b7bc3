package com.actionpack.tui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class OneLineTest {

    @Test
    void controlCharactersBecomeVisibleEscapesAndLineBreaksSpaces() {
        assertEquals("a\\u001b[31mred b  c\\u0007", OneLine.of("a\u001b[31mred\nb\r\nc\u0007"));
        assertEquals("bidi \\u202e trick", OneLine.of("bidi \u202e trick"));
        assertEquals("Ünïcödé 株式会社", OneLine.of("Ünïcödé 株式会社"));
    }

    @Test
    void longTextIsCut() {
        String line = OneLine.of("x".repeat(10_000));
        assertEquals(301, line.length());
        assertTrue(line.endsWith("…"));
    }

    @Test
    void exceptionsShowTheirMessageNeverTheirClass() {
        assertEquals("disk full", OneLine.of(new IOException("disk full")));
        assertEquals("an error without a message", OneLine.of(new IllegalStateException()));
        assertEquals("out of memory", OneLine.of(new OutOfMemoryError()));
    }
}
