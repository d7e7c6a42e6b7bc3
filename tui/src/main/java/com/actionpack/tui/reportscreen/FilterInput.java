package com.actionpack.tui.reportscreen;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.reports.spi.ReportType;
import com.actionpack.tui.reports.InstalledReport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * What the run form holds, as typed, turned into a request. The form only offers the filters
 * the report declares, but this checks again: a filter the report does not honour is refused,
 * never dropped, so that nobody gets every account's rows when asking for one.
 *
 * @param account blank for all accounts
 * @param from    blank for no lower limit
 * @param to      blank for no upper limit
 * @param status  null or blank for any status
 * @param format  null for the report's first format
 */
record FilterInput(String account, String from, String to, String status, String format) {

    ReportRequest toRequest(InstalledReport report) throws BadInput {
        String chosenFormat = blank(format) ? report.formats().get(0) : format.strip().toLowerCase(Locale.ROOT);
        if (!report.formats().contains(chosenFormat)) {
            throw new BadInput("Format '" + format + "' is not offered by " + report.id() + ": choose one of "
                    + String.join(", ", report.formats()));
        }
        String accountId = given(report, ReportType.ACCOUNT, "Account", account);
        if (accountId != null && accountId.chars().anyMatch(Character::isISOControl)) {
            throw new BadInput("Account holds control characters: type the account id only");
        }
        LocalDate fromDate = date("From", given(report, ReportType.FROM, "From", from));
        LocalDate toDate = date("To", given(report, ReportType.TO, "To", to));
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new BadInput("From " + fromDate + " is after To " + toDate + ": swap them");
        }
        String chosenStatus = null;
        String typedStatus = given(report, ReportType.STATUS, "Status", status);
        if (typedStatus != null) {
            chosenStatus = report.statusChoices().stream().filter(s -> s.equalsIgnoreCase(typedStatus)).findFirst()
                    .orElseThrow(() -> new BadInput("Status '" + typedStatus + "' is not one of "
                            + String.join(", ", report.statusChoices())));
        }
        return new ReportRequest(chosenFormat, new ReportData.Filter(accountId, fromDate, toDate, chosenStatus));
    }

    /** The stripped value, null when blank; refused when the report does not take that filter. */
    private static String given(InstalledReport report, String filter, String label, String value) throws BadInput {
        if (blank(value)) {
            return null;
        }
        if (!report.filters().contains(filter)) {
            throw new BadInput("Report " + report.id() + " has no " + label + " filter: clear that field");
        }
        return value.strip();
    }

    private static LocalDate date(String label, String value) throws BadInput {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadInput(label + " date '" + value + "' is not a date: write it as YYYY-MM-DD, e.g. 2026-01-31");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
