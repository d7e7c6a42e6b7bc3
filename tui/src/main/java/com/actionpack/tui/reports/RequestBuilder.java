package com.actionpack.tui.reports;

import com.actionpack.tui.text.SafeText;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.reports.spi.ReportType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The one check of a report request, for the command line and the Reports screen alike: the
 * format and filters against what the report declares, dates, the status, and the account (an
 * id or PartnerID, digits only, that names an account). Each caller only words the fields
 * ({@link Wording}): "--account" on the command line, "Account" on the screen. A filter the
 * report does not honour is refused, never silently dropped: an operator asking for one
 * account's invoices must not get everybody's.
 */
public final class RequestBuilder {

    /** How the person named each field, and how a message starts. */
    public record Wording(String report, String format, String account, String from, String to, String status) {

        /** The command line: {@code report invoices takes no --status filter}. */
        public static final Wording COMMAND_LINE = new Wording("report", "--format", "--account", "--from", "--to",
                "--status");
        /** The Reports screen: {@code Report invoices takes no Status filter}. */
        public static final Wording SCREEN = new Wording("Report", "Format", "Account", "From", "To", "Status");

        public String label(String filter) {
            return switch (filter) {
                case ReportType.ACCOUNT -> account;
                case ReportType.FROM -> from;
                case ReportType.TO -> to;
                case ReportType.STATUS -> status;
                case ReportType.NUMBER -> this == SCREEN ? "Number" : "--number";
                case ReportType.WITHIN -> this == SCREEN ? "Within" : "--within";
                default -> filter;
            };
        }
    }

    /** A mistake in what the user typed, as one line saying what and how to fix it. */
    public static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(SafeText.oneLine(message), null, false, false);
        }
    }

    private static final String ACCOUNT_DIGITS = "\\d{1,18}";

    private RequestBuilder() {
    }

    /**
     * As {@link #build(InstalledReport, Wording, String, String, String, String, String, String, String, LocalDate)}
     * without a document number.
     */
    public static ReportRequest build(InstalledReport report, Wording words, String format, String account,
                                      String from, String to, String status, String within, LocalDate today)
            throws BadRequest {
        return build(report, words, format, account, from, to, status, null, within, today);
    }

    /**
     * As {@link #build(InstalledReport, Wording, String, String, String, String, String, String)}, with
     * {@code within} (a number of days, for a report that declares {@link ReportType#WITHIN},
     * R22): from {@code today} (the app's clock) through today + that many days; it cannot be
     * combined with {@code from} or {@code to}. Null means "not given".
     */
    public static ReportRequest build(InstalledReport report, Wording words, String format, String account,
                                      String from, String to, String status, String number, String within,
                                      LocalDate today) throws BadRequest {
        allowed(report, words, ReportType.WITHIN, within);
        if (within == null) {
            return build(report, words, format, account, from, to, status, number);
        }
        String label = words.label(ReportType.WITHIN);
        if (from != null || to != null) {
            throw new BadRequest(label + " counts days from today: give it or " + words.from() + "/" + words.to()
                    + ", not both");
        }
        int days;
        try {
            days = Integer.parseInt(within.strip());
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 0 || days > 3660) {
            throw new BadRequest(label + " '" + within + "' is not a number of days: write e.g. 30");
        }
        return build(report, words, format, account, today.toString(), today.plusDays(days).toString(), status,
                number);
    }

    /** Null arguments mean "not given"; a blank one given on purpose is a mistake. */
    public static ReportRequest build(InstalledReport report, Wording words, String format, String account,
                                      String from, String to, String status) throws BadRequest {
        return build(report, words, format, account, from, to, status, null);
    }

    /** The same, with one document number (SPI 1.1's number filter); null means not given. */
    public static ReportRequest build(InstalledReport report, Wording words, String format, String account,
                                      String from, String to, String status, String number) throws BadRequest {
        String chosenFormat = format == null ? report.formats().get(0) : format.strip().toLowerCase(Locale.ROOT);
        if (!report.formats().contains(chosenFormat)) {
            throw new BadRequest(words.report() + " " + report.id() + " has no format '" + format + "': use one of "
                    + String.join(", ", report.formats()));
        }
        allowed(report, words, ReportType.ACCOUNT, account);
        allowed(report, words, ReportType.FROM, from);
        allowed(report, words, ReportType.TO, to);
        allowed(report, words, ReportType.STATUS, status);
        allowed(report, words, ReportType.NUMBER, number);
        if (number != null && !number.strip().matches("[A-Za-z0-9][A-Za-z0-9-]{0,39}")) {
            throw new BadRequest(words.label(ReportType.NUMBER) + " must be a document number such as INV-00000042");
        }
        String accountId = account(words, account);
        LocalDate fromDate = date(words.from(), from);
        LocalDate toDate = date(words.to(), to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new BadRequest(words.from() + " " + from.strip() + " is after " + words.to() + " " + to.strip()
                    + ": swap them");
        }
        String chosenStatus = null;
        if (status != null) {
            chosenStatus = report.statusChoices().stream().filter(s -> s.equalsIgnoreCase(status.strip())).findFirst()
                    .orElseThrow(() -> new BadRequest(words.status() + " '" + status.strip() + "' is not one of "
                            + String.join(", ", report.statusChoices())));
        }
        return new ReportRequest(chosenFormat, new ReportData.Filter(accountId, fromDate, toDate, chosenStatus,
                number == null ? null : number.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * Once the data is open: refuses an account filter that names no account, which would
     * otherwise give an empty report that looks like "no invoices".
     *
     * @param exists answers whether an account has this id or PartnerID
     */
    public static void checkAccountExists(ReportRequest request, Wording words, Predicate<String> exists)
            throws BadRequest {
        String account = request.filter().accountId();
        if (account != null && !exists.test(account)) {
            throw new BadRequest(words.account() + " " + account + " names no account: check the id or PartnerID"
                    + " (operators see every account in 'Account and users'), or leave it out for all");
        }
    }

    private static String account(Wording words, String value) throws BadRequest {
        if (value == null) {
            return null;
        }
        String typed = value.strip();
        if (typed.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequest(words.account() + " holds control characters: type the account id only");
        }
        if (!typed.matches(ACCOUNT_DIGITS)) {
            throw new BadRequest(words.account() + " '" + typed + "' is not an account id: give the account's id"
                    + " or PartnerID, digits only (e.g. 4000002)");
        }
        return typed;
    }

    private static void allowed(InstalledReport report, Wording words, String filter, String value) throws BadRequest {
        if (value != null && !report.filters().contains(filter)) {
            List<String> options = report.filters().stream().map(words::label).toList();
            throw new BadRequest(words.report() + " " + report.id() + " takes no " + words.label(filter)
                    + " filter (it takes " + (options.isEmpty() ? "no filters" : String.join(", ", options)) + ")");
        }
    }

    private static LocalDate date(String label, String value) throws BadRequest {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest(label + " '" + value.strip() + "' is not a date: write it as YYYY-MM-DD,"
                    + " e.g. 2026-01-31");
        }
    }
}
