package com.actionpack.tui.reports;

import com.actionpack.tui.text.SafeText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report runs going on in this process, so that when it ends abruptly (a plugin calling
 * {@code System.exit}, a signal) a shutdown hook can remove their {@code .part} files and say
 * in the log which plugin was running. One per process: {@link #installShutdownHook()} is
 * called by {@code Main}; tests make their own and call {@link #abandonAll()}.
 */
public final class RunsInFlight {

    /** One running report; close it when the run is over. */
    public interface Run extends AutoCloseable {
        @Override
        void close();
    }

    private final Map<Run, Entry> runs = new LinkedHashMap<>();

    private record Entry(String reportId, String plugin, String origin, Path part) {
    }

    /** An empty registry; {@link #installShutdownHook()} makes it the process's. */
    public RunsInFlight() {
    }

    /** A registry no shutdown hook reads: for callers outside the app's process wiring. */
    public static RunsInFlight none() {
        return new RunsInFlight();
    }

    /** Registers a run writing {@code part} (null for standard output). */
    Run started(InstalledReport report, Path part) {
        Entry entry = new Entry(report.id(), report.plugin(), report.origin(), part);
        Run[] handle = new Run[1];
        handle[0] = () -> {
            synchronized (runs) {
                runs.remove(handle[0]);
            }
        };
        synchronized (runs) {
            runs.put(handle[0], entry);
        }
        return handle[0];
    }

    /** Deletes the temporary files of every run still going and logs which plugins they were. */
    public List<String> abandonAll() {
        List<Entry> left;
        synchronized (runs) {
            left = new ArrayList<>(runs.values());
            runs.clear();
        }
        List<String> lines = new ArrayList<>();
        for (Entry entry : left) {
            String line = "the app stopped while report " + entry.reportId() + " of plugin '" + entry.plugin()
                    + "' (" + entry.origin() + ") was running (did the plugin call System.exit?)";
            if (entry.part() != null) {
                try {
                    Files.deleteIfExists(entry.part());
                    line += "; removed " + entry.part();
                } catch (IOException | SecurityException e) {
                    line += "; could not remove " + entry.part() + ": " + SafeText.oneLine(e);
                }
            }
            lines.add(line);
        }
        return lines;
    }

    /**
     * Runs {@link #abandonAll()} when the JVM shuts down, whatever the reason, and writes its
     * lines to {@code log} directly: java.util.logging shuts its handlers down in a hook of its
     * own, which may run first.
     */
    public void installShutdownHook(java.io.PrintStream log) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (String line : abandonAll()) {
                log.println(java.time.Instant.now() + " ERROR " + line);
            }
            log.flush();
        }, "actionpack-report-cleanup"));
    }
}
