package com.actionpack.tui.reportscreen;

import com.actionpack.reports.spi.ReportData;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * The app's data as handed to a run the user may cancel: once cancelled, the next row throws,
 * which stops any plugin that streams (they all must) and makes the runner discard its
 * temporary file. Cancelling between rows keeps the SPI unchanged: plugins know nothing of it.
 */
final class CancellableData implements ReportData {

    /** Thrown into the plugin when the user cancelled; the job recognises it by its flag, not its text. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("cancelled by the user", null, false, false);
        }
    }

    private final ReportData data;
    private final BooleanSupplier cancelled;

    CancellableData(ReportData data, BooleanSupplier cancelled) {
        this.data = data;
        this.cancelled = cancelled;
    }

    private void check() {
        if (cancelled.getAsBoolean()) {
            throw new Cancelled();
        }
    }

    private <T> RowSink<T> checked(RowSink<? super T> sink) {
        return row -> {
            check();
            sink.accept(row);
        };
    }

    @Override
    public void invoices(Filter filter, RowSink<? super InvoiceRow> sink) throws IOException {
        check();
        data.invoices(filter, checked(sink));
    }

    @Override
    public void memberships(Filter filter, RowSink<? super MembershipRow> sink) throws IOException {
        check();
        data.memberships(filter, checked(sink));
    }

    @Override
    public void benefitCatalog(String pack, RowSink<? super BenefitRow> sink) throws IOException {
        check();
        data.benefitCatalog(pack, checked(sink));
    }

    @Override
    public void packChoices(Filter filter, RowSink<? super PackChoiceRow> sink) throws IOException {
        check();
        data.packChoices(filter, checked(sink));
    }

    @Override
    public void redemptions(Filter filter, RowSink<? super RedemptionRow> sink) throws IOException {
        check();
        data.redemptions(filter, checked(sink));
    }

    @Override
    public void renewalsDue(Filter filter, RowSink<? super RenewalDueRow> sink) throws IOException {
        check();
        data.renewalsDue(filter, checked(sink));
    }
}
