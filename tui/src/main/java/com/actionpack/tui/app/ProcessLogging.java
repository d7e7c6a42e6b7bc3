package com.actionpack.tui.app;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Keeps every library's output off the terminal, where it would draw over the console: stderr
 * (which slf4j-simple and java.util.logging write to) goes to the log file, and jOOQ's banner
 * and tips are switched off. Process-wide, so only {@link Main} calls it, before anything logs.
 */
final class ProcessLogging {

    private ProcessLogging() {
    }

    /** Redirects stderr to the log file and returns the stream that still reaches the terminal. */
    static PrintStream install(Path logFile) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");

        PrintStream terminal = System.err;
        System.setErr(new PrintStream(open(logFile), true, StandardCharsets.UTF_8));
        LogManager.getLogManager().reset();
        Logger.getLogger("").addHandler(new ConsoleHandler()); // writes to the new System.err
        return terminal;
    }

    private static OutputStream open(Path logFile) {
        try {
            LogFiles.createPrivate(logFile);
            return new FileOutputStream(logFile.toFile(), true);
        } catch (IOException | SecurityException e) {
            // No log then; the terminal still stays clean. Errors say there is no log file.
            return OutputStream.nullOutputStream();
        }
    }
}
