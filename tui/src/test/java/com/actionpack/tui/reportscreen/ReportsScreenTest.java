package com.actionpack.tui.reportscreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.tui.reports.FixturePlugins;
import com.actionpack.tui.reports.GeneratedData;
import com.actionpack.tui.reports.PluginCatalog;
import com.actionpack.tui.reports.PluginLoader;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.testing.ConsoleHarness;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import com.actionpack.tui.files.LocalFiles;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Reports workspace headless at 80x24, with the real CSV plugin from the class path, real
 * plugin jars in a temp folder, the in-memory {@link GeneratedData} and real files read back
 * with commons-csv.
 */
class ReportsScreenTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private static final long WAIT_MILLIS = 20_000;

    @TempDir
    Path temp;

    private PluginCatalog catalog;
    private ConsoleHarness console;

    @AfterEach
    void close() {
        if (console != null) {
            console.close();
        }
        if (catalog != null) {
            catalog.close();
        }
    }

    private Path home() throws IOException {
        return Files.createDirectories(temp.resolve("home"));
    }

    private ConsoleHarness open(Path pluginsDir, Supplier<ReportData> data, RowTotals totals) throws IOException {
        catalog = new PluginLoader(getClass().getClassLoader()).load(pluginsDir);
        console = ConsoleHarness.start(80, 24, ConsoleSettings.defaults().withFiles(new LocalFiles(home())),
                ReportsScreen.factory(catalog, data, new ReportTargets(TODAY), totals));
        return console;
    }

    private ConsoleHarness open(Supplier<ReportData> data) throws IOException {
        return open(temp.resolve("no-plugins"), data, RowTotals.UNKNOWN);
    }

    /** Opens the run form of the invoices report, the first type listed. */
    private void openInvoices() {
        assertTrue(console.line(console.rowOf("invoices")).contains("invoices"));
        console.press(KeyType.Enter);
        assertTrue(console.shows("Report invoices"), console.text());
    }

    /** On the invoices form the fields are Account, From, To, Status, File, then the Run button. */
    private void tab(int times) {
        for (int i = 0; i < times; i++) {
            console.press(KeyType.Tab);
        }
    }

    private void replaceFieldText(String text) {
        console.press(KeyType.End);
        for (int i = 0; i < 120; i++) {
            console.press(KeyType.Backspace);
        }
        console.type(text);
    }

    /** Polls the session's loop, as the real one does, until the text shows or time runs out. */
    private void awaitShown(String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!console.shows(text)) {
            if (System.currentTimeMillis() > deadline) {
                fail("never showed '" + text + "':\n" + console.text());
            }
            Thread.sleep(5);
            console.settle();
        }
    }

    private static List<CSVRecord> readCsv(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            return parser.getRecords();
        }
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    @DisplayName("R9 R18 R22: the list shows the five built-in CSV reports and the PDF invoices with title, plugin and formats, and no problem")
    void listsTheFiveCsvReportsAndThePdfInvoices() throws IOException {
        open(() -> new GeneratedData(3));

        assertTrue(console.line(0).contains("Reports"), console.line(0));
        assertTrue(console.shows("Report types (6)"), console.text());
        for (String id : List.of("invoices", "benefits-maps", "benefits-laps", "redemptions", "renewals-due")) {
            int row = console.rowOf(id + " ");
            assertTrue(row > 0, id + " missing:\n" + console.text());
            assertTrue(console.line(row).contains("csv"), console.line(row));
        }
        assertTrue(console.showsRow("ID", "Title", "Plugin", "Formats"), console.text());
        assertFalse(console.shows("Plugin problems"), console.text());
    }

    @Test
    @DisplayName("A broken jar and an incompatible SPI version are listed as problems by name, next to the good types")
    void brokenPluginsAreListedBesideTheGoodTypes() throws IOException {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        FixturePlugins.notAJar(plugins.resolve("broken.jar"));
        Path classes = FixturePlugins.compileAll(temp.resolve("fixtures"));
        FixturePlugins.jar(classes, FixturePlugins.FUTURE_MAJOR, plugins.resolve("future.jar"));
        FixturePlugins.jar(classes, FixturePlugins.GOOD, plugins.resolve("good.jar"));

        open(plugins, () -> new GeneratedData(3), RowTotals.UNKNOWN);

        assertTrue(console.shows("Report types (7)"), console.text());
        assertTrue(console.rowOf("invoices ") > 0 && console.rowOf("redemptions ") > 0, console.text());
        int good = console.rowOf("invoice-numbers ");
        assertTrue(good > 0 && console.line(good).contains("good-plugin (good") && console.line(good).contains("txt"),
                "the good jar's type is listed with its plugin and jar:\n" + console.text());
        assertTrue(console.shows("Plugin problems (2)"), console.text());
        assertTrue(console.shows("plugin broken.jar: is not a valid jar file"), console.text());
        assertTrue(console.shows("plugin future.jar (future-plugin): refused"), console.text());

        // Both lists are tables (widget.Table): nothing reaches the edge uncut, and a wider
        // terminal shows more of each line instead of the same 78 columns.
        assertEquals(List.of(), console.cutLines(), console.text());
        int problem = console.rowOf("plugin future.jar (future-plugin): refused");
        assertTrue(console.line(problem).stripTrailing().endsWith("…"), "cut with an ellipsis at 80:\n" + console.text());
        int shownAt80 = console.line(problem).strip().length();
        console.resize(160, 40);
        problem = console.rowOf("plugin future.jar (future-plugin): refused");
        assertTrue(console.line(problem).strip().length() > shownAt80 + 40, "wider at 160:\n" + console.text());
        assertTrue(console.showsRow("invoice-numbers"), console.text());
        assertEquals(List.of(), console.cutLines(), console.text());
        console.resize(80, 24);

        // The whole message, cut to fit in the list, is one Enter away.
        console.press(KeyType.Tab).press(KeyType.ArrowDown).press(KeyType.Enter);
        assertTrue(console.shows("Plugin problem"), console.text());
        assertTrue(console.text().contains("major versions"), console.text());
    }

    @Test
    @DisplayName("R9: invoices runs in the background into <home>/invoices-<date>.csv, read back with commons-csv")
    void runsInvoicesIntoTheDefaultFile() throws Exception {
        open(temp.resolve("no-plugins"), () -> new GeneratedData(10), (report, filter) -> OptionalLong.of(10));
        openInvoices();
        Path expected = home().resolve("invoices-2026-11-24.csv");
        assertTrue(console.shows(expected.toString()), "default file prompt:\n" + console.text());

        tab(5);
        console.press(KeyType.Enter);
        awaitShown("rows written to");

        assertTrue(console.shows("report invoices: 10 rows written to"), console.text());
        assertTrue(console.shows("100%"), "a bar when the total is known:\n" + console.text());
        List<CSVRecord> records = readCsv(expected);
        assertEquals(10, records.size());
        for (int i = 1; i <= 10; i++) {
            CSVRecord record = records.get(i - 1);
            assertEquals(GeneratedData.invoice(i).number(), record.get("number"));
            assertEquals(GeneratedData.invoice(i).status(), record.get("status"));
        }
        assertEquals(List.of(expected), filesUnder(home()), "no temporary file left beside it");
    }

    @Test
    @DisplayName("R9: the From/To filters reach the data: only invoices issued in the range are written")
    void filtersByDates() throws Exception {
        open(() -> new GeneratedData(30));
        openInvoices();
        tab(1);
        console.type("2026-01-03");
        tab(1);
        console.type("2026-01-05");
        tab(2);
        replaceFieldText("jan.csv");
        tab(1);
        console.press(KeyType.Enter);
        awaitShown("rows written to");

        List<CSVRecord> records = readCsv(home().resolve("jan.csv"));
        assertEquals(List.of("2026-01-03", "2026-01-04", "2026-01-05"),
                records.stream().map(r -> r.get("issue_date")).toList());
    }

    @Test
    @DisplayName("R9: the Status choice from the report's own choices reaches the data: only PAID invoices")
    void filtersByStatus() throws Exception {
        open(() -> new GeneratedData(12));
        openInvoices();
        tab(3);
        console.press(KeyType.Enter); // opens the choices: (any), PAID, AWAITING_PAYMENT, REFUNDED
        console.press(KeyType.ArrowDown).press(KeyType.Enter);
        assertTrue(console.shows("PAID"), console.text());
        tab(2);
        console.press(KeyType.Enter);
        awaitShown("rows written to");

        List<CSVRecord> records = readCsv(home().resolve("invoices-2026-11-24.csv"));
        assertEquals(4, records.size());
        assertTrue(records.stream().allMatch(r -> r.get("status").equals("PAID")), records.toString());
    }

    @Test
    @DisplayName("Works at 80x24 and at 120x40: the list, the form and its Run button stay on screen")
    void fitsSmallAndLargeTerminals() throws IOException {
        open(() -> new GeneratedData(3));
        for (String line : console.lines()) {
            assertEquals(80, com.actionpack.tui.text.Fit.width(line));
        }
        int header = console.rowOf("Formats");
        assertEquals(console.line(header).indexOf("Title"), console.line(header + 1).indexOf("Invoices and"),
                "columns line up with the header:\n" + console.text());
        openInvoices();
        assertTrue(console.shows("<Run report>") && console.shows("File"), console.text());
        assertTrue(console.shows("Relative paths start in your home folder. Written whole or not at all."),
                "the hint fits 80 columns:\n" + console.text());
        console.resize(120, 40);
        assertTrue(console.shows("<Run report>") && console.shows("Status"), console.text());
        console.press(KeyType.Escape);
        assertTrue(console.shows("benefits-laps"), console.text());
    }

    @Test
    @DisplayName("A bad date is one error line saying how to fix it, and nothing is written")
    void badDateIsOneLine() throws Exception {
        open(() -> new GeneratedData(10));
        openInvoices();
        tab(1);
        console.type("2026-13-01");
        tab(4);
        console.press(KeyType.Enter);
        console.settle();

        assertTrue(console.shows("From '2026-13-01' is not a date: write it as YYYY-MM-DD"), console.text());
        assertFalse(console.text().contains("Exception"), console.text());
        assertEquals(List.of(), filesUnder(home()));
    }

    @Test
    @DisplayName("A run into a folder that does not exist is one line and leaves no file")
    void impossiblePathIsOneLine() throws Exception {
        open(() -> new GeneratedData(10));
        openInvoices();
        tab(4);
        replaceFieldText(home().resolve("no-such-folder").resolve("out.csv").toString());
        tab(1);
        console.press(KeyType.Enter);
        awaitShown("Error: Folder");
        assertTrue(console.text().replaceAll("\\s+", " ").contains("does not exist: type a file in a folder that exists"),
                console.text());

        assertTrue(console.shows(home().resolve("no-such-folder").resolve("out.csv").toString()),
                "what was typed stays:\n" + console.text());
        assertFalse(console.text().contains("Exception"), console.text());
        assertEquals(List.of(), filesUnder(temp.resolve("home")));
    }

    @Test
    @DisplayName("Progress shows while the GUI keeps running; Esc is held; Cancel stops the run and writes nothing")
    void cancelStopsTheRun() throws Exception {
        open(() -> new SlowAfter(2_000, new GeneratedData(100_000)));
        openInvoices();
        tab(5);
        console.press(KeyType.Enter);
        awaitShown("000 rows written");

        console.press(KeyType.Escape);
        assertTrue(console.shows("Report invoices"), "Esc does not leave a running report:\n" + console.text());
        assertTrue(console.shows("A report is running"), console.text());

        console.press(KeyType.Enter); // the focus is on Cancel run while it runs
        awaitShown("cancelled: nothing was written");
        assertEquals(List.of(), filesUnder(home()));

        console.press(KeyType.Escape);
        assertTrue(console.shows("Report types (6)"), "back on the list once the run ended:\n" + console.text());
    }

    @Test
    @DisplayName("Cancel stops a slow plugin that reads no row (it sleeps) within a second; no file is left")
    void cancelStopsASlowPluginWithinASecond() throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("slow-plugins"));
        FixturePlugins.sleepingJar(temp.resolve("slow-build"), plugins.resolve("sleepy.jar"));
        open(plugins, () -> new GeneratedData(3), RowTotals.UNKNOWN);
        for (int i = console.rowOf("invoices "); i < console.rowOf("sleepy "); i++) {
            console.press(KeyType.ArrowDown);
        }
        console.press(KeyType.Enter);
        assertTrue(console.shows("Report sleepy"), console.text());
        tab(1);
        console.press(KeyType.Enter);
        awaitShown("Running");

        long start = System.nanoTime();
        console.press(KeyType.Enter); // Cancel run has the focus
        awaitShown("cancelled: nothing was written");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1000, "stopped after " + millis + " ms");
        assertEquals(List.of(), filesUnder(home()));
    }

    /**
     * Streams its first rows at full speed, then a row every 2 ms: a run that is surely still
     * going when the test cancels it, yet never writes much if cancelling were broken.
     */
    private static final class SlowAfter extends ReportDataDelegate {
        private final int fastRows;

        SlowAfter(int fastRows, ReportData data) {
            super(data);
            this.fastRows = fastRows;
        }

        @Override
        public void invoices(Filter filter, RowSink<? super InvoiceRow> sink) throws IOException {
            int[] rows = {0};
            super.invoices(filter, row -> {
                if (++rows[0] > fastRows) {
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted", e);
                    }
                }
                sink.accept(row);
            });
        }
    }

    @Test
    @DisplayName("An existing file is replaced only after confirming; Keep it leaves it as it was")
    void asksBeforeReplacingAFile() throws Exception {
        open(() -> new GeneratedData(4));
        Path existing = Files.writeString(home().resolve("invoices-2026-11-24.csv"), "keep me");
        openInvoices();
        tab(5);
        console.press(KeyType.Enter);
        assertTrue(console.shows("Replace file"), console.text());
        console.press(KeyType.Enter); // the focus starts on "Keep it"
        assertEquals("keep me", Files.readString(existing));

        console.press(KeyType.Enter); // Run report again, then choose Replace
        console.press(KeyType.ArrowRight).press(KeyType.Enter);
        awaitShown("rows written to");
        assertEquals(4, readCsv(existing).size());
    }

    @Test
    @DisplayName("Data that cannot be opened is one line, and nothing is written")
    void dataThatCannotBeOpened() throws Exception {
        open(() -> {
            throw new IllegalStateException("database file is locked");
        });
        openInvoices();
        tab(5);
        console.press(KeyType.Enter);
        awaitShown("cannot open the data");
        assertTrue(console.shows("database file is locked"), console.text());
        assertEquals(List.of(), filesUnder(home()));
    }

    private ConsoleHarness openAs(java.util.Optional<String> scope) throws IOException {
        catalog = new PluginLoader(getClass().getClassLoader()).load(temp.resolve("no-plugins"));
        console = ConsoleHarness.start(80, 24, ConsoleSettings.defaults().withFiles(new LocalFiles(home())),
                ReportsScreen.factory(catalog, () -> new GeneratedData(10), new ReportTargets(TODAY),
                        RowTotals.UNKNOWN, account -> account.equals("4000002"),
                        () -> com.actionpack.tui.reports.RunSettings.scoped(scope,
                                java.time.LocalDate.of(2026, 11, 24), "test"),
                        com.actionpack.tui.reports.RunsInFlight.none()));
        return console;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    @DisplayName("R4: a partner's Account is shown fixed (no field to type another number); an operator's is a field, blank for all")
    void accountIsFixedForPartnersAndOpenForOperators() throws IOException {
        openAs(java.util.Optional.of("4000002"));
        openInvoices();
        String text = console.text();
        assertTrue(text.matches("(?s).*Account +4000002 +your account \\(fixed for your role\\).*"), text);
        assertFalse(text.contains("blank: every account"), text);
        // The first field takes From: typed digits can never become another account.
        console.type("2026-01-01");
        assertTrue(console.text().matches("(?s).*From +2026-01-01.*"), console.text());
        console.close();
        catalog.close();

        openAs(java.util.Optional.empty());
        openInvoices();
        assertTrue(console.shows("blank: every account"), console.text());
        console.type("4000002");
        assertTrue(console.text().matches("(?s).*Account +4000002 .*"), console.text());
    }

    @Test
    @DisplayName("R4 R9, issue 12: every built-in report runs from the screen as a partner admin (scope, not a filter) and as an operator")
    void everyReportRunsForPartnersAndOperators() throws Exception {
        for (java.util.Optional<String> scope : List.of(java.util.Optional.of("4000002"),
                java.util.Optional.<String>empty())) {
            openAs(scope);
            List<String> ids = catalog.reports().stream().map(r -> r.id()).toList();
            assertEquals(6, ids.size(), ids.toString());
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                while (console.shell().navigator().canGoBack()) {
                    console.press(KeyType.Escape);
                }
                console.press(KeyType.Home);
                for (int down = 0; down < i; down++) {
                    console.press(KeyType.ArrowDown);
                }
                console.press(KeyType.Enter);
                RunReportScreen form = (RunReportScreen) console.shell().navigator().current();
                assertEquals("Report " + id, form.title(), console.text());
                form.run();
                console.settle();
                String who = (scope.isPresent() ? "partner admin" : "operator") + ", report " + id;
                assertFalse(console.text().contains("filter (it takes"), who + ":\n" + console.text());
                long deadline = System.currentTimeMillis() + WAIT_MILLIS;
                while (form.running() && System.currentTimeMillis() < deadline) {
                    Thread.sleep(5);
                    console.settle();
                }
                console.settle();
                assertFalse(console.text().contains("filter (it takes"), who + ":\n" + console.text());
                if (!id.equals("invoice-pdf")) { // the generated data has rows, not invoice documents
                    assertTrue(console.shows("report " + id + ": "), who + ":\n" + console.text());
                    assertTrue(console.shows(" written to"), who + ":\n" + console.text());
                }
            }
            long written = filesUnder(home()).stream()
                    .filter(f -> ids.stream().anyMatch(id -> f.getFileName().toString().startsWith(id + "-"))).count();
            assertTrue(written >= 5, who(scope) + " wrote " + filesUnder(home()));
            console.close();
            catalog.close();
            for (Path f : filesUnder(home())) {
                Files.delete(f);
            }
        }
        console = null;
        catalog = null;
    }

    private static String who(java.util.Optional<String> scope) {
        return scope.isPresent() ? "partner admin" : "operator";
    }

    @Test
    @DisplayName("R22: the form is built from the type's declared filters: renewals-due has its Within field, counted from the business day")
    void fieldsComeFromTheDeclaredFilters() throws Exception {
        openAs(java.util.Optional.empty());
        console.type("/").type("renewals").press(KeyType.Enter).press(KeyType.Enter);
        assertTrue(console.shows("Report renewals-due"), console.text());
        assertTrue(console.shows("Within") && console.shows("days from 2026-11-24, e.g. 30"), console.text());
        tab(1);
        console.type("2026-01-01");
        tab(2);
        console.type("30");
        tab(2);
        console.press(KeyType.Enter);
        console.settle();
        assertTrue(console.shows("Within counts days from today"), console.text());
        assertEquals(List.of(), filesUnder(home()));
    }

    @Test
    @DisplayName("One message area: a refusal shows once, and the last run's result line does not stay beside it")
    void aRefusalShowsOnceAndReplacesTheLastResult() throws Exception {
        open(() -> new GeneratedData(10));
        openInvoices();
        tab(5);
        console.press(KeyType.Enter);
        awaitShown("rows written to");
        console.press(KeyType.Tab, KeyType.Tab); // from the Run button round to Account, then From
        console.type("2026-13-01");
        tab(4);
        console.press(KeyType.Enter);
        console.settle();
        String text = console.text();
        assertEquals(1, count(text, "is not a date"), "shown once:\n" + text);
        assertFalse(text.contains("rows written to"), "no earlier result beside the new error:\n" + text);
        assertFalse(text.contains("Done:"), text);
    }

    @Test
    @DisplayName("Issue 12: / filters the list of report types in place")
    void slashFiltersTheReportTypes() throws IOException {
        open(() -> new GeneratedData(3));
        console.type("/");
        assertTrue(console.shows("Show only rows containing"), console.text());
        console.type("laps").press(KeyType.Enter);
        assertTrue(console.shows("Filter \"laps\": 1 row"), console.text());
        assertTrue(console.shows("benefits-laps"), console.text());
        assertFalse(console.shows("invoices"), console.text());
        console.press(KeyType.Enter);
        assertTrue(console.shows("Report benefits-laps"), "Enter opens the one shown:\n" + console.text());
    }

    @Test
    @DisplayName("Every bad field of the run form at once, in form order, the cursor on the first; nothing is written")
    void everyBadFieldAtOnce() throws Exception {
        open(() -> new GeneratedData(10));
        openInvoices();
        console.type("abc");                 // Account
        tab(1);
        console.type("2026-13-01");          // From
        tab(1);
        console.type("yesterday");           // To
        tab(2);
        replaceFieldText(home().resolve("no-such-folder").resolve("x.csv").toString());
        tab(1);
        console.press(KeyType.Enter);
        String text = console.text();
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(console.shows("Run report: 4 fields to fix"), text);
        int account = text.indexOf("* Account 'abc'");
        int from = text.indexOf("* From '2026-13-01'");
        int to = text.indexOf("* To 'yesterday'");
        int file = text.indexOf("* Folder ");
        assertTrue(account >= 0 && account < from && from < to && to < file, "in form order:\n" + text);
        assertTrue(flat.contains("the cursor is on the first, Account."), text);
        console.press(KeyType.Enter);        // OK
        console.ctrl('u').type("4000002");
        assertTrue(console.text().matches("(?s).*Account +4000002 .*"), "the cursor is on Account:\n" + console.text());
        assertEquals(List.of(), filesUnder(home()));
    }
}
