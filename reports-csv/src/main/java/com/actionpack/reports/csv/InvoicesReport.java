package com.actionpack.reports.csv;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportData.InvoiceRow;
import com.actionpack.reports.spi.Statuses;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        return Statuses.Invoice.ALL;
    }

    @Override
    void writeRows(ReportData.Filter filter, ReportData data, CsvRows rows) throws IOException {
        // Per run, not static: looking the currency up for every amount was a visible cost.
        Map<String, Integer> fractionDigits = new HashMap<>();
        data.invoices(filter, (InvoiceRow row) -> {
            int digits = fractionDigits(row, fractionDigits);
            // Cell by cell: the same bytes as rows.write(...) of the cells' texts, without them.
            rows.begin()
                    .text(row.number()).text(row.kind().name()).text(row.creditedInvoiceNumber())
                    .day(row.issueDate())
                    .text(row.accountId()).text(row.partnerId()).text(row.legalName()).text(row.orderNumber())
                    .text(row.currency())
                    .decimal(row.netMinor(), digits)
                    .percent(row.taxRateBasisPoints())
                    .decimal(row.taxMinor(), digits)
                    .decimal(row.totalMinor(), digits)
                    .text(row.status()).text(row.paymentMethod());
            rows.end();
        });
    }

    private static int fractionDigits(InvoiceRow row, Map<String, Integer> known) {
        Integer digits = known.get(row.currency());
        if (digits != null) {
            return digits;
        }
        try {
            digits = CsvCells.fractionDigits(row.currency());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invoice " + row.number() + ": " + e.getMessage(), e);
        }
        known.put(row.currency(), digits);
        return digits;
    }
}
