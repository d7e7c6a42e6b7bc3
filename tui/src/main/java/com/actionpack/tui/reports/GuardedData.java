package com.actionpack.tui.reports;

import com.actionpack.reports.spi.ForwardingReportData;
import com.actionpack.reports.spi.ProgressListener;
import com.actionpack.reports.spi.ReportData;
import java.io.IOException;

/**
 * Wraps the app's data for one run: counts the rows handed to the plugin (for progress and the
 * final summary) and remembers whether a failure came from the data itself rather than from the
 * plugin's own code, whatever the plugin does with the exception.
 */
final class GuardedData extends ForwardingReportData {

    private static final int PROGRESS_EVERY = 1000;

    private final ProgressListener progress;
    private long rows;
    private RuntimeException dataFailure;

    GuardedData(ReportData data, ProgressListener progress) {
        super(data);
        this.progress = progress;
    }

    long rows() {
        return rows;
    }

    /** The data source's own failure during the run, or null. */
    RuntimeException dataFailure() {
        return dataFailure;
    }

    @Override
    protected <T> void stream(Query<T> query, Filter filter, RowSink<? super T> sink) throws IOException {
        Counted<T> counted = new Counted<>(sink);
        try {
            super.stream(query, filter, counted);
        } catch (RuntimeException e) {
            if (e != counted.sinkFailure) {
                dataFailure = e;
            }
            throw e;
        }
    }

    /** Passes rows on, counting them and noting exceptions thrown by the plugin's sink. */
    private final class Counted<T> implements RowSink<T> {
        private final RowSink<? super T> sink;
        private RuntimeException sinkFailure;

        Counted(RowSink<? super T> sink) {
            this.sink = sink;
        }

        @Override
        public void accept(T row) throws IOException {
            try {
                sink.accept(row);
            } catch (RuntimeException e) {
                sinkFailure = e;
                throw e;
            }
            rows++;
            if (rows % PROGRESS_EVERY == 0) {
                progress.rowsWritten(rows);
            }
        }
    }
}
