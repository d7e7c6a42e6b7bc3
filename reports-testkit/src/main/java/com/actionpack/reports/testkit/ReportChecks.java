package com.actionpack.reports.testkit;

import com.actionpack.reports.spi.ReportCancelledException;
import com.actionpack.reports.spi.ReportData.Filter;
import com.actionpack.reports.spi.ReportType;
import com.actionpack.reports.vetting.ProcessEndingCall;
import com.actionpack.reports.vetting.ProcessEndingCalls;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.LocalDate;
import java.util.List;

/**
 * Ready checks every report type should pass, each one call in a test; each throws
 * {@link AssertionError} saying what is wrong. {@link #all(ReportType)} runs the ones that
 * apply to every format; {@link #escapesControlCharacters(ReportType)} is for text formats.
 *
 * <pre>{@code
 * @Test void passesTheKitsChecks() { ReportChecks.all(new MyReport()); }
 * }</pre>
 *
 * @since 1.1
 */
public final class ReportChecks {

    /** Text with control characters that would drive a terminal: ESC, BEL, NUL, DEL and the C1 CSI. */
    public static final String CONTROL_TEXT = "a\u001B[2J\u0007b\u0000c\u007Fd\u009B31m";

    private ReportChecks() {
    }

    /**
     * {@link #endsNoProcess}, {@link #leavesTheStreamOpen}, {@link #stopsOnCancel} and
     * {@link #honoursDeclaredFilters}.
     *
     * @param type the report type under test
     * @throws AssertionError naming the first check that failed
     */
    public static void all(ReportType type) {
        endsNoProcess(type);
        leavesTheStreamOpen(type);
        stopsOnCancel(type);
        honoursDeclaredFilters(type);
    }

    /**
     * Nothing in the classes the report type was loaded from (your build's {@code target/classes},
     * or a jar) calls what would end the process: {@code System.exit}, {@code Runtime.exit} or
     * {@code halt}, {@code sun.misc.Signal.raise}, {@code System.load}/{@code loadLibrary},
     * {@code Runtime.exec}, {@code ProcessBuilder.start}, {@code ProcessHandle.destroy}. The app reads every plugin jar the same
     * way before loading it, and refuses one with any of these: under {@code actionpack serve} the
     * process is the server, and every SSH session would end with it. Libraries you shade into
     * your jar are read by the app too; run this check on the finished jar with
     * {@link #endsNoProcess(Path)}.
     *
     * @param type the report type under test
     * @throws AssertionError listing every such call, with the class and method that makes it
     * @since 1.1
     */
    public static void endsNoProcess(ReportType type) {
        CodeSource source = type.getClass().getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new AssertionError("report '" + type.id() + "': the classes of " + type.getClass().getName()
                    + " come from no file to read: call endsNoProcess(Path) with your jar");
        }
        try {
            endsNoProcess(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new AssertionError("report '" + type.id() + "': cannot read " + source.getLocation(), e);
        }
    }

    /**
     * As {@link #endsNoProcess(ReportType)}, for a plugin jar (say, the shaded jar your build
     * makes, with its libraries) or a folder of class files.
     *
     * @param jarOrClasses the plugin jar or a folder of class files
     * @throws AssertionError listing every call that would end the process, or when it cannot be read
     * @since 1.1
     */
    public static void endsNoProcess(Path jarOrClasses) {
        List<ProcessEndingCall> calls;
        try {
            calls = ProcessEndingCalls.in(jarOrClasses);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + jarOrClasses + ": " + e.getMessage(), e);
        }
        if (!calls.isEmpty()) {
            StringBuilder message = new StringBuilder("the app would refuse to load this plugin: ")
                    .append(calls.size()).append(" call(s) that would end the process; a plugin must fail by"
                            + " throwing an exception:");
            for (ProcessEndingCall call : calls) {
                message.append("\n  ").append(call.line());
            }
            throw new AssertionError(message.toString());
        }
    }

    /**
     * The report writes something and never closes the app's stream (it may be standard
     * output).
     *
     * @param type the report type under test
     * @throws AssertionError when it closes the stream or fails
     */
    public static void leavesTheStreamOpen(ReportType type) {
        RunResult result = ReportRun.of(type).data(FakeReportData.many(3)).run();
        result.successfulBytes();
        if (result.streamClosed()) {
            throw new AssertionError("report '" + type.id() + "' closed the output stream: flush it instead,"
                    + " the app owns it (it may be standard output)");
        }
    }

    /**
     * Cancelled after 10 rows of data, the report reads no further row and lets
     * {@link ReportCancelledException} out of {@code run} (it does not swallow it and write a
     * complete-looking file).
     *
     * @param type the report type under test
     * @throws AssertionError when it reads on or ends normally
     */
    public static void stopsOnCancel(ReportType type) {
        RunResult result = ReportRun.of(type).data(FakeReportData.many(10_000)).cancelAfterRows(10).run();
        if (result.rowsRead() < 10) {
            throw new AssertionError("report '" + type.id() + "' read only " + result.rowsRead()
                    + " rows: this check needs a report that streams rows");
        }
        if (result.rowsRead() > 10) {
            throw new AssertionError("report '" + type.id() + "' read " + result.rowsRead()
                    + " rows after it was cancelled at 10");
        }
        Throwable failure = result.failure().orElse(null);
        while (failure != null && !(failure instanceof ReportCancelledException) && failure.getCause() != failure) {
            failure = failure.getCause();
        }
        if (failure == null) {
            throw new AssertionError("report '" + type.id() + "' was cancelled but ended "
                    + result.failure().map(e -> "with " + e).orElse("normally")
                    + ": let ReportCancelledException propagate out of run");
        }
    }

    /**
     * With every text field holding {@link #CONTROL_TEXT}, the output holds none of its
     * control characters raw (see {@link com.actionpack.reports.spi.PrintableText}). For text
     * formats only: a binary format's bytes may contain anything.
     *
     * @param type the report type under test
     * @throws AssertionError when a control character got through
     */
    public static void escapesControlCharacters(ReportType type) {
        RunResult result = ReportRun.of(type).data(Rows.withText(CONTROL_TEXT)).run();
        String text = new String(result.successfulBytes(), StandardCharsets.UTF_8);
        for (char c : new char[] {'\u001B', '\u0007', '\u0000', '\u007F', '\u009B'}) {
            int at = text.indexOf(c);
            if (at >= 0) {
                throw new AssertionError("report '" + type.id() + "' wrote control character U+"
                        + String.format("%04X", (int) c) + " raw at character " + at
                        + ": escape text with PrintableText.of");
            }
        }
    }

    /**
     * Each filter the report declares reaches the data: run with only that filter set, every
     * data call (benefit catalogs aside, which take none) gets it.
     *
     * @param type the report type under test
     * @throws AssertionError naming the filter that was dropped
     */
    public static void honoursDeclaredFilters(ReportType type) {
        for (String declared : type.filters()) {
            Filter filter = filterWith(type, declared);
            FakeReportData data = new FakeReportData();
            // The data holds no row: a report may fail on an empty result (a PDF has no empty form);
            // what counts here is the filter it asked the data with.
            ReportRun.of(type).data(data).filter(filter).run();
            List<Filter> asked = data.filtersAsked().stream().filter(f -> f != Filter.ALL).toList();
            if (asked.isEmpty() || !asked.stream().allMatch(f -> f.equals(filter))) {
                throw new AssertionError("report '" + type.id() + "' declares filter '" + declared
                        + "' but passed " + data.filtersAsked() + " to the data instead of " + filter
                        + ": hand request.filter() to ReportData");
            }
        }
    }

    private static Filter filterWith(ReportType type, String declared) {
        LocalDate day = LocalDate.of(2026, 2, 3);
        switch (declared) {
            case ReportType.ACCOUNT:
                return new Filter(Rows.PARTNER_ID, null, null, null, null);
            case ReportType.FROM:
                return new Filter(null, day, null, null, null);
            case ReportType.TO:
                return new Filter(null, null, day, null, null);
            case ReportType.STATUS:
                List<String> choices = type.statusChoices();
                if (choices.isEmpty()) {
                    throw new AssertionError("report '" + type.id() + "' declares the status filter but no"
                            + " statusChoices()");
                }
                return new Filter(null, null, null, choices.get(choices.size() - 1), null);
            case ReportType.NUMBER:
                return new Filter(null, null, null, null, "INV-00000001");
            case ReportType.WITHIN:
                // The app turns --within N into from = today, to = today + N before the report runs.
                return new Filter(null, day, day.plusDays(30), null, null);
            default:
                throw new AssertionError("report '" + type.id() + "' declares unknown filter '" + declared + "'");
        }
    }
}
