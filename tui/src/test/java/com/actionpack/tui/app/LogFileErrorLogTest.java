package com.actionpack.tui.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogFileErrorLogTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T16:00:00Z"), ZoneOffset.UTC);

    @Test
    void appendsTheStackTraceAndSaysWhere(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("data/actionpack/actionpack.log");
        LogFileErrorLog errors = new LogFileErrorLog(log, clock);
        assertEquals("details in " + log, errors.record(new IllegalStateException("first")));
        errors.record(new IllegalArgumentException("second"));
        String text = Files.readString(log);
        assertTrue(text.startsWith("2026-11-24T16:00:00Z ERROR incident -: unexpected error"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: first"), text);
        assertTrue(text.contains("at com.actionpack.tui.app.LogFileErrorLogTest"), text);
        assertTrue(text.contains("java.lang.IllegalArgumentException: second"), text);
    }

    @Test
    void saysSoWhenTheLogCannotBeWritten(@TempDir Path dir) throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "not a folder");
        String where = new LogFileErrorLog(blocker.resolve("actionpack.log"), clock).record(new RuntimeException());
        assertTrue(where.startsWith("no log file: "), where);
    }
}
