package com.actionpack.reports.csv;

import com.actionpack.reports.spi.ReportData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Streams the rows it was given, and remembers the filters and packs it was asked for. */
class FakeData implements ReportData {

    final List<InvoiceRow> invoices = new ArrayList<>();
    final List<BenefitRow> benefits = new ArrayList<>();
    final List<RedemptionRow> redemptions = new ArrayList<>();
    final List<RenewalDueRow> renewalsDue = new ArrayList<>();
    final List<Filter> filtersAsked = new ArrayList<>();
    final List<String> packsAsked = new ArrayList<>();

    @Override
    public void invoices(Filter filter, RowSink<? super InvoiceRow> sink) throws IOException {
        filtersAsked.add(filter);
        for (InvoiceRow row : invoices) {
            sink.accept(row);
        }
    }

    @Override
    public void memberships(Filter filter, RowSink<? super MembershipRow> sink) {
        filtersAsked.add(filter);
    }

    @Override
    public void benefitCatalog(String pack, RowSink<? super BenefitRow> sink) throws IOException {
        packsAsked.add(pack);
        for (BenefitRow row : benefits) {
            if (row.pack().equals(pack)) {
                sink.accept(row);
            }
        }
    }

    @Override
    public void renewalsDue(Filter filter, RowSink<? super RenewalDueRow> sink) throws IOException {
        filtersAsked.add(filter);
        for (RenewalDueRow row : renewalsDue) {
            sink.accept(row);
        }
    }

    @Override
    public void packChoices(Filter filter, RowSink<? super PackChoiceRow> sink) {
        filtersAsked.add(filter);
    }

    @Override
    public void redemptions(Filter filter, RowSink<? super RedemptionRow> sink) throws IOException {
        filtersAsked.add(filter);
        for (RedemptionRow row : redemptions) {
            sink.accept(row);
        }
    }
}
