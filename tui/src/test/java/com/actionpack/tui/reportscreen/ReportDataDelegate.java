package com.actionpack.tui.reportscreen;

import com.actionpack.reports.spi.ReportData;
import java.io.IOException;

/** Passes every call on to another {@link ReportData}; tests override the one they change. */
class ReportDataDelegate implements ReportData {

    private final ReportData data;

    ReportDataDelegate(ReportData data) {
        this.data = data;
    }

    @Override
    public void invoices(Filter filter, RowSink<? super InvoiceRow> sink) throws IOException {
        data.invoices(filter, sink);
    }

    @Override
    public void memberships(Filter filter, RowSink<? super MembershipRow> sink) throws IOException {
        data.memberships(filter, sink);
    }

    @Override
    public void benefitCatalog(String pack, RowSink<? super BenefitRow> sink) throws IOException {
        data.benefitCatalog(pack, sink);
    }

    @Override
    public void packChoices(Filter filter, RowSink<? super PackChoiceRow> sink) throws IOException {
        data.packChoices(filter, sink);
    }

    @Override
    public void redemptions(Filter filter, RowSink<? super RedemptionRow> sink) throws IOException {
        data.redemptions(filter, sink);
    }
}
