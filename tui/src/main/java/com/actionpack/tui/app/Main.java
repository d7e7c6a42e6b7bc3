package com.actionpack.tui.app;

import com.actionpack.tui.reports.ReportCommand;
import com.actionpack.tui.ssh.ServeCommand;
import com.actionpack.tui.cli.Cli;

import com.actionpack.tui.reports.RunsInFlight;
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
        ProcessLogging.Terminal terminal = ProcessLogging.install(dataDirectory.logFile());
        // A plugin that calls System.exit still leaves no .part file, and the log names it.
        RunsInFlight runs = new RunsInFlight();
        runs.installShutdownHook(System.err); // the log file, since ProcessLogging.install

        Cli cli = new Cli(
                new LocalConsoleLauncher(dataDirectory, environment, LocalTerminal.ofProcess(terminal.out()), runs),
                new LogFileErrorLog(dataDirectory.logFile(), Clock.systemUTC()),
                new PrintWriter(terminal.out(), true, Charset.defaultCharset()),
                new PrintWriter(terminal.err(), true, Charset.defaultCharset()));
        Application application = new Application(dataDirectory, environment, runs);
        cli.with(new DemoCommand(application, cli::rootOptions))
                .with(new ReportCommand(new AppReportEnvironment(application, cli::rootOptions, terminal.out())))
                .with(new ServeCommand(() -> SshConsoles.of(application.component(cli.rootOptions())),
                        dataDirectory.root()))
                .with(new OperatorCommand(application, cli::rootOptions))
                .with(new AuditCommand(application, cli::rootOptions, Clock.systemUTC()));
        System.exit(cli.execute(args));
    }
}
