package com.actionpack.tui.reports;

import com.actionpack.tui.text.SafeText;
import com.actionpack.reports.spi.ProgressListener;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.tui.cli.Cli;
import com.actionpack.tui.fault.Failure;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code actionpack report list} and {@code actionpack report run ID --out FILE}. Register an
 * instance under the root command: {@code root.addSubcommand(new ReportCommand(environment))}.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "List and run report types, built in and from plugin jars.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done",
                "1:refused by a rule, or an unexpected internal error (then an incident id is in the message and the log)",
                "2:usage error: unknown option or report id, bad date, account, status or format",
                "3:the database or the output cannot be used (folder missing or read-only, disk full)",
                "4:the data could not be read",
                "5:the report plugin failed"})
public final class ReportCommand {

    public static final int OK = 0;
    public static final int USAGE = 2;
    public static final int OUTPUT_FAILED = 3;
    public static final int DATA_FAILED = 4;
    public static final int REPORT_FAILED = 5;

    /** What the command needs from the app; the data is opened only when a report runs. */
    public interface Environment {

        /** {@code <data dir>/plugins}, used when {@code --plugins} is not given. */
        Path defaultPluginsDir();

        /** The root command's {@code --plugins}, when given. */
        default java.util.Optional<Path> explicitPluginsDir() {
            return java.util.Optional.empty();
        }

        /** Opens the app's data; called once per run, only when a report is about to run. */
        ReportData openData() throws Exception;

        /** The parent of every plugin jar's class loader, and where class-path plugins are found. */
        default ClassLoader appClassLoader() {
            return ReportCommand.class.getClassLoader();
        }

        /** Today by the app's clock (an {@code --as-of} day when previewing), for {@code --within}. */
        default java.time.LocalDate today() {
            return java.time.LocalDate.now();
        }

        /** Where {@code --out -} writes bytes; its write failures must be thrown, not hidden.
         * It is the process's real standard output: System.out goes to the log, so a plugin's
         * stray print never enters the report stream. */
        default OutputStream standardOutput() {
            return System.out;
        }

        /** The runs a shutdown hook cleans up after when a plugin ends the process. */
        default RunsInFlight runsInFlight() {
            return RunsInFlight.none();
        }

        /** The app's version, told to plugins through their context. */
        default String appVersion() {
            return RunSettings.UNKNOWN_VERSION;
        }

        /** The day the run is for: the root's {@code --as-of}, else today. */
        default java.time.LocalDate businessDay() {
            return java.time.LocalDate.now();
        }

        /**
         * Whether an account has this id or PartnerID; asked after {@link #openData()}. Data
         * without accounts to look up (a test's generated rows) may take any.
         */
        default boolean accountExists(String idOrPartnerId) {
            return true;
        }

        /** True once standard output was found to be a pipe whose reader is gone ({@code | head}). */
        default boolean standardOutputClosed() {
            return false;
        }
    }

    private final Environment environment;

    @Spec
    private CommandSpec spec;

    public ReportCommand(Environment environment) {
        this.environment = environment;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the report types: id, title, plugin and formats."
                    + " Plugins that failed to load are named on standard error.")
    int list() {
        // --plugins is the root command's option (inherited by every subcommand).
        Path plugins = environment.explicitPluginsDir().orElse(null);
        PrintWriter out = spec.commandLine().getOut();
        if (plugins != null && !Files.isDirectory(plugins)) {
            return error(USAGE, "--plugins " + plugins + " is not a folder");
        }
        try (PluginCatalog catalog = load(plugins)) {
            warn(catalog.problems());
            List<InstalledReport> reports = catalog.reports();
            if (reports.isEmpty()) {
                out.println("No report types found.");
            } else {
                out.print(ReportTable.format(reports));
            }
            out.flush();
            return OK;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run a report into a file, written completely or not at all.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                    "0:done",
                    "1:refused by a rule, or an unexpected internal error (then an incident id is in the message and the log)",
                    "2:usage error: unknown option or report id, bad date, account, status or format",
                    "3:the database or the output cannot be used (folder missing or read-only, disk full)",
                    "4:the data could not be read",
                    "5:the report plugin failed",
                    "141:standard output was closed by its reader (| head): nothing more to write"})
    int run(@Parameters(paramLabel = "ID", description = "Report id, as shown by 'report list'.") String id,
            @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
                    description = "File to write, replaced when complete; '-' for standard output.") String out,
            @Option(names = "--format", paramLabel = "FORMAT",
                    description = "One of the report's formats (default: its first).") String format,
            @Option(names = "--account", paramLabel = "ID", description = "Only this account.") String account,
            @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day included.") String from,
            @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day included.") String to,
            @Option(names = "--status", paramLabel = "STATUS", description = "Only rows with this status.") String status,
            @Option(names = "--number", paramLabel = "NUMBER",
                    description = "Only this document, e.g. INV-00000042.") String number,
            @Option(names = "--within", paramLabel = "DAYS",
                    description = "From today through today + DAYS (reports that look ahead, e.g. renewals-due).") String within,
            @Option(names = {"-q", "--quiet"}, description = "Print nothing when the report is written.") boolean quiet) {
        Path plugins = environment.explicitPluginsDir().orElse(null);
        if (plugins != null && !Files.isDirectory(plugins)) {
            return error(USAGE, "--plugins " + plugins + " is not a folder");
        }
        try (PluginCatalog catalog = load(plugins)) {
            Optional<InstalledReport> found = catalog.find(id);
            if (found.isEmpty()) {
                String hint = catalog.problems().isEmpty() ? ""
                        : " (" + catalog.problems().size() + " plugin problem(s): see 'report list')";
                return error(USAGE, "unknown report '" + SafeText.oneLine(id) + "': run 'report list' to see the ids" + hint);
            }
            InstalledReport report = found.get();
            ReportRequest request;
            try {
                request = RequestBuilder.build(report, RequestBuilder.Wording.COMMAND_LINE, format, account, from, to,
                        status, number, within, within == null ? null : environment.today());
            } catch (RequestBuilder.BadRequest e) {
                return error(USAGE, e.getMessage());
            }
            Path target = "-".equals(out) ? null : Path.of(out);
            ReportData data;
            try {
                data = environment.openData();
            } catch (Exception e) {
                Failure failure = Failure.of(e);
                if (failure.kind() == Failure.Kind.DATABASE || failure.kind() == Failure.Kind.BUSY) {
                    // The same file gives the same code whichever command opens it.
                    return error(failure.exitCode(), failure.message());
                }
                return error(DATA_FAILED, "cannot open the data: " + SafeText.oneLine(e));
            }
            try {
                RequestBuilder.checkAccountExists(request, RequestBuilder.Wording.COMMAND_LINE, environment::accountExists);
            } catch (RequestBuilder.BadRequest e) {
                return error(USAGE, e.getMessage());
            }
            RunOutcome outcome = new ReportRunner(environment.runsInFlight()).run(report, request, data, target,
                    environment.standardOutput(), ProgressListener.NONE,
                    RunSettings.scoped(Optional.empty(), environment.businessDay(), environment.appVersion()));
            if (!outcome.ok()) {
                if (target == null && outcome.status() == RunOutcome.Status.OUTPUT_FAILED
                        && environment.standardOutputClosed()) {
                    // `| head` read what it wanted: not an error worth a line.
                    return com.actionpack.tui.cli.StandardOutput.BROKEN_PIPE_STATUS;
                }
                return error(exitCode(outcome.status()), outcome.message());
            }
            if (!quiet && target != null) {
                spec.commandLine().getOut().println(outcome.message());
                spec.commandLine().getOut().flush();
            }
            return OK;
        }
    }

    static int exitCode(RunOutcome.Status status) {
        switch (status) {
            case OK: return OK;
            case OUTPUT_FAILED: return OUTPUT_FAILED;
            case DATA_FAILED: return DATA_FAILED;
            default: return REPORT_FAILED;
        }
    }

    private PluginCatalog load(Path plugins) {
        Path folder = plugins != null ? plugins : environment.defaultPluginsDir();
        return new PluginLoader(environment.appClassLoader()).load(folder);
    }

    private void warn(List<PluginProblem> problems) {
        PrintWriter err = spec.commandLine().getErr();
        for (PluginProblem problem : problems) {
            err.println(Cli.NAME + ": warning: " + problem.line());
        }
        err.flush();
    }

    private int error(int code, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(Cli.NAME + ": " + SafeText.oneLine(message));
        err.flush();
        return code;
    }
}
