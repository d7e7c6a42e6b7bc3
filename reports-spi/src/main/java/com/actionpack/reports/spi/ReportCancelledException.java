package com.actionpack.reports.spi;

/**
 * Thrown by the streams of {@link ReportData} (and by {@link ReportContext#throwIfCancelled()})
 * when the user cancelled the run. Let it propagate out of {@code run}: the app then discards
 * what was written and tells the user the run was cancelled, not that it failed.
 *
 * @since 1.1
 */
public class ReportCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A cancellation with the standard message; without a stack trace, since nothing failed. */
    public ReportCancelledException() {
        super("cancelled by the user", null, false, false);
    }
}
