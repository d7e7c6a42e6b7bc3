package com.actionpack.tui.reportscreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.tui.reports.InstalledReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The run form's checks, the default file and the progress line, without a terminal. */
class RunFormInputTest {

    private static final InstalledReport INVOICES = new InstalledReport("invoices", "Invoices", "All invoices",
            List.of("csv", "xlsx"), List.of("account", "from", "to", "status"),
            List.of("PAID", "AWAITING_PAYMENT", "REFUNDED"), "csv", "class path", null);
    private static final InstalledReport MAPS = new InstalledReport("benefits-maps", "MAPS", "",
            List.of("csv"), List.of(), List.of(), "csv", "class path", null);

    private static String error(InstalledReport report, FilterInput input) {
        return assertThrows(BadInput.class, () -> input.toRequest(report)).getMessage();
    }

    @Test
    @DisplayName("R9: blank fields mean no filter and the report's first format")
    void blankMeansAll() throws BadInput {
        ReportRequest request = new FilterInput(" ", "", null, null, null).toRequest(INVOICES);
        assertEquals("csv", request.format());
        assertEquals(ReportData.Filter.ALL, request.filter());
    }

    @Test
    @DisplayName("R9: typed filters become the request, the status spelled as the report spells it")
    void typedFilters() throws BadInput {
        ReportRequest request = new FilterInput(" 4000002 ", "2026-01-01", "2026-01-31", "paid", "XLSX").toRequest(INVOICES);
        assertEquals("xlsx", request.format());
        assertEquals(new ReportData.Filter("4000002", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), "PAID"),
                request.filter());
    }

    @Test
    @DisplayName("Bad input is one line saying what and how to fix it")
    void badInput() {
        assertEquals("To '31/01/2026' is not a date: write it as YYYY-MM-DD, e.g. 2026-01-31",
                error(INVOICES, new FilterInput(null, null, "31/01/2026", null, null)));
        assertEquals("From 2026-02-01 is after To 2026-01-01: swap them",
                error(INVOICES, new FilterInput(null, "2026-02-01", "2026-01-01", null, null)));
        assertEquals("Status 'LOST' is not one of PAID, AWAITING_PAYMENT, REFUNDED",
                error(INVOICES, new FilterInput(null, null, null, "LOST", null)));
        assertEquals("Report invoices has no format 'pdf': use one of csv, xlsx",
                error(INVOICES, new FilterInput(null, null, null, null, "pdf")));
        assertTrue(error(INVOICES, new FilterInput("acc\u001b[31m", null, null, null, null)).contains("control"));
    }

    @Test
    @DisplayName("R18: the Account filter takes an account id or PartnerID that names an account, worded as the CLI's")
    void accountIsCheckedByTheSameBuilderAsTheCommandLine() throws BadInput {
        assertEquals("Account 'abc' is not an account id: give the account's id or PartnerID, digits only (e.g. 4000002)",
                error(INVOICES, new FilterInput("abc", null, null, null, null)));
        BadInput none = assertThrows(BadInput.class, () -> new FilterInput("9999999", null, null, null, null)
                .toRequest(INVOICES, account -> account.equals("4000002")));
        assertTrue(none.getMessage().startsWith("Account 9999999 names no account"), none.getMessage());
        assertEquals("4000002", new FilterInput("4000002", null, null, null, null)
                .toRequest(INVOICES, account -> account.equals("4000002")).filter().accountId());
    }

    @Test
    @DisplayName("R18: a filter the report does not take is refused, never silently dropped")
    void undeclaredFilterIsRefused() {
        assertEquals("Report benefits-maps takes no Account filter (it takes no filters)",
                error(MAPS, new FilterInput("4000002", null, null, null, null)));
    }

    @Test
    @DisplayName("The file prompt defaults to <home>/<id>-<date>.<format> (the session's folder); typed paths are read from home")
    void targets() throws Exception {
        Path home = Path.of("/home/ada");
        ReportTargets targets = new ReportTargets(Clock.fixed(Instant.parse("2026-11-24T23:30:00Z"), ZoneOffset.UTC));
        assertEquals("invoices-2026-11-24.csv", targets.defaultName(INVOICES, "csv"));
        com.actionpack.tui.files.LocalFiles files = new com.actionpack.tui.files.LocalFiles(home);
        assertEquals("/home/ada/invoices-2026-11-24.csv", files.suggest(targets.defaultName(INVOICES, "csv")));
        assertEquals(Path.of("/home/ada/out/x.csv"), files.resolve("~/out/x.csv"));
        assertEquals(Path.of("/home/ada/x.csv"), files.resolve(" x.csv "));
        assertEquals(Path.of("/tmp/x.csv"), files.resolve("/tmp/../tmp/x.csv"));
    }

    @Test
    @DisplayName("Progress reads without colour: a row count, or a bar of # and . when the total is known")
    void progressText() {
        assertEquals("0 rows written", ProgressText.of(0, OptionalLong.empty(), 10));
        assertEquals("1 row written", ProgressText.of(1, OptionalLong.empty(), 10));
        assertEquals("1,234,567 rows written", ProgressText.of(1_234_567, OptionalLong.empty(), 10));
        assertEquals("[#####.....] 50%  500 of 1,000 rows", ProgressText.of(500, OptionalLong.of(1000), 10));
        assertEquals("[##########] 100%  1,200 of 1,000 rows", ProgressText.of(1200, OptionalLong.of(1000), 10));
        assertEquals("3 rows written", ProgressText.of(3, OptionalLong.of(0), 10));
    }
}
