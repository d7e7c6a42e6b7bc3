package com.actionpack.tui.app;

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
        System.exit(cli.execute(args));
    }
}
