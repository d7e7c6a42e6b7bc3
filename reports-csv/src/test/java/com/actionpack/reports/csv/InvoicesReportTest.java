package com.actionpack.reports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportData.InvoiceRow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InvoicesReportTest {

    private final FakeData data = new FakeData();

    private static InvoiceRow invoice(String number, String legalName, long net, long tax, String currency) {
        return new InvoiceRow(number, InvoiceRow.Kind.INVOICE, null, LocalDate.of(2026, 3, 1),
                "acc-1", "PID-42", legalName, "ORD-" + number, currency, net, 2000, tax, net + tax,
                "PAID", "CARD");
    }

    @Test
    @DisplayName("R9: invoices read back with a CSV parser, header first, ISO dates, decimal amounts and a currency column")
    void readsBackWithAParser() throws Exception {
        data.invoices.add(invoice("INV-0001", "Contoso, \"Ltd\"\nSecond line", 10000, 2000, "USD"));
        data.invoices.add(invoice("INV-0002", "Fabrikam Ünïcödé 株式会社", 10000, 0, "JPY"));

        Csv.Parsed csv = Csv.parse(Csv.run(new InvoicesReport(), data, ReportData.Filter.ALL));

        assertEquals(List.of("number", "kind", "credited_invoice", "issue_date", "account_id", "partner_id",
                "legal_name", "order_number", "currency", "net_amount", "tax_rate_percent", "tax_amount",
                "total_amount", "status", "payment_method"), csv.header());
        assertEquals(2, csv.records().size());
        CSVRecord first = csv.records().get(0);
        assertEquals("INV-0001", first.get("number"));
        assertEquals("INVOICE", first.get("kind"));
        assertEquals("", first.get("credited_invoice"));
        assertEquals("2026-03-01", first.get("issue_date"));
        assertEquals("Contoso, \"Ltd\"\nSecond line", first.get("legal_name"));
        assertEquals("USD", first.get("currency"));
        assertEquals("100.00", first.get("net_amount"));
        assertEquals("20.00", first.get("tax_rate_percent"));
        assertEquals("20.00", first.get("tax_amount"));
        assertEquals("120.00", first.get("total_amount"));
        CSVRecord second = csv.records().get(1);
        assertEquals("Fabrikam Ünïcödé 株式会社", second.get("legal_name"));
        assertEquals("10000", second.get("total_amount"), "JPY has no minor unit");
    }

    @Test
    void isRfc4180WithCrlfAndUtf8WithoutByteOrderMark() throws Exception {
        data.invoices.add(invoice("INV-0001", "Ünïcödé", 1, 0, "USD"));
        byte[] bytes = Csv.run(new InvoicesReport(), data, ReportData.Filter.ALL);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("number,kind,"), text);
        assertFalse(text.startsWith("\uFEFF"));
        assertEquals(2, text.split("\r\n", -1).length - 1, "two CRLF-ended records");
        assertFalse(text.replace("\r\n", "").contains("\n"));
        assertTrue(text.contains("Ünïcödé"));
    }

    @Test
    void anInjectedFormulaIsNeutralised() throws Exception {
        data.invoices.add(invoice("INV-0001", "=HYPERLINK(\"http://evil\",\"click\")", 1, 0, "USD"));
        data.invoices.add(invoice("@SUM(A1)", "+cmd|' /C calc'!A0", 1, 0, "USD"));

        List<CSVRecord> records = Csv.parse(Csv.run(new InvoicesReport(), data, ReportData.Filter.ALL)).records();

        assertEquals("'=HYPERLINK(\"http://evil\",\"click\")", records.get(0).get("legal_name"));
        assertEquals("'@SUM(A1)", records.get(1).get("number"));
        assertEquals("'+cmd|' /C calc'!A0", records.get(1).get("legal_name"));
    }

    @Test
    @DisplayName("R9: a credit note's negative amounts stay plain numbers")
    void aNegativeAmountStaysNumeric() throws Exception {
        data.invoices.add(new InvoiceRow("CN-0001", InvoiceRow.Kind.CREDIT_NOTE, "INV-0001",
                LocalDate.of(2026, 3, 9), "acc-1", "PID-42", "Contoso", "ORD-1", "USD",
                -1042, 2000, -208, -1250, "REFUNDED", "CARD"));

        CSVRecord record = Csv.parse(Csv.run(new InvoicesReport(), data, ReportData.Filter.ALL)).records().get(0);

        assertEquals("CREDIT_NOTE", record.get("kind"));
        assertEquals("INV-0001", record.get("credited_invoice"));
        assertEquals("-12.50", record.get("total_amount"));
        assertEquals(new BigDecimal("-10.42"), new BigDecimal(record.get("net_amount")));
        assertEquals(new BigDecimal("-2.08"), new BigDecimal(record.get("tax_amount")));
    }

    @Test
    void passesTheFiltersToTheDataUnchanged() throws Exception {
        ReportData.Filter filter = new ReportData.Filter("acc-7", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), "PAID");
        Csv.run(new InvoicesReport(), data, filter);
        assertEquals(List.of(filter), data.filtersAsked);
    }

    @Test
    void declaresItsFiltersAndStatuses() {
        InvoicesReport report = new InvoicesReport();
        assertEquals(List.of("account", "from", "to", "status"), report.filters());
        assertEquals(List.of("PAID", "AWAITING_PAYMENT", "REFUNDED", "VOID"), report.statusChoices(), "R9a");
        assertEquals(List.of("csv"), report.formats());
    }

    @Test
    void anUnknownCurrencyFailsTheReportNamingTheInvoice() {
        data.invoices.add(invoice("INV-0009", "Contoso", 1, 0, "ZZZ"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Csv.run(new InvoicesReport(), data, ReportData.Filter.ALL));
        assertEquals("invoice INV-0009: unknown currency code 'ZZZ'", e.getMessage());
    }
}
