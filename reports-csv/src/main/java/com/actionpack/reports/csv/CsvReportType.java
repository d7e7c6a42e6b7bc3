package com.actionpack.reports.csv;

import com.actionpack.reports.spi.ProgressListener;
import com.actionpack.reports.spi.ReportContext;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.reports.spi.ReportType;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A CSV report: RFC 4180 (CRLF line ends, quotes where needed), UTF-8 without a byte order
 * mark, one header row. Subclasses name the columns and stream the rows.
 */
abstract class CsvReportType implements ReportType {

    private final String id;
    private final String title;
    private final String description;
    private final List<String> header;

    CsvReportType(String id, String title, String description, List<String> header) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.header = List.copyOf(header);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<String> formats() {
        return List.of("csv");
    }

    /** The column names, in order. */
    final List<String> header() {
        return header;
    }

    @Override
    public final void run(ReportRequest request, ReportData data, OutputStream out,
                          ProgressListener progress, ReportContext context) throws IOException {
        // The writer is not closed: that would close the caller's stream.
        Utf8Writer writer = new Utf8Writer(out, 64 * 1024);
        CsvRows rows = new CsvRows(writer, progress);
        rows.header(header);
        writeRows(request.filter(), data, rows);
        rows.finish();
    }

    /** Streams the rows straight from {@code data} into {@code rows}. */
    abstract void writeRows(ReportData.Filter filter, ReportData data, CsvRows rows) throws IOException;
}
