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
 * Keeps every library's and plugin's output off the terminal, where it would draw over the
 * console or mix into a report on standard output: System.err (which slf4j-simple and
 * java.util.logging write to) and System.out both go to the log file, and jOOQ's banner and
 * tips are switched off. The real terminal streams are returned, for the app alone to write
 * to. Process-wide, so only {@link Main} calls it, before anything logs.
 */
final class ProcessLogging {

    private ProcessLogging() {
    }

    /** The process's real standard output and error, kept for the app's own output. */
    record Terminal(PrintStream out, PrintStream err) {
    }

    /** Redirects stdout and stderr to the log file and returns the streams that still reach the terminal. */
    static Terminal install(Path logFile) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");

        Terminal terminal = new Terminal(System.out, System.err);
        PrintStream log = new PrintStream(open(logFile), true, StandardCharsets.UTF_8);
        System.setErr(log);
        // A plugin's System.out.println lands in the log, marked, never on the screen or in --out -.
        System.setOut(new PrintStream(new LinePrefixStream(log, "stdout: "), true, StandardCharsets.UTF_8));
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

    /** Prefixes every line written through it, so stray stdout text is recognisable in the log. */
    private static final class LinePrefixStream extends OutputStream {
        private final PrintStream log;
        private final byte[] prefix;
        private boolean lineStart = true;

        LinePrefixStream(PrintStream log, String prefix) {
            this.log = log;
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public synchronized void write(int b) {
            if (lineStart) {
                log.write(prefix, 0, prefix.length);
                lineStart = false;
            }
            log.write(b);
            if (b == '\n') {
                lineStart = true;
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        @Override
        public void flush() {
            log.flush();
        }
    }
}
