package com.actionpack.reports.testkit;

import com.actionpack.reports.spi.ForwardingReportData;
import com.actionpack.reports.spi.ReportCancelledException;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.reports.spi.ReportType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs a report type the way the app does, into memory: the data's streams stop with
 * {@link ReportCancelledException} once the context is cancelled, rows are counted, and the
 * output stream notes whether the report closed it.
 *
 * <pre>{@code
 * RunResult result = ReportRun.of(new MyReport()).data(data).filter(new Filter(null, from, to, null)).run();
 * String text = result.text();
 * }</pre>
 *
 * <p>Defaults: the report's first format, {@link ReportData.Filter#ALL}, empty
 * {@link FakeReportData}, a fresh {@link TestContext}, never cancelled.
 *
 * @since 1.1
 */
public final class ReportRun {

    private final ReportType type;
    private ReportRequest request;
    private ReportData data = new FakeReportData();
    private TestContext context = new TestContext();
    private long cancelAfterRows = -1;

    private ReportRun(ReportType type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * Starts describing a run.
     *
     * @param type the report type under test
     * @return a run with the defaults
     */
    public static ReportRun of(ReportType type) {
        return new ReportRun(type);
    }

    /**
     * @param data the data to read
     * @return this
     */
    public ReportRun data(ReportData data) {
        this.data = Objects.requireNonNull(data, "data");
        return this;
    }

    /**
     * @param request the request, format included
     * @return this
     */
    public ReportRun request(ReportRequest request) {
        this.request = Objects.requireNonNull(request, "request");
        return this;
    }

    /**
     * A request in the report's first format with this filter.
     *
     * @param filter the filter
     * @return this
     */
    public ReportRun filter(ReportData.Filter filter) {
        return request(new ReportRequest(type.formats().get(0), filter));
    }

    /**
     * @param context the context, to set scope and day or to cancel from the test
     * @return this
     */
    public ReportRun context(TestContext context) {
        this.context = Objects.requireNonNull(context, "context");
        return this;
    }

    /**
     * Cancels the run, as the user's Cancel would, once the report has read {@code rows} rows
     * (0: before the first).
     *
     * @param rows rows to read before the cancel
     * @return this
     */
    public ReportRun cancelAfterRows(long rows) {
        this.cancelAfterRows = rows;
        return this;
    }

    /**
     * Runs the report. Never throws what the report throws: see {@link RunResult#failure()}.
     *
     * @return what it wrote and how it ended
     */
    public RunResult run() {
        ReportRequest chosen = request != null ? request : new ReportRequest(type.formats().get(0), ReportData.Filter.ALL);
        if (cancelAfterRows == 0) {
            context.cancel();
        }
        Counting counting = new Counting(data);
        Output out = new Output();
        List<Long> progress = new ArrayList<>();
        Throwable failure = null;
        try {
            type.run(chosen, counting, out, progress::add, context);
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
        return new RunResult(out.buffer.toByteArray(), Optional.ofNullable(failure), counting.rows, progress,
                out.closed, context);
    }

    /** Counts rows, cancels on cue and stops streams once cancelled, as the app does. */
    private final class Counting extends ForwardingReportData {
        long rows;

        Counting(ReportData data) {
            super(data);
        }

        @Override
        protected <T> void stream(Query<T> query, Filter filter, RowSink<? super T> sink) throws IOException {
            context.throwIfCancelled();
            super.stream(query, filter, row -> {
                context.throwIfCancelled();
                rows++;
                sink.accept(row);
                if (cancelAfterRows > 0 && rows >= cancelAfterRows) {
                    context.cancel();
                }
            });
        }
    }

    /** Collects bytes and notes a close. */
    private static final class Output extends OutputStream {
        final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        boolean closed;

        @Override
        public void write(int b) throws IOException {
            check();
            buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check();
            buffer.write(b, off, len);
        }

        @Override
        public void close() {
            closed = true;
        }

        private void check() throws IOException {
            if (closed) {
                throw new IOException("the report wrote after closing the app's stream");
            }
        }
    }
}
