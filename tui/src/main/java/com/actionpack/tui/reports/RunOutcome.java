package com.actionpack.tui.reports;

/**
 * How a report run ended.
 *
 * @param rows    rows the report read from the data
 * @param message one printable line: a summary, or what failed and what to do
 */
public record RunOutcome(Status status, long rows, String message) {

    public enum Status {
        /** The report is complete at its target. */
        OK,
        /** The output could not be written (folder missing or read-only, disk full): nothing is at the target. */
        OUTPUT_FAILED,
        /** The app's data could not be read: nothing is at the target. */
        DATA_FAILED,
        /** The plugin failed: nothing is at the target. */
        REPORT_FAILED,
        /** The user cancelled the run: nothing is at the target. */
        CANCELLED
    }

    public boolean ok() {
        return status == Status.OK;
    }
}
