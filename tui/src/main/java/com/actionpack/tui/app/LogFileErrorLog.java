package com.actionpack.tui.app;

import com.actionpack.tui.cli.ErrorLog;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;

/**
 * Appends unexpected errors with their stack trace to the log file. Writes the file directly
 * rather than through SLF4J so that the record is there even if logging was never set up.
 */
public final class LogFileErrorLog implements ErrorLog {

    private final Path logFile;
    private final Clock clock;

    public LogFileErrorLog(Path logFile, Clock clock) {
        this.logFile = logFile;
        this.clock = clock;
    }

    @Override
    public String record(Throwable error) {
        return record("-", error);
    }

    @Override
    public String record(String incident, Throwable error) {
        StringWriter trace = new StringWriter();
        try (PrintWriter writer = new PrintWriter(trace)) {
            writer.println(Instant.now(clock) + " ERROR incident " + incident + ": unexpected error");
            error.printStackTrace(writer);
        }
        try {
            LogFiles.createPrivate(logFile);
            Files.writeString(logFile, trace.toString(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return "details in " + logFile;
        } catch (IOException | SecurityException e) {
            return "no log file: " + e.getMessage();
        }
    }
}
