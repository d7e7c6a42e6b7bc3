package com.actionpack.reports.csv;

import com.actionpack.reports.spi.ReportPlugin;
import com.actionpack.reports.spi.ReportType;
import java.util.List;

/** The built-in CSV reports. */
public final class CsvReportPlugin implements ReportPlugin {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public List<ReportType> reportTypes() {
        return List.of(new InvoicesReport(), BenefitsReport.maps(), BenefitsReport.laps(),
                new RedemptionsReport(), new RenewalsDueReport());
    }
}
