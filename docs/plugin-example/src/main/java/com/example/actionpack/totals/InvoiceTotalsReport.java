package com.example.actionpack.totals;

import com.actionpack.reports.spi.ProgressListener;
import com.actionpack.reports.spi.ReportContext;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.reports.spi.ReportType;
import com.actionpack.reports.spi.Statuses;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals of invoices and credit notes per currency, as tab-separated text. It streams the
 * invoices and keeps one small running total per currency: memory stays flat however many
 * invoices there are.
 */
final class InvoiceTotalsReport implements ReportType {

    @Override
    public String id() {
        return "invoice-totals";
    }

    @Override
    public String title() {
        return "Invoice totals by currency";
    }

    @Override
    public String description() {
        return "Number of invoices and credit notes and their net total, per currency.";
    }

    @Override
    public List<String> formats() {
        return List.of("tsv");
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
    public void run(ReportRequest request, ReportData data, OutputStream out, ProgressListener progress,
                    ReportContext context) throws IOException {
        context.logger().log(System.Logger.Level.INFO, "invoice totals as of " + context.businessDay()
                + (context.accountScope().isPresent() ? " for account " + context.accountScope().get() : ""));
        // When the user cancels, data.invoices stops by itself with ReportCancelledException: let it out.
        Map<String, Totals> byCurrency = new TreeMap<>();
        long[] rows = {0};
        data.invoices(request.filter(), invoice -> {
            Totals totals = byCurrency.computeIfAbsent(invoice.currency(), c -> new Totals());
            if (invoice.kind() == ReportData.InvoiceRow.Kind.CREDIT_NOTE) {
                totals.creditNotes++;
            } else {
                totals.invoices++;
            }
            totals.totalMinor += invoice.totalMinor();
            if (++rows[0] % 1000 == 0) {
                progress.rowsWritten(rows[0]);
            }
        });

        // Do not close the writer: that would close the app's stream. Flush instead.
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write("currency\tinvoices\tcredit_notes\ttotal\n");
        for (Map.Entry<String, Totals> entry : byCurrency.entrySet()) {
            Totals totals = entry.getValue();
            int digits = Math.max(0, Currency.getInstance(entry.getKey()).getDefaultFractionDigits());
            writer.write(entry.getKey() + "\t" + totals.invoices + "\t" + totals.creditNotes + "\t"
                    + BigDecimal.valueOf(totals.totalMinor, digits).toPlainString() + "\n");
        }
        writer.flush();
        progress.rowsWritten(rows[0]);
    }

    private static final class Totals {
        long invoices;
        long creditNotes;
        long totalMinor;
    }
}
