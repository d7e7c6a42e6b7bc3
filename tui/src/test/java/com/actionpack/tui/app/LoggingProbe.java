package com.actionpack.tui.app;

import java.io.PrintStream;
import java.nio.file.Path;

/** Child-process main for {@link ProcessLoggingTest}: logs every way a library might. */
public final class LoggingProbe {

    private LoggingProbe() {
    }

    public static void main(String[] args) {
        ProcessLogging.Terminal streams = ProcessLogging.install(Path.of(args[0]));
        PrintStream terminal = streams.err();
        org.slf4j.LoggerFactory.getLogger("org.flywaydb.core.Flyway").info("Migrating schema to version 1");
        java.util.logging.Logger.getLogger("org.jooq.Constants").warning("a JUL warning");
        System.err.println("a stray line on stderr");
        terminal.println("one line for the user");
        terminal.flush();
        System.out.println("a stray line on stdout, as a plugin might print");
        streams.out().println("jooq logo off: " + System.getProperty("org.jooq.no-logo") + ", tips off: "
                + System.getProperty("org.jooq.no-tips"));
        streams.out().flush();
    }
}
