package com.example.actionpack.totals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.actionpack.reports.spi.ReportData.Filter;
import com.actionpack.reports.testkit.FakeReportData;
import com.actionpack.reports.testkit.ReportChecks;
import com.actionpack.reports.testkit.ReportRun;
import com.actionpack.reports.testkit.Rows;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The example's own tests, written with the plugin test kit (actionpack-reports-testkit). */
class InvoiceTotalsReportTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void sumsInvoicesAndCreditNotesPerCurrency() {
        FakeReportData data = new FakeReportData().invoices(
                Rows.invoice("INV-00000001", DAY, "USD", 47_500),
                Rows.invoice("INV-00000002", DAY, "JPY", 71_000),
                Rows.creditNote("CN-00000003", "INV-00000001", DAY, "USD", -47_500));

        String text = ReportRun.of(new InvoiceTotalsReport()).data(data).run().text();

        assertEquals("currency\tinvoices\tcredit_notes\ttotal\n"
                + "JPY\t1\t0\t85200\n"
                + "USD\t1\t1\t0.00\n", text);
    }

    @Test
    void honoursTheDateFilter() {
        FakeReportData data = new FakeReportData().invoices(
                Rows.invoice("INV-00000001", DAY, "USD", 100),
                Rows.invoice("INV-00000002", DAY.plusDays(1), "USD", 100));

        String text = ReportRun.of(new InvoiceTotalsReport()).data(data)
                .filter(new Filter(null, DAY.plusDays(1), null, null)).run().text();

        assertEquals("currency\tinvoices\tcredit_notes\ttotal\nUSD\t1\t0\t1.20\n", text);
    }

    @Test
    void passesTheKitsChecks() {
        ReportChecks.all(new InvoiceTotalsReport());
        ReportChecks.escapesControlCharacters(new InvoiceTotalsReport());
    }
}
