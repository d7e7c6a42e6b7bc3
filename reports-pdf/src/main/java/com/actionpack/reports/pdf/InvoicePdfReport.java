package com.actionpack.reports.pdf;

import com.actionpack.reports.spi.ProgressListener;
import com.actionpack.reports.spi.ReportContext;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.reports.spi.ReportType;
import com.actionpack.reports.spi.Statuses;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * {@code invoice-pdf}: one invoice or credit note ({@code --number}), or a batch (any other
 * filter: a date range, an account, a status) as one PDF with a page per document, in document
 * number order (R9). Page content goes to a scratch file as it is drawn, not to the heap, so a
 * batch of thousands stays within a small heap; the font is embedded as a subset of the glyphs
 * used.
 */
final class InvoicePdfReport implements ReportType {

    private static final int PROGRESS_EVERY = 100;

    @Override
    public String id() {
        return "invoice-pdf";
    }

    @Override
    public String title() {
        return "Invoices and credit notes as PDF";
    }

    @Override
    public String description() {
        return "Printable invoices and credit notes: one with --number, or a page per document for a date range.";
    }

    @Override
    public List<String> formats() {
        return List.of("pdf");
    }

    @Override
    public List<String> filters() {
        return List.of(ACCOUNT, FROM, TO, STATUS, NUMBER);
    }

    @Override
    public List<String> statusChoices() {
        return Statuses.Invoice.ALL;
    }

    @Override
    public void run(ReportRequest request, ReportData data, OutputStream out, ProgressListener progress,
                    ReportContext context) throws IOException {
        ReportData.Filter filter = request.filter();
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(filter.number() != null ? filter.number() : "Invoices and credit notes");
            info.setProducer("Action Pack Console " + context.appVersion());
            InvoicePage pages = new InvoicePage(document, DocumentFont.load(document));
            long[] written = {0};
            data.invoiceDocuments(filter, invoice -> {
                pages.add(invoice);
                if (++written[0] % PROGRESS_EVERY == 0) {
                    progress.rowsWritten(written[0]);
                }
            });
            if (written[0] == 0) {
                throw new IllegalArgumentException(filter.number() != null
                        ? "no invoice or credit note numbered " + filter.number() + " (that you may see)"
                        : "no invoice or credit note matches the filters: nothing to print");
            }
            context.logger().log(System.Logger.Level.INFO, "invoice-pdf: " + written[0] + " page(s)");
            // save() closes nothing of ours: it writes to the app's stream, which we only flush.
            document.save(new NonClosing(out));
            out.flush();
            progress.rowsWritten(written[0]);
        }
    }

    /** The app owns its stream: PDFBox may close what it saves to. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
