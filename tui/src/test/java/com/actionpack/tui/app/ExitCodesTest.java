package com.actionpack.tui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.db.DatabaseOptions;
import com.actionpack.persistence.demo.BulkGenerator;
import com.actionpack.persistence.demo.DemoData;
import com.actionpack.tui.cli.Cli;
import com.actionpack.tui.cli.StandardOutput;
import com.actionpack.tui.reports.FixturePlugins;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every documented exit code, produced by the command line wired as {@code Main} wires it, on
 * real files: the code, one line on stderr that starts {@code actionpack:} and names no Java
 * class. Also checks that the README and {@code report run --help} list the same codes.
 */
class ExitCodesTest {

    @TempDir
    static Path dir;

    private static Path demo;
    private static Path junk;
    private static Path noInvoicesTable;
    private static Path plugins;

    @BeforeAll
    static void files() throws Exception {
        demo = dir.resolve("demo.db");
        // R23: sealed with the key of the data directory the commands below run with.
        DatabaseOptions options = DatabaseOptions.defaults().withLedgerKey(
                new DataDirectory(dir.resolve("data")).ledgerKey(Map.of(), java.util.Optional.empty()));
        Database database = Database.open(demo, Clock.systemUTC(), options);
        new DemoData(database).create();
        new BulkGenerator(database, line -> { }).generate(2, 10);
        junk = Files.writeString(dir.resolve("junk.db"), "not a database, just text that is long enough");
        noInvoicesTable = dir.resolve("broken.db");
        Database.open(noInvoicesTable, Clock.systemUTC(), options);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + noInvoicesTable);
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE invoices");
        }
        plugins = Files.createDirectories(dir.resolve("plugins"));
        FixturePlugins.jar(FixturePlugins.compileAll(dir.resolve("build")), FixturePlugins.FAILS_MID_RUN,
                plugins.resolve("midrun.jar"));
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        Cli cli = Main.commandLine(data, Map.of("HOME", dir.toString()),
                new LocalTerminal(InputStream.nullInputStream(), new ByteArrayOutputStream(), false),
                error -> "details in " + data.logFile(), new StandardOutput(out, StandardCharsets.UTF_8),
                new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    private static String[] args(String line) {
        List<String> args = new ArrayList<>();
        for (String word : line.trim().split(" +")) {
            args.add(word.replace("DEMO", demo.toString()).replace("JUNK", junk.toString())
                    .replace("BROKEN", noInvoicesTable.toString()).replace("PLUGINS", plugins.toString())
                    .replace("DIR", dir.toString()));
        }
        return args.toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            report list --plugins PLUGINS                                          | 0 |
            report run benefits-maps --out - --db DEMO                             | 0 |
            --version                                                              | 0 |
            operator remove nobody@nowhere.example --db DEMO                       | 1 | actionpack: 
            --bogus                                                                | 2 | actionpack: Unknown option
            --as-of 2026-02-30                                                     | 2 | actionpack: 
            report run nope --out - --db DEMO                                      | 2 | actionpack: unknown report 'nope'
            report run invoices --out - --account abc --db DEMO                    | 2 | actionpack: --account 'abc' is not an account id
            report run invoices --out - --account 9999999 --db DEMO                | 2 | actionpack: --account 9999999 names no account
            demo --accounts 1 --invoices 1000000000 --db DIR/x.db                  | 2 | actionpack: demo: at most
            report run invoices --out - --db JUNK                                  | 3 | actionpack: 
            operator add a@b.example --name Ann --db JUNK                          | 3 | actionpack: 
            report run invoices --out DIR/missing/r.csv --db DEMO                  | 3 | actionpack: cannot write
            report run invoices --out - --db BROKEN                                | 4 | actionpack: report invoices stopped: the data could not be read
            report run midrun --plugins PLUGINS --out DIR/m.txt --db DEMO          | 5 | actionpack: report midrun failed in plugin
            """)
    @DisplayName("Every documented exit code with its one line")
    void everyDocumentedCode(String line, int code, String errStart) {
        Result result = run(args(line));
        assertEquals(code, result.code(), result.err());
        if (code == 0) {
            assertEquals("", result.err());
            return;
        }
        List<String> lines = result.err().lines().toList();
        assertEquals(1, lines.size(), result.err());
        assertTrue(lines.get(0).startsWith(errStart.strip()), result.err());
        assertFalse(lines.get(0).matches(".*\\b[A-Z][A-Za-z]*(Exception|Error)\\b.*"), "no Java class: " + result.err());
    }

    @Test
    @DisplayName("report run --help, the README and the code list the same exit codes")
    void helpAndReadmeAgree() throws Exception {
        Result help = run("report", "run", "--help");
        assertEquals(0, help.code());
        List<Integer> listed = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s+(\\d+)\\s{2,}").matcher(help.out().substring(help.out().indexOf("Exit codes:")));
        while (m.find()) {
            listed.add(Integer.parseInt(m.group(1)));
        }
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 141), listed, help.out());
        String readme = Files.readString(Path.of(System.getProperty("user.dir")).getParent().resolve("README.md"))
                .replaceAll("\\s+", " ");
        for (String code : List.of("0 done", "1 refused", "2 usage", "3 the database or the output", "4 the data",
                "5 the report plugin", "141")) {
            assertTrue(readme.contains(code), "the README documents '" + code + "'");
        }
    }
}
