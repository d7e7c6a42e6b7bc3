package com.actionpack.reports.csv;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportData.InvoiceRow;
import java.io.IOException;
import java.util.List;

/** Invoices and credit notes (R9), amounts as decimals beside their currency. */
final class InvoicesReport extends CsvReportType {

    InvoicesReport() {
        super("invoices", "Invoices and credit notes",
                "Every invoice and credit note with its amounts, tax, status and payment method;"
                        + " credit notes carry negative amounts.",
                List.of("number", "kind", "credited_invoice", "issue_date", "account_id", "partner_id",
                        "legal_name", "order_number", "currency", "net_amount", "tax_rate_percent",
                        "tax_amount", "total_amount", "status", "payment_method"));
    }

    @Override
    public List<String> filters() {
        return List.of(ACCOUNT, FROM, TO, STATUS);
    }

    @Override
    public List<String> statusChoices() {
        return List.of("PAID", "AWAITING_PAYMENT", "REFUNDED");
    }

    @Override
    void writeRows(ReportData.Filter filter, ReportData data, CsvRows rows) throws IOException {
        data.invoices(filter, (InvoiceRow row) -> rows.write(
                row.number(), row.kind(), row.creditedInvoiceNumber(), row.issueDate(),
                row.accountId(), row.partnerId(), row.legalName(), row.orderNumber(),
                row.currency(),
                amount(row, row.netMinor()),
                CsvCells.percent(row.taxRateBasisPoints()),
                amount(row, row.taxMinor()),
                amount(row, row.totalMinor()),
                row.status(), row.paymentMethod()));
    }

    private static String amount(InvoiceRow row, long minorUnits) {
        try {
            return CsvCells.amount(minorUnits, row.currency());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invoice " + row.number() + ": " + e.getMessage(), e);
        }
    }
}
