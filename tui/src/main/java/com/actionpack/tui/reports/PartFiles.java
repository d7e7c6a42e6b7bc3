package com.actionpack.tui.reports;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden temporary file a report is written to beside its target:
 * {@code .NAME.<pid>.<random>.part}. The process id in the name lets a later run tell the
 * leftovers of a dead run (killed with SIGKILL, a power cut) from a run still going, and
 * remove only the former. While a run writes, a shutdown hook removes its file on SIGTERM and
 * SIGINT, which the JVM turns into an orderly exit.
 */
final class PartFiles {

    private static final Pattern NAME = Pattern.compile("\\.(.+)\\.(\\d+)\\.[^.]*\\.part");

    private PartFiles() {
    }

    /**
     * A new, empty temporary file for {@code target}, owner-only, removed if the process ends
     * (SIGTERM, SIGINT) before {@link Guard#close()}. The removal is in place before the file
     * exists, and a removal that ran first stops the file from being made, so a signal at any
     * moment leaves no {@code .part} behind (a signal between creating the file and arming its
     * removal used to leave one).
     *
     * @throws IOException when the file cannot be made, or the process is already ending
     */
    static Guard create(Path target) throws IOException {
        Guard guard = new Guard();
        try {
            guard.make(target);
        } catch (IOException | RuntimeException e) {
            guard.close();
            throw e;
        }
        return guard;
    }

    /** Removes the temporary files of {@code target} whose process is gone; returns how many. */
    static int removeStale(Path target) {
        Path folder = target.getParent();
        String name = target.getFileName().toString();
        int removed = 0;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "." + globQuote(name) + ".*.part")) {
            for (Path part : parts) {
                OptionalLong pid = pidOf(part, name);
                if (pid.isPresent() && ProcessHandle.of(pid.getAsLong()).map(p -> !p.isAlive()).orElse(true)
                        && Files.deleteIfExists(part)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Tidying is a courtesy: a folder we cannot list fails the run later, with a message.
        }
        return removed;
    }

    static OptionalLong pidOf(Path part, String targetName) {
        Matcher m = NAME.matcher(part.getFileName().toString());
        if (!m.matches() || !m.group(1).equals(targetName)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(m.group(2)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** One temporary file and its removal on exit; {@link #close()} ends the removal once the run is done with it. */
    static final class Guard implements AutoCloseable {
        private final Object lock = new Object();
        private final Thread hook;
        private Path part;      // guarded by lock
        private boolean ending; // guarded by lock

        private Guard() throws IOException {
            hook = new Thread(() -> {
                synchronized (lock) {
                    ending = true;
                    if (part != null) {
                        try {
                            Files.deleteIfExists(part);
                        } catch (IOException ignored) {
                            // The process is ending; the next run removes it as stale.
                        }
                    }
                }
            }, "remove-part-file");
            try {
                Runtime.getRuntime().addShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                throw new IOException("the process is ending", shuttingDown);
            }
        }

        private void make(Path target) throws IOException {
            synchronized (lock) {
                if (ending) {
                    throw new IOException("the process is ending");
                }
                part = Files.createTempFile(target.getParent(), "." + target.getFileName() + "."
                        + ProcessHandle.current().pid() + ".", ".part");
            }
        }

        /** The temporary file. */
        Path part() {
            synchronized (lock) {
                return part;
            }
        }

        @Override
        public void close() {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Already exiting: the hook runs and finds nothing left to remove.
            }
        }
    }

    private static String globQuote(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if ("*?[]{}\\".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
