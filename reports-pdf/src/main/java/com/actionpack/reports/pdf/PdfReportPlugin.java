package com.actionpack.reports.pdf;

import com.actionpack.reports.spi.ReportPlugin;
import com.actionpack.reports.spi.ReportType;
import java.util.List;

/** The built-in PDF reports: invoices and credit notes as printable documents (R9). */
public final class PdfReportPlugin implements ReportPlugin {

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public List<ReportType> reportTypes() {
        return List.of(new InvoicePdfReport());
    }
}
