package com.actionpack.tui.app;

import com.actionpack.tui.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code actionpack demo} keeps to its own file; a named database's folder must exist. Real SQLite files. */
class DemoCommandTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> environment, String... args) {
        DataDirectory data = new DataDirectory(home.resolve("data/actionpack"));
        Cli cli = new Cli(options -> 0, new LogFileErrorLog(data.logFile(), Clock.systemUTC()),
                new PrintWriter(out, true), new PrintWriter(err, true));
        Application application = new Application(data, environment);
        cli.with(new DemoCommand(application, cli::rootOptions));
        return cli.execute(args);
    }

    @Test
    void demoWithoutDbWritesDemoDbAndPrintsTheExactCommandToOpenIt() {
        assertEquals(0, run(Map.of("ACTIONPACK_COMMAND", "bin/actionpack"), "demo"), err.toString());
        Path demo = home.resolve("data/actionpack/demo.db");
        assertTrue(Files.isRegularFile(demo), out.toString());
        assertFalse(Files.exists(home.resolve("data/actionpack/actionpack.db")), "the user's own database is untouched");
        assertTrue(out.toString().contains("Open it with: bin/actionpack --db " + demo
                + " --user global.admin@contoso-demo.example"), out.toString());
    }

    @Test
    void anExplicitDbInAFolderThatDoesNotExistIsRefusedWithOneLine() {
        Path typo = home.resolve("no-such-folder/demo.db");
        int code = run(Map.of(), "--db", typo.toString(), "demo");
        assertEquals(Cli.EXIT_DATABASE, code, out + "" + err);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains(home.resolve("no-such-folder") + ", which does not exist"), err.toString());
        assertFalse(Files.exists(home.resolve("no-such-folder")), "no folder was created");
    }
}
