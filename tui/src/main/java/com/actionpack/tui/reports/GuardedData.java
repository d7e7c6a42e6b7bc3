package com.actionpack.tui.reports;

import com.actionpack.reports.spi.ProgressListener;
import com.actionpack.reports.spi.ReportData;
import java.io.IOException;

/**
 * Wraps the app's data for one run: counts the rows handed to the plugin (for progress and the
 * final summary) and remembers whether a failure came from the data itself rather than from the
 * plugin's own code, whatever the plugin does with the exception.
 */
final class GuardedData implements ReportData {

    private static final int PROGRESS_EVERY = 1000;

    private final ReportData data;
    private final ProgressListener progress;
    private long rows;
    private RuntimeException dataFailure;

    GuardedData(ReportData data, ProgressListener progress) {
        this.data = data;
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
    public void invoices(Filter filter, RowSink<? super InvoiceRow> sink) throws IOException {
        Stream<InvoiceRow> stream = new Stream<>(sink);
        guard(() -> data.invoices(filter, stream), stream);
    }

    @Override
    public void memberships(Filter filter, RowSink<? super MembershipRow> sink) throws IOException {
        Stream<MembershipRow> stream = new Stream<>(sink);
        guard(() -> data.memberships(filter, stream), stream);
    }

    @Override
    public void benefitCatalog(String pack, RowSink<? super BenefitRow> sink) throws IOException {
        Stream<BenefitRow> stream = new Stream<>(sink);
        guard(() -> data.benefitCatalog(pack, stream), stream);
    }

    @Override
    public void packChoices(Filter filter, RowSink<? super PackChoiceRow> sink) throws IOException {
        Stream<PackChoiceRow> stream = new Stream<>(sink);
        guard(() -> data.packChoices(filter, stream), stream);
    }

    @Override
    public void redemptions(Filter filter, RowSink<? super RedemptionRow> sink) throws IOException {
        Stream<RedemptionRow> stream = new Stream<>(sink);
        guard(() -> data.redemptions(filter, stream), stream);
    }

    @Override
    public void renewalsDue(Filter filter, RowSink<? super RenewalDueRow> sink) throws IOException {
        Stream<RenewalDueRow> stream = new Stream<>(sink);
        guard(() -> data.renewalsDue(filter, stream), stream);
    }

    private interface Call {
        void run() throws IOException;
    }

    private void guard(Call call, Stream<?> stream) throws IOException {
        try {
            call.run();
        } catch (RuntimeException e) {
            if (e != stream.sinkFailure) {
                dataFailure = e;
            }
            throw e;
        }
    }

    /** Passes rows on, counting them and noting exceptions thrown by the plugin's sink. */
    private final class Stream<T> implements RowSink<T> {
        private final RowSink<? super T> sink;
        private RuntimeException sinkFailure;

        Stream(RowSink<? super T> sink) {
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
