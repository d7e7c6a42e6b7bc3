package com.actionpack.tui.app;

import com.actionpack.core.account.ReportScope;
import com.actionpack.reports.spi.ReportData;
import java.io.IOException;

/**
 * A signed-in user's view of the report data: whatever account filter a report asks for, a
 * user who is not an operator only ever gets their own account's rows (R4). The benefit
 * catalogs are the same for everyone.
 */
final class ScopedReportData implements ReportData {

    private final ReportData data;
    private final ReportScope scope;

    ScopedReportData(ReportData data, ReportScope scope) {
        this.data = data;
        this.scope = scope;
    }

    static ReportData of(ReportData data, ReportScope scope) {
        return scope.everyAccount() ? data : new ScopedReportData(data, scope);
    }

    private Filter scoped(Filter filter) {
        return new Filter(scope.partnerId().orElseThrow(), filter.from(), filter.to(), filter.status());
    }

    @Override
    public void invoices(Filter filter, RowSink<? super InvoiceRow> sink) throws IOException {
        data.invoices(scoped(filter), sink);
    }

    @Override
    public void memberships(Filter filter, RowSink<? super MembershipRow> sink) throws IOException {
        data.memberships(scoped(filter), sink);
    }

    @Override
    public void benefitCatalog(String pack, RowSink<? super BenefitRow> sink) throws IOException {
        data.benefitCatalog(pack, sink);
    }

    @Override
    public void packChoices(Filter filter, RowSink<? super PackChoiceRow> sink) throws IOException {
        data.packChoices(scoped(filter), sink);
    }

    @Override
    public void redemptions(Filter filter, RowSink<? super RedemptionRow> sink) throws IOException {
        data.redemptions(scoped(filter), sink);
    }

    @Override
    public void renewalsDue(Filter filter, RowSink<? super RenewalDueRow> sink) throws IOException {
        data.renewalsDue(scoped(filter), sink);
    }
}
