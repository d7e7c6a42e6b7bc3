package com.actionpack.reports.spi;

import java.util.Objects;

/**
 * What the user asked for: a format among the report's {@link ReportType#formats()} and the
 * filters, ready to hand to {@link ReportData}.
 *
 * <p>The app builds requests; plugins only read them (and tests build them).
 *
 * @param format one of the report's formats, lower case; never null
 * @param filter the validated filters; never null ({@link ReportData.Filter#ALL} when none)
 * @since 1.0
 */
public record ReportRequest(String format, ReportData.Filter filter) {

    /** Checks that both components are present. */
    public ReportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(filter, "filter");
    }
}
