package com.actionpack.tui.app;

import com.actionpack.tui.reports.ReportCommand;
import com.actionpack.tui.ssh.ServeCommand;
import com.actionpack.tui.cli.Cli;

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

        Cli cli = new Cli(
                new LocalConsoleLauncher(dataDirectory, environment, LocalTerminal.ofProcess()),
                new LogFileErrorLog(dataDirectory.logFile(), Clock.systemUTC()),
                new PrintWriter(System.out, true, Charset.defaultCharset()),
                new PrintWriter(terminalErr, true, Charset.defaultCharset()));
        Application application = new Application(dataDirectory, environment);
        cli.with(new DemoCommand(application, cli::rootOptions))
                .with(new ReportCommand(new AppReportEnvironment(application, cli::rootOptions)))
                .with(new ServeCommand(() -> SshConsoles.of(application.component(cli.rootOptions())),
                        dataDirectory.root()))
                .with(new OperatorCommand(application, cli::rootOptions))
                .with(new AuditCommand(application, cli::rootOptions, Clock.systemUTC()));
        System.exit(cli.execute(args));
    }
}
