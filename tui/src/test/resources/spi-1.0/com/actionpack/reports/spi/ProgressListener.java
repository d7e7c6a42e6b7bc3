package com.actionpack.reports.spi;

/**
 * Lets the app show progress while a report runs. Calls are cheap, but once every few hundred
 * rows is plenty.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = rowsWritten -> { };

    /** @param rowsWritten how many rows the report has written so far */
    void rowsWritten(long rowsWritten);
}
