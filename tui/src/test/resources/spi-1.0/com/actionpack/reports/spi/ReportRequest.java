package com.actionpack.reports.spi;

import java.util.Objects;

/**
 * What the user asked for: a format among the report's {@link ReportType#formats()} and the
 * filters, ready to hand to {@link ReportData}.
 *
 * <p>The app builds requests; plugins only read them.
 */
public record ReportRequest(String format, ReportData.Filter filter) {

    public ReportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(filter, "filter");
    }
}
