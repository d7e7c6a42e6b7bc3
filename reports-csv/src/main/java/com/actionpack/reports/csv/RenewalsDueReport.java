package com.actionpack.reports.csv;

import com.actionpack.reports.spi.ReportData;
import java.io.IOException;
import java.util.List;

/**
 * R22, for operators: the accounts whose renewal window opens or closes within the next days
 * ({@code --within DAYS}, 30 by default; or {@code --from}/{@code --to}), soonest first, so
 * they can be reminded before their benefits lapse.
 */
final class RenewalsDueReport extends CsvReportType {

    RenewalsDueReport() {
        super("renewals-due", "Renewals due",
                "Accounts whose renewal window opens (anniversary) or closes (its last day) within the next"
                        + " --within DAYS (default 30), soonest first; --from/--to give another span.",
                List.of("account_id", "partner_id", "legal_name", "term", "window_opens", "window_closes", "event",
                        "event_date", "days_until_event"));
    }

    @Override
    public List<String> filters() {
        return List.of(ACCOUNT, FROM, TO, WITHIN);
    }

    @Override
    void writeRows(ReportData.Filter filter, ReportData data, CsvRows rows) throws IOException {
        data.renewalsDue(filter, row -> rows.write(row.accountId(), row.partnerId(), row.legalName(), row.term(),
                row.windowOpens(), row.windowCloses(), row.event(), row.eventDate(), row.daysFromStart()));
    }
}
