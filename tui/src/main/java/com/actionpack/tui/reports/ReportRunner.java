package com.actionpack.tui.reports;

import com.actionpack.reports.spi.ProgressListener;
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

/**
 * Runs one report to a file or to standard output.
 *
 * <p>A file is written to a temporary file in the target's folder, forced to disk, then renamed
 * over the target in one step: the target is either the complete report or untouched, whatever
 * fails (disk full, plugin exception, data error; a killed process leaves only a hidden
 * {@code .part} file, which the next run beside the same target removes; SIGTERM and SIGINT
 * remove it on the way out). The temporary file is created owner-only (rw-------) and keeps those
 * permissions, since reports carry customer data.
 */
public final class ReportRunner {

    /**
     * @param target the file to write, or null for {@code stdout}
     * @param stdout where a null target goes; it is flushed, never closed
     */
    public RunOutcome run(InstalledReport report, ReportRequest request, ReportData data, Path target,
                          OutputStream stdout, ProgressListener progress) {
        progress = monotonic(progress);
        GuardedData guarded = new GuardedData(data, progress);
        if (target == null) {
            return toStdout(report, request, guarded, stdout, progress);
        }
        return toFile(report, request, guarded, target.toAbsolutePath().normalize(), progress);
    }

    private RunOutcome toStdout(InstalledReport report, ReportRequest request, GuardedData data,
                                OutputStream stdout, ProgressListener progress) {
        OutputStream out = new BufferedOutputStream(unclosable(stdout), 64 * 1024);
        try {
            report.type().run(request, data, out, progress);
            out.flush();
        } catch (IOException e) {
            return failure(report, data, e, "cannot write to standard output: " + OneLine.of(e));
        } catch (RuntimeException | Error e) {
            // Errors too (a plugin's StackOverflowError, OutOfMemoryError): one line, not a trace.
            return failure(report, data, e, null);
        }
        return new RunOutcome(RunOutcome.Status.OK, data.rows(),
                "report " + report.id() + ": " + rowsWritten(data.rows()) + " to standard output");
    }

    private RunOutcome toFile(InstalledReport report, ReportRequest request, GuardedData data, Path target,
                              ProgressListener progress) {
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
                return outputFailed(data, "cannot write " + target + ": " + OneLine.of(e));
            }
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return outputFailed(data, "cannot write " + target + ": folder " + folder
                    + " does not exist (or is not a folder)");
        }
        PartFiles.removeStale(target);
        Path temp;
        try {
            temp = PartFiles.create(target);
        } catch (IOException | SecurityException e) {
            return outputFailed(data, "cannot write " + target + ": " + why(e, folder));
        }
        try (PartFiles.Guard removedOnSignal = PartFiles.deleteOnExit(temp)) {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
                report.type().run(request, data, unclosable(out), progress);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            return failure(report, data, e, "cannot write " + target + ": " + why(e, folder));
        } catch (RuntimeException | Error e) {
            return failure(report, data, e, null);
        } finally {
            deleteQuietly(temp);
        }
        return new RunOutcome(RunOutcome.Status.OK, data.rows(),
                "report " + report.id() + ": " + rowsWritten(data.rows()) + " to " + OneLine.of(target.toString()));
    }

    /** "1 row written", "2 rows written": the end-of-run line people read on screen and in cron mail. */
    static String rowsWritten(long rows) {
        return rows + (rows == 1 ? " row" : " rows") + " written";
    }

    /** Chooses who to blame: the data, the output, or the plugin. */
    private static RunOutcome failure(InstalledReport report, GuardedData data, Throwable e, String ioMessage) {
        if (data.dataFailure() != null) {
            return new RunOutcome(RunOutcome.Status.DATA_FAILED, data.rows(),
                    "report " + report.id() + " stopped: the data could not be read: " + OneLine.of(data.dataFailure()));
        }
        if (ioMessage != null) {
            return outputFailed(data, ioMessage);
        }
        return new RunOutcome(RunOutcome.Status.REPORT_FAILED, data.rows(),
                "report " + report.id() + " failed in plugin '" + report.plugin() + "' (" + report.origin() + "): "
                        + OneLine.of(e) + "; nothing was written");
    }

    private static RunOutcome outputFailed(GuardedData data, String message) {
        return new RunOutcome(RunOutcome.Status.OUTPUT_FAILED, data.rows(), OneLine.of(message));
    }

    private static String why(Exception e, Path folder) {
        if (e instanceof AccessDeniedException) {
            return "folder " + folder + " is not writable";
        }
        if (e instanceof FileSystemException) {
            FileSystemException fs = (FileSystemException) e;
            return fs.getReason() != null ? fs.getReason() : OneLine.of(e);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
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
