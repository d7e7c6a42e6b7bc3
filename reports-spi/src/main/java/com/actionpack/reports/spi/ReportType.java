package com.actionpack.reports.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * One kind of report a user can run, such as the invoice export.
 *
 * <p>Implementations must be stateless or thread-safe: the app may run the same type twice
 * at the same time (two operators, or the console and a cron job).
 *
 * <p>Implement {@link #run(ReportRequest, ReportData, OutputStream, ProgressListener, ReportContext)}
 * (since 1.1). A plugin built for 1.0 implements the four-argument {@code run} instead and
 * keeps working: the app always calls the five-argument one, whose default calls it.
 *
 * @since 1.0
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
     * One document number, e.g. {@code INV-00000042}; see {@link ReportData.Filter#number()}.
     * Offered on the command line as {@code --number}.
     *
     * @since 1.1
     */
    String NUMBER = "number";
    /**
     * A number of days from today: the app turns {@code --within N} into {@code from} = today
     * (the app's clock) and {@code to} = today + N.
     *
     * @since 1.1
     */
    String WITHIN = "within";

    /**
     * Stable id used on the command line.
     *
     * @return lower case letters, digits and dashes, at most 64, e.g. {@code invoices}; unique
     *         across installed plugins
     */
    String id();

    /** @return one-line title for lists */
    String title();

    /** @return a sentence or two for the help screen */
    String description();

    /**
     * Formats this type writes.
     *
     * @return lower-case file extensions ({@code csv}, {@code pdf}); the first is the default; never empty
     */
    List<String> formats();

    /**
     * The filters this report honours, among {@link #ACCOUNT}, {@link #FROM}, {@link #TO},
     * {@link #STATUS} and (since 1.1) {@link #NUMBER} and {@link #WITHIN}. The app refuses any
     * other filter for this report with a usage error, so a user never gets a silently
     * unfiltered file.
     *
     * @return the filter names; none by default
     */
    default List<String> filters() {
        return List.of();
    }

    /**
     * Allowed values of the {@link #STATUS} filter, e.g. {@link Statuses.Invoice#ALL}.
     *
     * @return the values; empty when the report takes no status
     */
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
     * <p>This is the 1.0 entry point. Since 1.1, implement the five-argument {@code run}
     * instead; the default here throws.
     *
     * @param request  the chosen format and the filters, already validated against
     *                 {@link #formats()}, {@link #filters()} and {@link #statusChoices()}
     * @param data     read-only access to the app's data
     * @param out      where the report's bytes go
     * @param progress tell it how many rows you have written, now and then
     * @throws IOException from writing {@code out}
     * @throws UnsupportedOperationException when neither {@code run} is implemented
     */
    default void run(ReportRequest request, ReportData data, OutputStream out, ProgressListener progress)
            throws IOException {
        throw new UnsupportedOperationException("report '" + id() + "' implements no run method");
    }

    /**
     * Writes the report, knowing the run's context.
     *
     * <p>Everything said on the four-argument {@code run} holds: stream, do not close
     * {@code out}, flush, fail by throwing. In addition {@code context} says whether the user
     * cancelled (the data streams stop by themselves with {@link ReportCancelledException};
     * let it propagate), which account the data is scoped to, the business day, the app's
     * version, gives a logger into the app's log, and takes the expected row total for the
     * progress bar. The default calls the four-argument {@code run}, so 1.0 plugins run
     * unchanged.
     *
     * @param request  the chosen format and the filters, validated
     * @param data     read-only access to the app's data
     * @param out      where the report's bytes go; do not close it
     * @param progress tell it how many rows you have written, now and then
     * @param context  the run's context; never null
     * @throws IOException from writing {@code out}
     * @since 1.1
     */
    default void run(ReportRequest request, ReportData data, OutputStream out, ProgressListener progress,
                     ReportContext context) throws IOException {
        run(request, data, out, progress);
    }
}
