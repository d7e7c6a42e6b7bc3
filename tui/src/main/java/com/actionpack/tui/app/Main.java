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
import java.util.Map;

/** The {@code actionpack} process. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // -Dactionpack.warmup=false switches it off, for measuring what it buys.
        boolean warmup = !"false".equals(System.getProperty("actionpack.warmup"));
        if (warmup) {
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
        return cli.with(new DemoCommand(application, cli::rootOptions))
                .with(new ReportCommand(new AppReportEnvironment(application, cli::rootOptions, standardOutput)))
                .with(new ServeCommand(poolSize -> {
                    AppComponent app = application.component(cli.rootOptions(), poolSize);
                    return new ServeCommand.Served(SshConsoles.of(app), SshConsoles.exports(app));
                }, dataDirectory.root()))
                .with(new OperatorCommand(application, cli::rootOptions))
                .with(new AuditCommand(application, cli::rootOptions, Clock.systemUTC()))
                .with(new DbCommand(application, Clock.systemUTC()));
    }
}
