package com.example.actionpack.totals;

import com.actionpack.reports.spi.ReportPlugin;
import com.actionpack.reports.spi.ReportType;
import java.util.List;

/** The plugin: a name, the SPI version it was compiled against, and its report types. */
public final class InvoiceTotalsPlugin implements ReportPlugin {

    @Override
    public String name() {
        return "invoice-totals-example";
    }

    @Override
    public String spiVersion() {
        // A constant: javac copies "1.0" into this class, so the app sees what we built against.
        return SPI_VERSION;
    }

    @Override
    public List<ReportType> reportTypes() {
        return List.of(new InvoiceTotalsReport());
    }
}
