package com.actionpack.reports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportData.InvoiceRow;
import com.actionpack.reports.spi.ReportPlugin;
import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.reports.spi.ReportType;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
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
    void streamsRowsWithoutHoldingThemAndReportsProgress() throws Exception {
        int rows = 20_000;
        ReportData generated = new FakeData() {
            @Override
            public void invoices(Filter filter, RowSink<? super InvoiceRow> sink) throws IOException {
                for (int i = 1; i <= rows; i++) {
                    sink.accept(new InvoiceRow("INV-" + i, InvoiceRow.Kind.INVOICE, null, LocalDate.of(2026, 1, 1),
                            "acc-" + i, "PID-" + i, "Partner " + i, "ORD-" + i, "EUR", i, 2000, i / 5, i + i / 5,
                            "PAID", "CARD"));
                }
            }
        };
        CountingStream out = new CountingStream();
        List<Long> progress = new ArrayList<>();

        new InvoicesReport().run(new ReportRequest("csv", ReportData.Filter.ALL), generated, out, progress::add);

        assertEquals(rows + 1, out.lines, "header plus one line per row");
        assertEquals(rows, progress.get(progress.size() - 1));
        assertEquals(rows / 500 + 1, progress.size(), "progress every 500 rows, then the total");
    }

    /** Counts line ends and keeps nothing. */
    private static final class CountingStream extends OutputStream {
        long lines;

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void close() {
            throw new AssertionError("a report must not close the app's stream");
        }
    }
}
