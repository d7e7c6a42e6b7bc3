package com.actionpack.reports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.reports.spi.ReportType;
import com.actionpack.reports.spi.SpreadsheetCells;
import com.actionpack.reports.testkit.ReportRun;
import com.actionpack.reports.testkit.Rows;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every formula payload seen, in every text column of every CSV report, read back with
 * commons-csv: each cell comes back starting with the neutralising quote, so no spreadsheet
 * (LibreOffice with "trim spaces" included) runs it. Amount columns stay numbers.
 */
class FormulaPayloadTest {

    /** The cases: the OWASP starts, and the same behind what a reader does not see. */
    static Stream<String> payloads() {
        return Stream.of("=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", "\t=1+1", "\r=1+1",
                " =1+1", "   =1+1", "\u00A0=1+1", "\u3000=1+1", "\u200B=1+1", "\n=1+1", "\uFEFF=1+1",
                "\uFF1D1+1", "\uFF0B1+1", "\uFF0D1+1", "\uFF20SUM(A1)", " \uFF1D1+1", "\u2003@x",
                "=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd|' /C calc'!A0");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void isNeutralisedInEveryTextColumnOfEveryReport(String payload) throws Exception {
        for (ReportType type : new CsvReportPlugin().reportTypes()) {
            byte[] bytes = ReportRun.of(type).data(Rows.withText(payload)).run().successfulBytes();
            Csv.Parsed csv = Csv.parse(bytes);
            assertFalse(csv.records().isEmpty(), type.id());
            int textCells = 0;
            for (CSVRecord record : csv.records()) {
                for (String column : csv.header()) {
                    String cell = record.get(column);
                    if (cell.contains("1+1") || cell.contains("SUM") || cell.contains("x") || cell.contains("cmd")
                            || cell.contains("HYPERLINK")) {
                        textCells++;
                        assertTrue(cell.startsWith("'"), type.id() + "." + column + " came back as [" + cell + "]");
                        assertFalse(SpreadsheetCells.isRisky(cell), type.id() + "." + column);
                    }
                }
            }
            assertTrue(textCells >= 2, type.id() + ": the payload reached " + textCells + " cells");
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void amountsStayNumbers(String payload) throws Exception {
        byte[] bytes = ReportRun.of(new InvoicesReport()).data(Rows.withText(payload)).run().successfulBytes();
        CSVRecord record = Csv.parse(bytes).records().get(0);
        for (String column : List.of("net_amount", "tax_amount", "total_amount")) {
            String cell = record.get(column);
            assertTrue(cell.startsWith("-"), column + ": a credit note's amount is negative: " + cell);
            assertEquals(cell, new BigDecimal(cell).toPlainString(), column + " is a plain number");
        }
        assertEquals("-1.00", record.get("net_amount"));
    }
}
