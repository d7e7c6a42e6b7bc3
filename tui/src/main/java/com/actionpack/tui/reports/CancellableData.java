package com.actionpack.tui.reports;

import com.actionpack.reports.spi.ForwardingReportData;
import com.actionpack.reports.spi.ReportCancelledException;
import com.actionpack.reports.spi.ReportData;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * The app's data as handed to a run the user may cancel: once cancelled, the next row (or the
 * next stream) throws {@link ReportCancelledException}, which stops any plugin that streams, 1.0
 * plugins included, and makes the runner discard its temporary file. Plugins on SPI 1.1 can
 * also poll the flag through their context.
 */
final class CancellableData extends ForwardingReportData {

    private final BooleanSupplier cancelled;

    CancellableData(ReportData data, BooleanSupplier cancelled) {
        super(data);
        this.cancelled = cancelled;
    }

    private void check() {
        if (cancelled.getAsBoolean()) {
            throw new ReportCancelledException();
        }
    }

    @Override
    protected <T> void stream(Query<T> query, Filter filter, RowSink<? super T> sink) throws IOException {
        check();
        super.stream(query, filter, row -> {
            check();
            sink.accept(row);
        });
    }
}
