package com.actionpack.reports.spi;

/**
 * Lets the app show progress while a report runs. Calls are cheap, but once every few hundred
 * rows is plenty. The total to draw a bar against is announced with
 * {@link ReportContext#expectRows(long)} (since 1.1).
 *
 * @since 1.0
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = rowsWritten -> { };

    /**
     * Says how far the report is.
     *
     * @param rowsWritten how many rows the report has written so far, never decreasing
     */
    void rowsWritten(long rowsWritten);
}
