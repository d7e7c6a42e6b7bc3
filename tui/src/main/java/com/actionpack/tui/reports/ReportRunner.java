package com.actionpack.tui.reports;

import com.actionpack.tui.text.SafeText;
import com.actionpack.reports.spi.ProgressListener;
import com.actionpack.reports.spi.ReportCancelledException;
import com.actionpack.reports.spi.ReportContext;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportRequest;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/**
 * Runs one report to a file or to standard output.
 *
 * <p>A file is written to a temporary file in the target's folder, forced to disk, then renamed
 * over the target in one step: the target is either the complete report or untouched, whatever
 * fails (disk full, plugin exception, data error; a killed process leaves only a hidden
 * {@code .part} file, which the next run beside the same target removes; SIGTERM and SIGINT
 * remove it on the way out). The temporary file is created owner-only (rw-------) and keeps those
 * permissions, since reports carry customer data.
 *
 * <p>The plugin gets a {@link ReportContext} built from the {@link RunSettings}; the data it
 * reads stops at the next row once the run is cancelled. A failure is logged with its stack
 * trace (the screen or stderr gets one line naming the plugin), and every run is registered
 * in {@link RunsInFlight} so that a plugin's {@code System.exit} still leaves no {@code .part}
 * file behind.
 */
public final class ReportRunner {

    private static final System.Logger LOG = System.getLogger("actionpack.reports");

    private final RunsInFlight inFlight;

    /** A runner whose runs no shutdown hook cleans up (tests, tools). */
    public ReportRunner() {
        this(RunsInFlight.none());
    }

    public ReportRunner(RunsInFlight inFlight) {
        this.inFlight = inFlight;
    }

    /** A run on the host's behalf: every account, today, not cancellable. */
    public RunOutcome run(InstalledReport report, ReportRequest request, ReportData data, Path target,
                          OutputStream stdout, ProgressListener progress) {
        return run(report, request, data, target, stdout, progress, RunSettings.host(Clock.systemDefaultZone()));
    }

    /**
     * @param target   the file to write, or null for {@code stdout}
     * @param stdout   where a null target goes; it is flushed, never closed
     * @param settings scope, day, version, cancel flag and total receiver of this run
     */
    public RunOutcome run(InstalledReport report, ReportRequest request, ReportData data, Path target,
                          OutputStream stdout, ProgressListener progress, RunSettings settings) {
        progress = monotonic(progress);
        GuardedData guarded = new GuardedData(new CancellableData(data, settings.cancelled()), progress);
        ReportContext context = new HostReportContext(settings, report.plugin());
        if (target == null) {
            return toStdout(report, request, guarded, stdout, progress, context);
        }
        return toFile(report, request, guarded, target.toAbsolutePath().normalize(), progress, context);
    }

    private RunOutcome toStdout(InstalledReport report, ReportRequest request, GuardedData data,
                                OutputStream stdout, ProgressListener progress, ReportContext context) {
        CountingStream counted = new CountingStream(stdout);
        OutputStream out = new BufferedOutputStream(counted, 64 * 1024);
        try (RunsInFlight.Run ignored = inFlight.started(report, null)) {
            report.type().run(request, data, out, progress, context);
            out.flush();
        } catch (IOException e) {
            return failure(report, data, e, "cannot write to standard output: " + SafeText.oneLine(e), counted.bytes,
                    context.cancelled());
        } catch (RuntimeException | Error e) {
            // Errors too (a plugin's StackOverflowError, OutOfMemoryError): one line, not a trace.
            return failure(report, data, e, null, counted.bytes, context.cancelled());
        }
        return new RunOutcome(RunOutcome.Status.OK, data.rows(),
                "report " + report.id() + ": " + rowsWritten(data.rows()) + " to standard output");
    }

    private RunOutcome toFile(InstalledReport report, ReportRequest request, GuardedData data, Path target,
                              ProgressListener progress, ReportContext context) {
        if (Files.isDirectory(target)) {
            return outputFailed(data, target + " is a folder: give a file name");
        }
        if (Files.exists(target)) {
            if (!Files.isRegularFile(target)) {
                // Renaming over a device or a pipe (say /dev/null as root) would replace it.
                return outputFailed(data, "cannot write " + target + ": it is not a regular file;"
                        + " use --out - for standard output");
            }
            try {
                // Through a symbolic link, replace the file it points to, not the link.
                target = target.toRealPath();
            } catch (IOException e) {
                return outputFailed(data, "cannot write " + target + ": " + SafeText.oneLine(e));
            }
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return outputFailed(data, "cannot write " + target + ": folder " + folder
                    + " does not exist (or is not a folder)");
        }
        PartFiles.removeStale(target);
        PartFiles.Guard removedOnSignal;
        try {
            removedOnSignal = PartFiles.create(target);
        } catch (IOException | SecurityException e) {
            return outputFailed(data, "cannot write " + target + ": " + why(e, folder));
        }
        Path temp = removedOnSignal.part();
        try (removedOnSignal; RunsInFlight.Run running = inFlight.started(report, temp)) {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
                report.type().run(request, data, unclosable(out), progress, context);
                out.flush();
                channel.force(true);
            }
            if (context.cancelled()) {
                // A plugin that ignored the cancel and finished anyway: the user said no, so no file.
                throw new ReportCancelledException();
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            return failure(report, data, e, "cannot write " + target + ": " + why(e, folder), -1, context.cancelled());
        } catch (RuntimeException | Error e) {
            return failure(report, data, e, null, -1, context.cancelled());
        } finally {
            deleteQuietly(temp);
        }
        return new RunOutcome(RunOutcome.Status.OK, data.rows(),
                "report " + report.id() + ": " + rowsWritten(data.rows()) + " to " + SafeText.oneLine(target.toString()));
    }

    /** "1 row written", "2 rows written": the end-of-run line people read on screen and in cron mail. */
    static String rowsWritten(long rows) {
        return rows + (rows == 1 ? " row" : " rows") + " written";
    }

    /**
     * Chooses who to blame: the user's cancel, the data, the output, or the plugin; logs the
     * failure with its stack trace and says what became of the output.
     *
     * @param stdoutBytes bytes already on standard output, or -1 when writing to a file
     */
    private static RunOutcome failure(InstalledReport report, GuardedData data, Throwable e, String ioMessage,
                                      long stdoutBytes, boolean cancelled) {
        String written = stdoutBytes > 0
                ? "; " + stdoutBytes + " bytes of it had already reached standard output: discard them"
                : "; nothing was written";
        // Cancelling interrupts the run's thread: whatever that broke, the cause was the cancel.
        if (cancelled || isCancel(e)) {
            return new RunOutcome(RunOutcome.Status.CANCELLED, data.rows(),
                    "report " + report.id() + " cancelled" + written);
        }
        if (data.dataFailure() != null) {
            LOG.log(System.Logger.Level.ERROR, "report " + report.id() + ": the data could not be read",
                    data.dataFailure());
            return new RunOutcome(RunOutcome.Status.DATA_FAILED, data.rows(),
                    "report " + report.id() + " stopped: the data could not be read: " + SafeText.oneLine(data.dataFailure())
                            + (stdoutBytes > 0 ? written : ""));
        }
        if (ioMessage != null) {
            LOG.log(System.Logger.Level.WARNING, "report " + report.id() + ": " + ioMessage, e);
            return outputFailed(data, ioMessage + (stdoutBytes > 0 ? written : ""));
        }
        LOG.log(System.Logger.Level.ERROR, "report " + report.id() + " failed in plugin '" + report.plugin()
                + "' (" + report.origin() + ")", e);
        return new RunOutcome(RunOutcome.Status.REPORT_FAILED, data.rows(),
                "report " + report.id() + " failed in plugin '" + report.plugin() + "' (" + report.origin() + "): "
                        + SafeText.oneLine(e) + written);
    }

    private static boolean isCancel(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ReportCancelledException) {
                return true;
            }
        }
        return false;
    }

    private static RunOutcome outputFailed(GuardedData data, String message) {
        return new RunOutcome(RunOutcome.Status.OUTPUT_FAILED, data.rows(), SafeText.oneLine(message));
    }

    private static String why(Exception e, Path folder) {
        if (e instanceof AccessDeniedException) {
            return "folder " + folder + " is not writable";
        }
        if (e instanceof FileSystemException) {
            FileSystemException fs = (FileSystemException) e;
            return fs.getReason() != null ? fs.getReason() : SafeText.oneLine(e);
        }
        return SafeText.oneLine(e);
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // A leftover hidden .part file is harmless and is never the target.
        }
    }

    /**
     * Both the plugin (rows written) and the app (rows read) report progress; a progress bar
     * must never go backwards, so only a higher count is passed on.
     */
    private static ProgressListener monotonic(ProgressListener progress) {
        long[] highest = {-1};
        return rows -> {
            if (rows > highest[0]) {
                highest[0] = rows;
                progress.rowsWritten(rows);
            }
        };
    }

    /** Standard output that a plugin cannot close, counting the bytes that reached it. */
    private static final class CountingStream extends FilterOutputStream {
        long bytes;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytes += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Plugins must not close the app's stream; this makes sure a careless one cannot. */
    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
