package com.actionpack.tui.reportscreen;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.tui.reports.InstalledReport;
import java.util.OptionalLong;

/**
 * How many rows a run will write, when the app can tell beforehand (say, a count query for the
 * built-in invoices report): the screen then draws a bar instead of a bare row count. Called on
 * the run's background thread, never on the GUI thread.
 */
@FunctionalInterface
public interface RowTotals {

    /** No totals known: the screen shows the rows written so far. */
    RowTotals UNKNOWN = (report, filter) -> OptionalLong.empty();

    OptionalLong total(InstalledReport report, ReportData.Filter filter);
}
