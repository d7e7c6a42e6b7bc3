package com.actionpack.reports.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * One kind of report a user can run, such as the invoice export.
 *
 * <p>Implementations must be stateless or thread-safe: the app may run the same type twice
 * at the same time (two operators, or the console and a cron job).
 */
public interface ReportType {

    /** Filter names a report may declare in {@link #filters()}; the app offers each as an option. */
    String ACCOUNT = "account";
    /** First day included, ISO date; see {@link ReportData.Filter#from()}. */
    String FROM = "from";
    /** Last day included, ISO date; see {@link ReportData.Filter#to()}. */
    String TO = "to";
    /** One of {@link #statusChoices()}. */
    String STATUS = "status";
    /**
     * A number of days from today: the app turns {@code --within N} into {@code from} = today
     * (the app's clock) and {@code to} = today + N.
     *
     * @since 1.1
     */
    String WITHIN = "within";

    /** Stable id used on the command line: lower case letters, digits and dashes, e.g. {@code invoices}. */
    String id();

    /** One-line title for lists. */
    String title();

    /** A sentence or two for the help screen. */
    String description();

    /** Formats this type writes, as lower-case file extensions ({@code csv}, {@code pdf}); the first is the default. */
    List<String> formats();

    /**
     * The filters this report honours, among {@link #ACCOUNT}, {@link #FROM}, {@link #TO},
     * {@link #STATUS} and {@link #WITHIN}. The app refuses any other filter for this report with a usage error, so a
     * user never gets a silently unfiltered file. None by default.
     */
    default List<String> filters() {
        return List.of();
    }

    /** Allowed values of the {@link #STATUS} filter; empty when the report takes no status. */
    default List<String> statusChoices() {
        return List.of();
    }

    /**
     * Writes the report.
     *
     * <p>Stream rows from {@code data} and write each as it comes: never collect them into a
     * list, a report may cover a million rows. Do not close {@code out} (the app owns it, and
     * it may be standard output); flush what you buffered before returning. Throwing any
     * exception fails the run, and the app then leaves no file at the user's target.
     *
     * @param request  the chosen format and the filters, already validated against
     *                 {@link #formats()}, {@link #filters()} and {@link #statusChoices()}
     * @param data     read-only access to the app's data
     * @param out      where the report's bytes go
     * @param progress tell it how many rows you have written, now and then
     */
    void run(ReportRequest request, ReportData data, OutputStream out, ProgressListener progress)
            throws IOException;
}
