package com.actionpack.reports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.testkit.FakeReportData;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BenefitsReportTest {

    private final FakeReportData data = new FakeReportData();

    @Test
    @DisplayName("R18: benefits-maps reproduces the source's MAPS table row for row, group headings as categories")
    void mapsMatchesTheSourceTable() throws Exception {
        data.benefits(SourceTables.maps().toArray(ReportData.BenefitRow[]::new));
        data.benefits(SourceTables.laps().toArray(ReportData.BenefitRow[]::new));

        Csv.Parsed csv = Csv.parse(Csv.run(BenefitsReport.maps(), data, ReportData.Filter.ALL));

        assertEquals(List.of("category", "benefit_name", "benefit_type", "offer_details", "quantity"), csv.header());
        List<List<String>> expected = new ArrayList<>();
        String category = null;
        for (List<String> cells : SourceTables.table("## Microsoft Action Pack Benefit details (MAPS)")) {
            if (cells.size() == 1) {
                category = cells.get(0).replace("**", "");
            } else {
                expected.add(List.of(category, cells.get(0), cells.get(1), cells.get(2)));
            }
        }
        assertEquals(39, expected.size(), "the source lists 39 MAPS benefits");
        List<List<String>> actual = csv.records().stream()
                .map(r -> List.of(r.get("category"), r.get("benefit_name"), r.get("benefit_type"), r.get("offer_details")))
                .toList();
        assertEquals(expected, actual);
        assertEquals(List.of(ReportData.Filter.ALL), data.filtersAsked(), "one catalog read, unfiltered");
    }

    @Test
    @DisplayName("R18: the source's repeated 'Data and AI' heading is kept, not renamed")
    void keepsTheRepeatedHeading() throws Exception {
        data.benefits(SourceTables.maps().toArray(ReportData.BenefitRow[]::new));
        List<CSVRecord> records = Csv.parse(Csv.run(BenefitsReport.maps(), data, ReportData.Filter.ALL)).records();
        assertEquals(3 + 20, records.stream().filter(r -> r.get("category").equals("Data and AI")).count());
        CSVRecord azure = records.get(1);
        assertEquals("Microsoft Azure", azure.get("benefit_name"));
        assertEquals("US$100 monthly credit", azure.get("offer_details"));
        assertEquals("", azure.get("quantity"));
        assertEquals("5", records.get(0).get("quantity"));
    }

    @Test
    @DisplayName("R18: benefits-laps reproduces the source's LAPS table row for row")
    void lapsMatchesTheSourceTable() throws Exception {
        data.benefits(SourceTables.maps().toArray(ReportData.BenefitRow[]::new));
        data.benefits(SourceTables.laps().toArray(ReportData.BenefitRow[]::new));

        Csv.Parsed csv = Csv.parse(Csv.run(BenefitsReport.laps(), data, ReportData.Filter.ALL));

        assertEquals(List.of("benefit_name", "offer_details", "quantity"), csv.header());
        List<List<String>> expected = SourceTables.table("## Learning Action Pack Benefit details (LAPS)");
        assertEquals(10, expected.size(), "the source lists 10 LAPS benefits");
        List<List<String>> actual = csv.records().stream()
                .map(r -> List.of(r.get("benefit_name"), r.get("offer_details")))
                .toList();
        assertEquals(expected, actual);
    }
}
