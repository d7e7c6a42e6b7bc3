package com.actionpack.tui.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs in a child JVM because the set-up is process-wide (it replaces System.err). */
class ProcessLoggingTest {

    @Test
    void libraryLoggingGoesToTheLogFileAndOnlyOurLineReachesTheTerminal(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("data/actionpack/actionpack.log");
        Path stdout = dir.resolve("stdout");
        Path stderr = dir.resolve("stderr");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LoggingProbe.class.getName(), log.toString())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), Files.readString(stderr));

        assertEquals("one line for the user\n", Files.readString(stderr, StandardCharsets.UTF_8));
        assertEquals("jooq logo off: true, tips off: true\n", Files.readString(stdout));
        String logged = Files.readString(log);
        assertTrue(logged.contains("INFO org.flywaydb.core.Flyway - Migrating schema to version 1"), logged);
        assertTrue(logged.contains("a JUL warning"), logged);
        assertTrue(logged.contains("a stray line on stderr"), logged);
        assertTrue(logged.contains("stdout: a stray line on stdout, as a plugin might print"), logged);
    }
}
