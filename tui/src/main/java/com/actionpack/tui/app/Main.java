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
        boolean warmup = !"false".equals(System.getProperty("actionpack.warmup"));
        if (warmup) {
            Warmup.start();
        }
        Map<String, String> environment = System.getenv();
        DataDirectory dataDirectory = DataDirectory.resolve(environment, System.getProperty("user.home"));
        PrintStream terminalErr = ProcessLogging.install(dataDirectory.logFile());
        if (warmup) {
            Warmup.startDriver();
        }

        System.exit(commandLine(dataDirectory, environment, LocalTerminal.ofProcess(), terminalErr).execute(args));
    }

    /** The command line with every subcommand, the console drawing on {@code terminal}. */
    static Cli commandLine(DataDirectory dataDirectory, Map<String, String> environment, ConsoleTerminal terminal,
            PrintStream terminalErr) {
        Cli cli = new Cli(
                new LocalConsoleLauncher(dataDirectory, environment, terminal),
                new LogFileErrorLog(dataDirectory.logFile(), Clock.systemUTC()),
                new PrintWriter(System.out, true, Charset.defaultCharset()),
                new PrintWriter(terminalErr, true, Charset.defaultCharset()));
        Application application = new Application(dataDirectory, environment);
        return cli.with(new DemoCommand(application, cli::rootOptions))
                .with(new ReportCommand(new AppReportEnvironment(application, cli::rootOptions)))
                .with(new ServeCommand(() -> {
                    AppComponent app = application.component(cli.rootOptions());
                    return new ServeCommand.Served(SshConsoles.of(app), SshConsoles.exports(app));
                }, dataDirectory.root()))
                .with(new OperatorCommand(application, cli::rootOptions))
                .with(new AuditCommand(application, cli::rootOptions, Clock.systemUTC()));
    }
}
