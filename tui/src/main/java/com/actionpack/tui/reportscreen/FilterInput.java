package com.actionpack.tui.reportscreen;

import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.tui.reports.InstalledReport;
import com.actionpack.tui.reports.RequestBuilder;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * What the run form holds, as typed, turned into a request by the same {@link RequestBuilder}
 * the command line uses, worded with the form's labels. A blank field means "not given".
 *
 * @param account blank for all accounts
 * @param from    blank for no lower limit
 * @param to      blank for no upper limit
 * @param status  null or blank for any status
 * @param format  null for the report's first format
 * @param number  blank for every document (SPI 1.1's Number filter)
 * @param within  blank, or a number of days from the business day (SPI 1.1's Within filter, R22)
 */
record FilterInput(String account, String from, String to, String status, String format, String number,
                   String within) {

    /** A form without the Number and Within filters. */
    FilterInput(String account, String from, String to, String status, String format) {
        this(account, from, to, status, format, null, null);
    }

    /** One typed filter alone (a {@link com.actionpack.reports.spi.ReportType} filter name), to check it by itself. */
    static FilterInput only(String filter, String value) {
        return switch (filter) {
            case com.actionpack.reports.spi.ReportType.ACCOUNT -> new FilterInput(value, null, null, null, null);
            case com.actionpack.reports.spi.ReportType.FROM -> new FilterInput(null, value, null, null, null);
            case com.actionpack.reports.spi.ReportType.TO -> new FilterInput(null, null, value, null, null);
            case com.actionpack.reports.spi.ReportType.STATUS -> new FilterInput(null, null, null, value, null);
            case com.actionpack.reports.spi.ReportType.NUMBER -> new FilterInput(null, null, null, null, null, value, null);
            case com.actionpack.reports.spi.ReportType.WITHIN -> new FilterInput(null, null, null, null, null, null, value);
            default -> throw new IllegalArgumentException("unknown filter " + filter);
        };
    }

    ReportRequest toRequest(InstalledReport report) throws BadInput {
        return toRequest(report, LocalDate.now());
    }

    /** @param today the business day a Within count starts from (the app's clock, an --as-of day) */
    ReportRequest toRequest(InstalledReport report, LocalDate today) throws BadInput {
        try {
            return RequestBuilder.build(report, RequestBuilder.Wording.SCREEN, given(format), given(account),
                    given(from), given(to), given(status), given(number), given(within), today);
        } catch (RequestBuilder.BadRequest e) {
            throw new BadInput(e.getMessage());
        }
    }

    /** As {@link #toRequest(InstalledReport)}, and the account must name one. */
    ReportRequest toRequest(InstalledReport report, Predicate<String> accountExists) throws BadInput {
        return toRequest(report, accountExists, LocalDate.now());
    }

    /** As {@link #toRequest(InstalledReport, LocalDate)}, and the account must name one. */
    ReportRequest toRequest(InstalledReport report, Predicate<String> accountExists, LocalDate today)
            throws BadInput {
        ReportRequest request = toRequest(report, today);
        try {
            RequestBuilder.checkAccountExists(request, RequestBuilder.Wording.SCREEN, accountExists);
        } catch (RequestBuilder.BadRequest e) {
            throw new BadInput(e.getMessage());
        }
        return request;
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
