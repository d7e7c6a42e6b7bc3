package com.actionpack.reports.csv;

import com.actionpack.reports.spi.ReportData;
import java.io.IOException;
import java.util.List;

/**
 * A benefit table as published (R18), row for row. MAPS keeps the source's columns (category
 * heading, name, type, offer details); LAPS has no category or type in the source, so it has
 * no such columns either. Both end with the quantity stated in the offer, when there is one.
 */
final class BenefitsReport extends CsvReportType {

    private final String pack;

    private BenefitsReport(String pack, String id, String title, String description, List<String> header) {
        super(id, title, description, header);
        this.pack = pack;
    }

    static BenefitsReport maps() {
        return new BenefitsReport(ReportData.MAPS, "benefits-maps", "MAPS benefit catalog",
                "The Microsoft Action Pack Subscription benefits as published, by category.",
                List.of("category", "benefit_name", "benefit_type", "offer_details", "quantity"));
    }

    static BenefitsReport laps() {
        return new BenefitsReport(ReportData.LAPS, "benefits-laps", "LAPS benefit catalog",
                "The Learning Action Pack Subscription benefits as published.",
                List.of("benefit_name", "offer_details", "quantity"));
    }

    @Override
    public List<String> filters() {
        return List.of();
    }

    @Override
    void writeRows(ReportData.Filter filter, ReportData data, CsvRows rows) throws IOException {
        boolean maps = ReportData.MAPS.equals(pack);
        data.benefitCatalog(pack, row -> {
            if (maps) {
                rows.write(row.category(), row.name(), row.type(), row.offerDetails(), row.quantity());
            } else {
                rows.write(row.name(), row.offerDetails(), row.quantity());
            }
        });
    }
}
