package com.actionpack.tui.app;

import com.actionpack.tui.reports.ReportCommand;
import com.actionpack.tui.ssh.ServeCommand;
import com.actionpack.tui.cli.Cli;
import com.actionpack.tui.cli.ErrorLog;
import com.actionpack.tui.cli.StandardOutput;

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
        if (!"false".equals(System.getProperty("actionpack.warmup"))) {
            Warmup.start();
        }
        Map<String, String> environment = System.getenv();
        DataDirectory dataDirectory = DataDirectory.resolve(environment, System.getProperty("user.home"));
        PrintStream terminalErr = ProcessLogging.install(dataDirectory.logFile());
        NativeLibraryFolder.configure(environment, System.getProperty("user.home"));

        // Every byte for standard output goes through one checked stream (never System.out,
        // whose PrintStream hides a full disk or a closed pipe).
        StandardOutput standardOutput = new StandardOutput(new FileOutputStream(FileDescriptor.out),
                Charset.defaultCharset());
        Cli cli = commandLine(dataDirectory, environment, LocalTerminal.ofProcess(),
                new LogFileErrorLog(dataDirectory.logFile(), Clock.systemUTC()), standardOutput,
                new PrintWriter(terminalErr, true, Charset.defaultCharset()));
        System.exit(cli.execute(args));
    }

    /** The whole command line, every subcommand wired as the process runs it (tests build it too). */
    static Cli commandLine(DataDirectory dataDirectory, Map<String, String> environment, LocalTerminal terminal,
            ErrorLog errorLog, StandardOutput standardOutput, PrintWriter err) {
        Cli cli = new Cli(new LocalConsoleLauncher(dataDirectory, environment, terminal), errorLog, standardOutput, err);
        Application application = new Application(dataDirectory, environment);
        return cli.with(new DemoCommand(application, cli::rootOptions))
                .with(new ReportCommand(new AppReportEnvironment(application, cli::rootOptions, standardOutput)))
                .with(new ServeCommand(() -> {
                    AppComponent app = application.component(cli.rootOptions());
                    return new ServeCommand.Served(SshConsoles.of(app), SshConsoles.exports(app));
                }, dataDirectory.root()))
                .with(new OperatorCommand(application, cli::rootOptions))
                .with(new AuditCommand(application, cli::rootOptions, Clock.systemUTC()));
    }
}
