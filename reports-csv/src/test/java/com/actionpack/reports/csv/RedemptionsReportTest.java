package com.actionpack.reports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.testkit.FakeReportData;
import com.actionpack.reports.spi.ReportData.RedemptionRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RedemptionsReportTest {

    @Test
    @DisplayName("R19: redemptions list who redeemed what and when, ISO-8601 in UTC")
    void writesRedemptions() throws Exception {
        FakeReportData data = new FakeReportData();
        data.redemptions(new RedemptionRow(Instant.parse("2026-04-02T09:15:30Z"), "acc-1", "PID-42",
                "ORD-1", "MAPS", "Microsoft Office 365 E3", 2, "ann@contoso.example", "contoso.onmicrosoft.com"));
        data.redemptions(new RedemptionRow(Instant.parse("2026-04-03T00:00:00Z"), "acc-1", "PID-42",
                "ORD-1", "MAPS", "Windows Server 2019 Standard (Per Core)", 16, "-bob", null));
        ReportData.Filter filter = new ReportData.Filter("acc-1", LocalDate.of(2026, 4, 1), null, null);

        Csv.Parsed csv = Csv.parse(Csv.run(new RedemptionsReport(), data, filter));

        assertEquals(List.of("redeemed_at", "account_id", "partner_id", "order_number", "pack", "benefit_name",
                "quantity", "redeemed_by", "target"), csv.header());
        CSVRecord first = csv.records().get(0);
        assertEquals("2026-04-02T09:15:30Z", first.get("redeemed_at"));
        assertEquals("2", first.get("quantity"));
        assertEquals("contoso.onmicrosoft.com", first.get("target"));
        CSVRecord second = csv.records().get(1);
        assertEquals("'-bob", second.get("redeemed_by"));
        assertEquals("", second.get("target"));
        assertEquals(List.of(filter), data.filtersAsked());
    }
}
