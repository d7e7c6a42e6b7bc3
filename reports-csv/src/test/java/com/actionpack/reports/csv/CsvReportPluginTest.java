package com.actionpack.reports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.reports.spi.ReportPlugin;
import com.actionpack.reports.spi.ReportType;
import com.actionpack.reports.spi.Statuses;
import com.actionpack.reports.testkit.FakeReportData;
import com.actionpack.reports.testkit.ReportChecks;
import com.actionpack.reports.testkit.ReportRun;
import com.actionpack.reports.testkit.RunResult;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class CsvReportPluginTest {

    @Test
    void isFoundByServiceLoaderWithTheFiveReports() {
        List<ReportPlugin> plugins = ServiceLoader.load(ReportPlugin.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertEquals(1, plugins.size());
        ReportPlugin csv = plugins.get(0);
        assertEquals("csv", csv.name());
        assertEquals(ReportPlugin.SPI_VERSION, csv.spiVersion());
        assertEquals(List.of("invoices", "benefits-maps", "benefits-laps", "redemptions", "renewals-due"),
                csv.reportTypes().stream().map(ReportType::id).toList());
    }

    @Test
    void streamsRowsAndReportsProgress() {
        int rows = 20_000;
        RunResult result = ReportRun.of(new InvoicesReport()).data(FakeReportData.many(rows)).run();

        assertEquals(rows + 1, result.text().lines().count(), "header plus one line per row");
        List<Long> progress = result.progress();
        assertEquals(rows, progress.get(progress.size() - 1));
        assertEquals(rows / 500 + 1, progress.size(), "progress every 500 rows, then the total");
    }

    @Test
    void everyReportPassesTheTestKitsChecks() {
        for (ReportType type : new CsvReportPlugin().reportTypes()) {
            ReportChecks.all(type);
            ReportChecks.escapesControlCharacters(type);
        }
    }

    @Test
    void theInvoiceStatusFilterOffersEveryStatusTheDataCarries() {
        // R9a: VOID is an invoice status everywhere statuses are listed.
        assertEquals(Statuses.Invoice.ALL, new InvoicesReport().statusChoices());
        assertTrue(new InvoicesReport().statusChoices().contains("VOID"));
    }
}
