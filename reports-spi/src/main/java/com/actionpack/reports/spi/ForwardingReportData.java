package com.actionpack.reports.spi;

import java.io.IOException;
import java.util.Objects;

/**
 * A {@link ReportData} that passes every stream on to another one through a single method,
 * {@link #stream}: a decorator overrides that one method for its one concern (rewrite the
 * filter, wrap the sink, count rows, stop on cancel) and every data method, including those
 * added in later minor versions, gets it. The app's own decorators are built on it; a plugin
 * or a test can use it the same way.
 *
 * @since 1.1
 */
public abstract class ForwardingReportData implements ReportData {

    private final ReportData delegate;

    /**
     * @param delegate the data every stream is passed on to; never null
     */
    protected ForwardingReportData(ReportData delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /**
     * One stream of {@link ReportData}: which method to call on the data, given a filter and
     * a sink.
     *
     * @param <T> the row type
     */
    @FunctionalInterface
    protected interface Query<T> {
        /**
         * Runs the query.
         *
         * @param data   the data to read
         * @param filter the filter to pass on
         * @param sink   the sink to pass on
         * @throws IOException what the sink threw
         */
        void run(ReportData data, Filter filter, RowSink<? super T> sink) throws IOException;
    }

    /**
     * Every stream passes here. The default runs {@code query} on the delegate unchanged;
     * override it to change the filter, wrap the sink or guard the call.
     *
     * @param <T>    the row type
     * @param query  the data method to call
     * @param filter the caller's filter ({@link Filter#ALL} for {@link #benefitCatalog}, which
     *               takes none and ignores it)
     * @param sink   the caller's sink
     * @throws IOException what the sink threw
     */
    protected <T> void stream(Query<T> query, Filter filter, RowSink<? super T> sink) throws IOException {
        query.run(delegate, filter, sink);
    }

    /** @return the data streams are passed on to */
    protected final ReportData delegate() {
        return delegate;
    }

    @Override
    public final void invoices(Filter filter, RowSink<? super InvoiceRow> sink) throws IOException {
        this.<InvoiceRow>stream(ReportData::invoices, filter, sink);
    }

    @Override
    public final void memberships(Filter filter, RowSink<? super MembershipRow> sink) throws IOException {
        this.<MembershipRow>stream(ReportData::memberships, filter, sink);
    }

    @Override
    public final void benefitCatalog(String pack, RowSink<? super BenefitRow> sink) throws IOException {
        this.<BenefitRow>stream((data, ignored, s) -> data.benefitCatalog(pack, s), Filter.ALL, sink);
    }

    @Override
    public final void packChoices(Filter filter, RowSink<? super PackChoiceRow> sink) throws IOException {
        this.<PackChoiceRow>stream(ReportData::packChoices, filter, sink);
    }

    @Override
    public final void redemptions(Filter filter, RowSink<? super RedemptionRow> sink) throws IOException {
        this.<RedemptionRow>stream(ReportData::redemptions, filter, sink);
    }

    @Override
    public final void invoiceDocuments(Filter filter, RowSink<? super InvoiceDocument> sink) throws IOException {
        this.<InvoiceDocument>stream(ReportData::invoiceDocuments, filter, sink);
    }

    @Override
    public final void renewalsDue(Filter filter, RowSink<? super RenewalDueRow> sink) throws IOException {
        this.<RenewalDueRow>stream(ReportData::renewalsDue, filter, sink);
    }
}
