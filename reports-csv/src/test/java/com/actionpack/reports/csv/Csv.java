package com.actionpack.reports.csv;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.reports.spi.ReportType;
import com.actionpack.reports.testkit.ReportRun;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Runs a report type into memory, and reads CSV back with commons-csv's parser. */
final class Csv {

    private Csv() {
    }

    static byte[] run(ReportType type, ReportData data, ReportData.Filter filter) throws IOException {
        // Through the plugin test kit, as the app runs it: a context, an unclosable stream.
        return ReportRun.of(type).data(data).request(new ReportRequest("csv", filter)).run().successfulBytes();
    }

    /** Parses with the header row taken as column names; the header itself is not a record. */
    static Parsed parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return new Parsed(parser.getHeaderNames(), parser.getRecords());
        }
    }

    record Parsed(List<String> header, List<CSVRecord> records) {
    }
}
