package com.actionpack.reports.csv;

import com.actionpack.reports.spi.ReportData;
import java.io.IOException;
import java.util.List;

/** Who redeemed which benefit, how much and when (R19). */
final class RedemptionsReport extends CsvReportType {

    RedemptionsReport() {
        super("redemptions", "Benefit redemptions",
                "Every redemption: when (UTC), the account, the benefit, the quantity used,"
                        + " who redeemed it and the tenant or user it was activated for.",
                List.of("redeemed_at", "account_id", "partner_id", "order_number", "pack",
                        "benefit_name", "quantity", "redeemed_by", "target"));
    }

    @Override
    public List<String> filters() {
        return List.of(ACCOUNT, FROM, TO);
    }

    @Override
    void writeRows(ReportData.Filter filter, ReportData data, CsvRows rows) throws IOException {
        data.redemptions(filter, row -> rows.write(
                row.redeemedAt(), row.accountId(), row.partnerId(), row.orderNumber(), row.pack(),
                row.benefitName(), row.quantity(), row.redeemedBy(), row.target()));
    }
}
