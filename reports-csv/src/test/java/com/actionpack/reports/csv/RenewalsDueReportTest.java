package com.actionpack.reports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportData.RenewalDueRow;
import com.actionpack.reports.spi.ReportType;
import com.actionpack.reports.testkit.FakeReportData;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RenewalsDueReportTest {

    @Test
    @DisplayName("R22: renewals-due writes one row per account due, with the window's dates, the event and the days to it")
    void writesRenewalsDue() throws Exception {
        FakeReportData data = new FakeReportData().renewalsDue(new RenewalDueRow("7", "4000007", "=Fabrikam", 2, LocalDate.of(2027, 7, 1),
                LocalDate.of(2027, 7, 31), "OPENS", LocalDate.of(2027, 7, 1), 16),
                new RenewalDueRow("8", "4000008", "Outside", 1, LocalDate.of(2027, 9, 1),
                        LocalDate.of(2027, 10, 1), "OPENS", LocalDate.of(2027, 9, 1), 78));
        ReportData.Filter filter = new ReportData.Filter(null, LocalDate.of(2027, 6, 15), LocalDate.of(2027, 7, 15), null);

        Csv.Parsed csv = Csv.parse(Csv.run(new RenewalsDueReport(), data, filter));

        assertEquals(List.of("account_id", "partner_id", "legal_name", "term", "window_opens", "window_closes", "event",
                "event_date", "days_until_event"), csv.header());
        assertEquals(1, csv.records().size(), "only the term whose event falls in the span");
        CSVRecord row = csv.records().get(0);
        assertEquals("'=Fabrikam", row.get("legal_name"), "formula cells neutralised");
        assertEquals("2027-07-01", row.get("window_opens"));
        assertEquals("2027-07-31", row.get("window_closes"));
        assertEquals("OPENS", row.get("event"));
        assertEquals("16", row.get("days_until_event"));
        assertEquals(List.of(filter), data.filtersAsked());
    }

    @Test
    @DisplayName("R22: it takes --within (and --account, --from, --to), and the CSV plugin lists it")
    void declared() {
        assertEquals(List.of(ReportType.ACCOUNT, ReportType.FROM, ReportType.TO, ReportType.WITHIN),
                new RenewalsDueReport().filters());
        assertTrue(new CsvReportPlugin().reportTypes().stream().anyMatch(t -> t.id().equals("renewals-due")));
    }
}
