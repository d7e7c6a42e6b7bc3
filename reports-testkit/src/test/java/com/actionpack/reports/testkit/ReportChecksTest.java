package com.actionpack.reports.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.reports.spi.ProgressListener;
import com.actionpack.reports.spi.ReportCancelledException;
import com.actionpack.reports.spi.ReportContext;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.reports.spi.ReportType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kit's checks pass a well-behaved report and catch each kind of misbehaviour. */
class ReportChecksTest {

    /** One line per invoice; each flaw switchable. */
    private static final class Lines implements ReportType {
        boolean closes;
        boolean swallowsCancel;
        boolean dropsFilter;
        boolean escapes = true;

        @Override
        public String id() {
            return "lines";
        }

        @Override
        public String title() {
            return "Lines";
        }

        @Override
        public String description() {
            return "One line per invoice.";
        }

        @Override
        public List<String> formats() {
            return List.of("txt");
        }

        @Override
        public List<String> filters() {
            return List.of(ACCOUNT, FROM, TO, STATUS, NUMBER);
        }

        @Override
        public List<String> statusChoices() {
            return List.of("PAID");
        }

        @Override
        public void run(ReportRequest request, ReportData data, OutputStream out, ProgressListener progress,
                        ReportContext context) throws IOException {
            context.expectRows(3);
            context.logger().log(System.Logger.Level.INFO, "starting on " + context.businessDay());
            try {
                data.invoices(dropsFilter ? ReportData.Filter.ALL : request.filter(), row -> out.write(
                        ((escapes ? com.actionpack.reports.spi.PrintableText.of(row.legalName()) : row.legalName())
                                + "\n").getBytes(StandardCharsets.UTF_8)));
            } catch (ReportCancelledException e) {
                if (!swallowsCancel) {
                    throw e;
                }
            }
            if (closes) {
                out.close();
            }
        }
    }

    @Test
    void aWellBehavedReportPassesEveryCheck() {
        Lines report = new Lines();
        assertDoesNotThrow(() -> ReportChecks.all(report));
        assertDoesNotThrow(() -> ReportChecks.escapesControlCharacters(report));
    }

    @Test
    void closingTheAppsStreamIsCaught() {
        Lines report = new Lines();
        report.closes = true;
        AssertionError e = assertThrows(AssertionError.class, () -> ReportChecks.leavesTheStreamOpen(report));
        assertTrue(e.getMessage().contains("closed the output stream"), e.getMessage());
    }

    @Test
    void swallowingTheCancelIsCaught() {
        Lines report = new Lines();
        report.swallowsCancel = true;
        AssertionError e = assertThrows(AssertionError.class, () -> ReportChecks.stopsOnCancel(report));
        assertTrue(e.getMessage().contains("ended normally"), e.getMessage());
    }

    @Test
    void droppingADeclaredFilterIsCaught() {
        Lines report = new Lines();
        report.dropsFilter = true;
        AssertionError e = assertThrows(AssertionError.class, () -> ReportChecks.honoursDeclaredFilters(report));
        assertTrue(e.getMessage().contains("declares filter 'account'"), e.getMessage());
    }

    @Test
    void rawControlCharactersAreCaught() {
        Lines report = new Lines();
        report.escapes = false;
        AssertionError e = assertThrows(AssertionError.class, () -> ReportChecks.escapesControlCharacters(report));
        assertTrue(e.getMessage().contains("U+001B"), e.getMessage());
    }

    @Test
    void theRunnerFiltersFakeRowsAndRecordsTheContext() {
        LocalDate day = LocalDate.of(2026, 1, 5);
        FakeReportData data = new FakeReportData().invoices(
                Rows.invoice("INV-00000001", day, "USD", 100),
                Rows.withStatus(Rows.invoice("INV-00000002", day.plusDays(1), "USD", 100), "VOID"));
        TestContext context = new TestContext().on(day).scopedTo(Rows.PARTNER_ID);

        RunResult result = ReportRun.of(new Lines()).data(data).context(context)
                .filter(new ReportData.Filter(null, null, null, "paid", null)).run();

        assertEquals("Contoso Ltd\n", result.text());
        assertEquals(1, result.rowsRead());
        assertEquals(3, context.expectedRows().orElseThrow());
        assertEquals(List.of("INFO starting on 2026-01-05"), context.logged());
    }
}
