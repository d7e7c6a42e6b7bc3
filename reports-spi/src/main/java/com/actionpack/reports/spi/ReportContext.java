package com.actionpack.reports.spi;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the app tells a running report beyond its request, and what the report may tell the
 * app back: one object per run, handed to
 * {@link ReportType#run(ReportRequest, ReportData, java.io.OutputStream, ProgressListener, ReportContext)}.
 *
 * <p>The app builds it; plugins only call it. Every method is cheap and may be called from the
 * thread that runs the report at any time during the run. New capabilities arrive here as
 * default methods in later minor versions, so a plugin compiled against this version keeps
 * running.
 *
 * @since 1.1
 */
public interface ReportContext {

    /**
     * Whether the user has cancelled this run (the console's Cancel). Once true it stays true.
     * The streams of {@link ReportData} already stop by themselves with a
     * {@link ReportCancelledException} at the next row; poll this flag (or call
     * {@link #throwIfCancelled()}) in work of your own that takes long between rows.
     *
     * @return true once the run was cancelled
     */
    boolean cancelled();

    /**
     * Throws {@link ReportCancelledException} when {@link #cancelled()}; otherwise does nothing.
     *
     * @throws ReportCancelledException when the run was cancelled
     */
    default void throwIfCancelled() {
        if (cancelled()) {
            throw new ReportCancelledException();
        }
    }

    /**
     * The account the app restricts this run to, as its PartnerID (digits, e.g.
     * {@code "4000002"}): the signed-in user is not an operator, so {@link ReportData} only
     * ever streams that account's rows whatever filter the report passes. Empty when the run
     * may see every account (an operator, or the command line on the host).
     *
     * @return the PartnerID the data is scoped to, or empty; never null
     */
    Optional<String> accountScope();

    /**
     * The business day the app runs as: the day of an {@code --as-of} preview, else today in
     * the app's clock. Statuses that depend on the day (an unpaid order past its 30 days) are
     * already derived for this day by {@link ReportData}; use it to date your report.
     *
     * @return the day; never null
     */
    LocalDate businessDay();

    /**
     * The version of the app running the report, e.g. {@code "0.1.0"}; for a footer or for
     * working around a known app bug. Not the SPI version: that is
     * {@link ReportPlugin#SPI_VERSION} at the app's side.
     *
     * @return the app's version text; never null (a build without one says {@code "dev"})
     */
    String appVersion();

    /**
     * A logger that writes to the app's log file (never to the user's screen or to the report
     * stream), named after the plugin. Log what helps an operator understand a failure; do not
     * log customer data row by row.
     *
     * @return the logger; never null
     */
    System.Logger logger();

    /**
     * Announces how many rows the report will write in all, so the console can draw a
     * progress bar against {@link ProgressListener#rowsWritten(long)}. Call it once, before or
     * early during the writing; a later call replaces the total. Optional: without it the
     * console shows a plain row count.
     *
     * @param rows the expected number of rows, zero or more
     * @throws IllegalArgumentException if {@code rows} is negative
     */
    void expectRows(long rows);
}
