package com.actionpack.tui.reports;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.reports.spi.ReportType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Checks the user's format and filters against what the report declares, and builds the
 * request. A filter the report does not honour is refused, never silently dropped: an
 * operator asking for one account's invoices must not get everybody's.
 */
final class RequestBuilder {

    /** A mistake in what the user typed, as one line saying what and how to fix it. */
    static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(OneLine.of(message), null, false, false);
        }
    }

    private RequestBuilder() {
    }

    /** Null arguments mean "not given". */
    static ReportRequest build(InstalledReport report, String format, String account, String from, String to,
                               String status) throws BadRequest {
        return build(report, format, account, from, to, status, null, null);
    }

    /**
     * Null arguments mean "not given". {@code within} (a number of days, for a report that
     * declares {@link ReportType#WITHIN}) becomes from {@code today} through today + that many
     * days, and cannot be combined with {@code from} or {@code to}.
     */
    static ReportRequest build(InstalledReport report, String format, String account, String from, String to,
                               String status, String within, LocalDate today) throws BadRequest {
        allowed(report, ReportType.WITHIN, within);
        if (within != null) {
            if (from != null || to != null) {
                throw new BadRequest("--within counts days from today: give it or --from/--to, not both");
            }
            int days;
            try {
                days = Integer.parseInt(within.strip());
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 0 || days > 3660) {
                throw new BadRequest("--within '" + within + "' is not a number of days: write e.g. --within 30");
            }
            from = today.toString();
            to = today.plusDays(days).toString();
        }
        String chosenFormat = format == null ? report.formats().get(0) : format.toLowerCase(java.util.Locale.ROOT);
        if (!report.formats().contains(chosenFormat)) {
            throw new BadRequest("report " + report.id() + " has no format '" + format + "': use one of "
                    + String.join(", ", report.formats()));
        }
        allowed(report, ReportType.ACCOUNT, account);
        allowed(report, ReportType.FROM, from);
        allowed(report, ReportType.TO, to);
        allowed(report, ReportType.STATUS, status);
        if (account != null && (account.isBlank() || account.chars().anyMatch(Character::isISOControl))) {
            throw new BadRequest("--account must be an account id, without spaces only or control characters");
        }
        LocalDate fromDate = date("--from", from);
        LocalDate toDate = date("--to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new BadRequest("--from " + from + " is after --to " + to + ": swap them");
        }
        String chosenStatus = null;
        if (status != null) {
            chosenStatus = report.statusChoices().stream().filter(s -> s.equalsIgnoreCase(status)).findFirst()
                    .orElseThrow(() -> new BadRequest("--status '" + status + "' is not one of "
                            + String.join(", ", report.statusChoices())));
        }
        return new ReportRequest(chosenFormat, new ReportData.Filter(account, fromDate, toDate, chosenStatus));
    }

    private static void allowed(InstalledReport report, String filter, String value) throws BadRequest {
        if (value != null && !report.filters().contains(filter)) {
            List<String> options = report.filters().stream().map(f -> "--" + f).toList();
            throw new BadRequest("report " + report.id() + " takes no --" + filter + " filter (it takes "
                    + (options.isEmpty() ? "no filters" : String.join(", ", options)) + ")");
        }
    }

    private static LocalDate date(String option, String value) throws BadRequest {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest(option + " '" + value + "' is not a date: write it as YYYY-MM-DD, e.g. 2026-01-31");
        }
    }
}
