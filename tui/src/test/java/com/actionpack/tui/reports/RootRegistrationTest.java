package com.actionpack.tui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The way the lead registers the command: an instance added under the app's root command. */
class RootRegistrationTest {

    @Command(name = "actionpack")
    static final class Root {
    }

    @TempDir
    Path dir;

    @Test
    void worksAsASubcommandOfTheRoot() {
        CommandHarness environment = new CommandHarness(dir, new GeneratedData(2));
        CommandLine root = new CommandLine(new Root()).addSubcommand(new ReportCommand(environment));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        root.setOut(new PrintWriter(out, true));
        root.setErr(new PrintWriter(err, true));

        assertEquals(0, root.execute("report", "list"));
        assertTrue(out.toString().contains("benefits-laps"), out.toString());

        assertEquals(0, root.execute("report", "run", "benefits-laps", "--out", "-"));
        assertEquals("benefit_name,offer_details,quantity\r\nAzure Credit (Monthly),$100,\r\n", environment.stdoutBytes());

        assertEquals(2, root.execute("report", "run", "nope", "--out", "-"));
        assertTrue(err.toString().startsWith("actionpack: unknown report 'nope'"), err.toString());
    }
}
