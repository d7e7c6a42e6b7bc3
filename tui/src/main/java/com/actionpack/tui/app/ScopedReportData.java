package com.actionpack.tui.app;

import com.actionpack.core.account.ReportScope;
import com.actionpack.reports.spi.ForwardingReportData;
import com.actionpack.reports.spi.ReportData;
import java.io.IOException;

/**
 * A signed-in user's view of the report data: whatever account filter a report asks for, a
 * user who is not an operator only ever gets their own account's rows (R4). The benefit
 * catalogs take no filter, so they stay the same for everyone.
 */
final class ScopedReportData extends ForwardingReportData {

    private final String partnerId;

    private ScopedReportData(ReportData data, String partnerId) {
        super(data);
        this.partnerId = partnerId;
    }

    static ReportData of(ReportData data, ReportScope scope) {
        return scope.everyAccount() ? data : new ScopedReportData(data, scope.partnerId().orElseThrow());
    }

    @Override
    protected <T> void stream(Query<T> query, Filter filter, RowSink<? super T> sink) throws IOException {
        super.stream(query, filter.withAccount(partnerId), sink);
    }
}
