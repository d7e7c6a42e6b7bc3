package com.actionpack.tui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportCommandTest {

    @TempDir
    Path dir;

    private CommandHarness harness(int rows) {
        return new CommandHarness(dir.resolve("plugins"), new GeneratedData(rows));
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    private List<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        }
    }

    @Test
    void listShowsIdTitlePluginAndFormatsWithoutOpeningTheData() {
        CommandHarness cli = harness(0);

        assertEquals(0, cli.run("list"));

        assertEquals("""
                ID             TITLE                             PLUGIN  FORMATS
                invoices       Invoices and credit notes         csv     csv
                benefits-maps  MAPS benefit catalog              csv     csv
                benefits-laps  LAPS benefit catalog              csv     csv
                redemptions    Benefit redemptions               csv     csv
                renewals-due   Renewals due                      csv     csv
                invoice-pdf    Invoices and credit notes as PDF  pdf     pdf
                """, cli.out());
        assertEquals("", cli.err());
        assertEquals(0, cli.dataOpened);
    }

    @Test
    void listNamesBrokenPluginsOnStandardErrorAndStillSucceeds() throws Exception {
        FixturePlugins.notAJar(dir.resolve("plugins/broken.jar"));
        CommandHarness cli = harness(0);

        assertEquals(0, cli.run("list"));

        assertTrue(cli.out().contains("invoices"));
        assertTrue(cli.err().startsWith("actionpack: warning: plugin broken.jar: is not a valid jar file"), cli.err());
        assertEquals(1, cli.err().lines().count());
    }

    @Test
    void runWritesTheFileAndSaysSo() throws Exception {
        CommandHarness cli = harness(300);
        Path target = dir.resolve("invoices.csv");

        assertEquals(0, cli.run("run", "invoices", "--out", target.toString()));

        assertEquals("report invoices: 300 rows written to " + target + "\n", cli.out());
        assertEquals("", cli.err());
        assertEquals(300, parse(Files.readString(target, StandardCharsets.UTF_8)).size());
    }

    @Test
    void runWithFiltersAndQuiet() throws Exception {
        CommandHarness cli = harness(400);
        Path target = dir.resolve("q.csv");

        assertEquals(0, cli.run("run", "invoices", "-o", target.toString(), "--account", "102", "--from",
                "2026-01-10", "--to", "2026-03-31", "--status", "paid", "--quiet"));

        assertEquals("", cli.out());
        List<CSVRecord> records = parse(Files.readString(target));
        assertFalse(records.isEmpty());
        for (CSVRecord r : records) {
            assertEquals("102", r.get("account_id"));
            assertEquals("PAID", r.get("status"));
            assertTrue(r.get("issue_date").compareTo("2026-01-10") >= 0 && r.get("issue_date").compareTo("2026-03-31") <= 0);
        }
    }

    @Test
    void dashWritesToStandardOutput() throws Exception {
        CommandHarness cli = harness(3);

        assertEquals(0, cli.run("run", "benefits-maps", "--out", "-"));

        assertEquals("", cli.out(), "no summary mixed into the data");
        List<CSVRecord> records = parse(cli.stdoutBytes());
        assertEquals(2, records.size());
        assertEquals("Microsoft Azure", records.get(1).get("benefit_name"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "run nope --out x.csv | actionpack: unknown report 'nope': run 'report list' to see the ids",
            "run benefits-maps --out x.csv --account acc-1 | actionpack: report benefits-maps takes no --account filter (it takes no filters)",
            "run redemptions --out x.csv --status PAID | actionpack: report redemptions takes no --status filter (it takes --account, --from, --to)",
            "run invoices --out x.csv --from 2026-02-30 | actionpack: --from '2026-02-30' is not a date: write it as YYYY-MM-DD, e.g. 2026-01-31",
            "run invoices --out x.csv --from 2026-03-01 --to 2026-02-01 | actionpack: --from 2026-03-01 is after --to 2026-02-01: swap them",
            "run invoices --out x.csv --status LOST | actionpack: --status 'LOST' is not one of PAID, AWAITING_PAYMENT, REFUNDED, VOID",
            "run invoices --out x.csv --format pdf | actionpack: report invoices has no format 'pdf': use one of csv"})
    void badInputIsAOneLineUsageError(String args, String expected) throws Exception {
        CommandHarness cli = harness(10);

        assertEquals(ReportCommand.USAGE, cli.run(args.trim().split(" ")));

        assertEquals(expected.trim() + "\n", cli.err());
        assertEquals(0, cli.dataOpened, "the data is not opened for a bad request");
        assertEquals(List.of(), files(dir));
    }

    @Test
    void aMissingOutOptionIsAUsageError() {
        CommandHarness cli = harness(1);
        assertEquals(2, cli.run("run", "invoices"));
        assertTrue(cli.err().startsWith("Missing required option: '--out=FILE'"), cli.err());
    }

    @Test
    void anUnknownIdMentionsBrokenPlugins() throws Exception {
        FixturePlugins.notAJar(dir.resolve("plugins/broken.jar"));
        CommandHarness cli = harness(1);

        assertEquals(2, cli.run("run", "from-broken", "--out", "x.csv"));

        assertEquals("actionpack: unknown report 'from-broken': run 'report list' to see the ids"
                + " (1 plugin problem(s): see 'report list')\n", cli.err());
    }

    @Test
    void anUnwritableOutputExitsWith3AndLeavesNoFile() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        CommandHarness cli = harness(5);

        assertEquals(ReportCommand.OUTPUT_FAILED, cli.run("run", "invoices", "--out", notAFolder.resolve("r.csv").toString()));

        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().startsWith("actionpack: cannot write "), cli.err());
        assertEquals(List.of(notAFolder), files(dir));
    }

    @Test
    void dataThatCannotBeOpenedExitsWith4() {
        CommandHarness cli = harness(5);
        cli.openFailure = new IllegalStateException("database file is locked\nby another process");

        assertEquals(ReportCommand.DATA_FAILED, cli.run("run", "invoices", "--out", dir.resolve("r.csv").toString()));

        assertEquals("actionpack: cannot open the data: database file is locked by another process\n",
                cli.err());
    }

    @Test
    void aDataErrorMidRunExitsWith4AndLeavesNoFile() throws Exception {
        CommandHarness cli = new CommandHarness(dir.resolve("plugins"), new GeneratedData(100, 50));

        assertEquals(ReportCommand.DATA_FAILED, cli.run("run", "invoices", "--out", dir.resolve("r.csv").toString()));

        assertEquals("actionpack: report invoices stopped: the data could not be read: database is"
                + " locked\n", cli.err());
        assertEquals(List.of(), files(dir));
    }

    @Test
    void aPluginFromAJarThatFailsMidRunExitsWith5AndLeavesNoFile() throws Exception {
        Path classes = FixturePlugins.compileAll(dir.resolve("build"));
        Path plugins = dir.resolve("my-plugins");
        FixturePlugins.jar(classes, FixturePlugins.FAILS_MID_RUN, plugins.resolve("midrun.jar"));
        Path out = Files.createDirectory(dir.resolve("out"));
        CommandHarness cli = harness(10);

        assertEquals(ReportCommand.REPORT_FAILED,
                cli.run("run", "midrun", "--plugins", plugins.toString(), "--out", out.resolve("r.txt").toString()));

        assertEquals("actionpack: report midrun failed in plugin 'midrun-plugin' (midrun.jar):"
                + " plugin bug at row 3; nothing was written\n", cli.err());
        assertEquals(List.of(), files(out));
    }

    @Test
    void helpDocumentsTheExitCodes() {
        CommandHarness cli = harness(0);
        assertEquals(0, cli.run("--help"));
        String help = cli.out();
        assertTrue(help.contains("Exit codes:"), help);
        for (String code : List.of("0", "1", "2", "3", "4", "5")) {
            assertTrue(help.lines().anyMatch(l -> l.trim().startsWith(code + " ")), "exit code " + code + " in\n" + help);
        }
    }

    @Test
    void aPluginsFolderThatDoesNotExistIsAUsageError() {
        CommandHarness cli = harness(1);
        Path missing = dir.resolve("typo");

        assertEquals(2, cli.run("list", "--plugins", missing.toString()));
        assertEquals("actionpack: --plugins " + missing + " is not a folder\n", cli.err());
        assertEquals(2, cli.run("run", "invoices", "--plugins", missing.toString(), "--out", "-"));
        assertEquals("", cli.stdoutBytes());
    }
}
