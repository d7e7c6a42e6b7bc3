package com.actionpack.tui.reportscreen;

import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.tui.reports.InstalledReport;
import com.actionpack.tui.reports.RequestBuilder;
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
 */
record FilterInput(String account, String from, String to, String status, String format) {

    ReportRequest toRequest(InstalledReport report) throws BadInput {
        try {
            return RequestBuilder.build(report, RequestBuilder.Wording.SCREEN, given(format), given(account),
                    given(from), given(to), given(status));
        } catch (RequestBuilder.BadRequest e) {
            throw new BadInput(e.getMessage());
        }
    }

    /** As {@link #toRequest(InstalledReport)}, and the account must name one. */
    ReportRequest toRequest(InstalledReport report, Predicate<String> accountExists) throws BadInput {
        ReportRequest request = toRequest(report);
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
