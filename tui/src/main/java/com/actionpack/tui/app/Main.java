package com.actionpack.tui.app;

import com.actionpack.tui.reports.ReportCommand;
import com.actionpack.tui.ssh.ServeCommand;
import com.actionpack.tui.cli.Cli;
import com.actionpack.tui.cli.ErrorLog;
import com.actionpack.tui.cli.StandardOutput;

import com.actionpack.tui.reports.RunsInFlight;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The {@code actionpack} process. */
public final class Main {

    private Main() {
    }

    /** The subcommands' names: built only when a command line names one (see {@link Cli#withLazily}). */
    static final List<String> SUBCOMMANDS = List.of("demo", "report", "serve", "operator", "audit", "db");

    public static void main(String[] args) {
        // -Dactionpack.warmup=false switches it off, for measuring what it buys.
        boolean warmup = !"false".equals(System.getProperty("actionpack.warmup"));
        // Drawing the main menu off screen only helps the console: a subcommand (an export of a
        // million rows, say) would pay its CPU time for nothing.
        if (warmup && Arrays.stream(args).noneMatch(SUBCOMMANDS::contains)) {
            Warmup.start();
        }
        Map<String, String> environment = System.getenv();
        DataDirectory dataDirectory = DataDirectory.resolve(environment, System.getProperty("user.home"));
        ProcessLogging.Terminal terminal = ProcessLogging.install(dataDirectory.logFile());
        PrintStream terminalErr = terminal.err();
        // A plugin that calls System.exit still leaves no .part file, and the log names it.
        RunsInFlight runs = new RunsInFlight();
        runs.installShutdownHook(System.err); // the log file, since ProcessLogging.install
        NativeLibraryFolder.configure(environment, System.getProperty("user.home"));
        if (warmup) {
            Warmup.startDriver(); // after the jOOQ and sqlite-jdbc properties are set
        }

        // Every byte for standard output goes through one checked stream (never System.out,
        // whose PrintStream hides a full disk or a closed pipe).
        StandardOutput standardOutput = new StandardOutput(new FileOutputStream(FileDescriptor.out),
                Charset.defaultCharset());
        Cli cli = commandLine(dataDirectory, environment, LocalTerminal.ofProcess(terminal.out()),
                new LogFileErrorLog(dataDirectory.logFile(), Clock.systemUTC()), standardOutput,
                new PrintWriter(terminalErr, true, Charset.defaultCharset()), runs);
        System.exit(cli.execute(args));
    }

    /** The whole command line, every subcommand wired as the process runs it (tests build it too). */
    static Cli commandLine(DataDirectory dataDirectory, Map<String, String> environment, ConsoleTerminal terminal,
            ErrorLog errorLog, StandardOutput standardOutput, PrintWriter err) {
        return commandLine(dataDirectory, environment, terminal, errorLog, standardOutput, err, RunsInFlight.none());
    }

    /** @param runs the process's report runs, which its shutdown hook cleans up after */
    static Cli commandLine(DataDirectory dataDirectory, Map<String, String> environment, ConsoleTerminal terminal,
            ErrorLog errorLog, StandardOutput standardOutput, PrintWriter err, RunsInFlight runs) {
        Cli cli = new Cli(new LocalConsoleLauncher(dataDirectory, environment, terminal, runs), errorLog,
                standardOutput, err);
        Application application = new Application(dataDirectory, environment, runs);
        // Built only when the command line may name one: the console needs none (issue 15).
        return cli.withLazily("demo", () -> new DemoCommand(application, cli::rootOptions))
                .withLazily("report", () -> new ReportCommand(
                        new AppReportEnvironment(application, cli::rootOptions, standardOutput)))
                .withLazily("serve", () -> new ServeCommand(poolSize -> {
                    AppComponent app = application.component(cli.rootOptions(), poolSize);
                    return new ServeCommand.Served(SshConsoles.of(app), SshConsoles.exports(app));
                }, dataDirectory.root()))
                .withLazily("operator", () -> new OperatorCommand(application, cli::rootOptions))
                .withLazily("audit", () -> new AuditCommand(application, cli::rootOptions, Clock.systemUTC()))
                .withLazily("db", () -> new DbCommand(application, cli::rootOptions, Clock.systemUTC()));
    }
}
