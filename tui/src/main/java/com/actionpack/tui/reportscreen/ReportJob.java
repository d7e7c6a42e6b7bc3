package com.actionpack.tui.reportscreen;

import com.actionpack.tui.text.SafeText;
import com.actionpack.reports.spi.ProgressListener;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.tui.reports.InstalledReport;
import com.actionpack.tui.reports.ReportRunner;
import com.actionpack.tui.reports.RunOutcome;
import com.googlecode.lanterna.gui2.TextGUIThread;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import com.actionpack.tui.reports.RunSettings;
import com.actionpack.tui.reports.RunsInFlight;

/**
 * One report run on its own thread, so the console keeps drawing and answering keys while a
 * million rows are written. Everything it tells the screen goes through the GUI thread's
 * {@code invokeLater}; progress is coalesced so that a fast plugin queues at most one redraw
 * at a time instead of one per thousand rows.
 */
final class ReportJob {

    /** Called on the GUI thread. */
    interface Listener {
        void started(OptionalLong total);

        void progress(long rows);

        /** The plugin announced its row total (SPI 1.1): the bar can be drawn against it. */
        void totalAnnounced(long rows);

        /** @param cancelled true when the user cancelled and nothing was written */
        void finished(RunOutcome outcome, boolean cancelled);
    }

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicLong latestRows = new AtomicLong();
    private final AtomicBoolean progressQueued = new AtomicBoolean();
    private final TextGUIThread gui;
    private volatile Thread thread;
    private final Listener listener;

    private ReportJob(TextGUIThread gui, Listener listener) {
        this.gui = gui;
        this.listener = listener;
    }

    /** Starts the run on a new daemon thread and returns at once. */
    static ReportJob start(InstalledReport report, ReportRequest request, Supplier<ReportData> data,
                           RowTotals totals, Supplier<RunSettings> settings, RunsInFlight runs, Path target,
                           TextGUIThread gui, Listener listener) {
        ReportJob job = new ReportJob(gui, listener);
        Thread thread = new Thread(() -> job.run(report, request, data, totals, settings, runs, target),
                "report-" + report.id());
        // A run left behind when the session ends must not keep the app alive; it only ever
        // leaves a hidden .part file, never a partial report.
        thread.setDaemon(true);
        job.thread = thread;
        thread.start();
        return job;
    }

    /**
     * Stops the run: the data's next row throws, a plugin polling its context sees the flag,
     * and the run's thread is interrupted so a plugin blocked in a sleep or a wait stops too.
     * Whatever the plugin does, the runner writes no file once this was called.
     */
    void cancel() {
        cancelled.set(true);
        Thread running = thread;
        if (running != null) {
            running.interrupt();
        }
    }

    boolean cancelRequested() {
        return cancelled.get();
    }

    private void run(InstalledReport report, ReportRequest request, Supplier<ReportData> data, RowTotals totals,
                     Supplier<RunSettings> settings, RunsInFlight runs, Path target) {
        RunOutcome outcome;
        try {
            ReportData source;
            RunSettings facts;
            try {
                source = data.get();
                facts = settings.get();
            } catch (RuntimeException e) {
                finish(failed("Report " + report.id() + " not run: cannot open the data: " + describe(e)));
                return;
            }
            OptionalLong total = total(totals, report, request);
            gui.invokeLater(() -> listener.started(total));
            outcome = new ReportRunner(runs).run(report, request, source, target,
                    OutputStream.nullOutputStream(), progress(),
                    facts.controlledBy(cancelled::get, rows -> gui.invokeLater(() -> listener.totalAnnounced(rows))));
        } catch (RuntimeException | Error e) {
            // The runner turns plugin failures into outcomes; this is a bug of ours, still one line.
            outcome = failed("Report " + report.id() + " failed unexpectedly: " + describe(e) + "; nothing was written");
        }
        finish(outcome);
    }

    private static OptionalLong total(RowTotals totals, InstalledReport report, ReportRequest request) {
        try {
            return totals.total(report, request.filter());
        } catch (RuntimeException e) {
            // A total only draws the bar; without it the run goes on with a row count.
            return OptionalLong.empty();
        }
    }

    private ProgressListener progress() {
        return rows -> {
            latestRows.set(rows);
            if (progressQueued.compareAndSet(false, true)) {
                gui.invokeLater(() -> {
                    progressQueued.set(false);
                    listener.progress(latestRows.get());
                });
            }
        };
    }

    private void finish(RunOutcome outcome) {
        boolean wasCancelled = cancelled.get() && !outcome.ok();
        gui.invokeLater(() -> listener.finished(outcome, wasCancelled));
    }

    private static RunOutcome failed(String message) {
        return new RunOutcome(RunOutcome.Status.DATA_FAILED, 0, message);
    }

    /** The failure in the user's words: its message, never a Java class name (SafeText.oneLine). */
    private static String describe(Throwable e) {
        return SafeText.oneLine(e);
    }
}
