package com.actionpack.tui.reportscreen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.reports.spi.ProgressListener;
import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.tui.reports.GeneratedData;
import com.actionpack.tui.reports.InstalledReport;
import com.actionpack.tui.reports.PluginCatalog;
import com.actionpack.tui.reports.PluginLoader;
import com.actionpack.tui.reports.ReportRunner;
import com.actionpack.tui.reports.RunOutcome;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.testing.ConsoleHarness;
import com.googlecode.lanterna.input.KeyType;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints what running a million invoices from the Reports screen costs against the same run
 * without a screen, and the longest turn of the GUI loop meanwhile (the GUI must never wait for
 * the report). In-memory data, real CSV plugin, real files. Not part of the normal build:
 *
 * <pre>mvn -B -q -pl tui -am verify -Dgroups=bench -DexcludedGroups=</pre>
 */
@Tag("bench")
class ReportsScreenBenchTest {

    private static final int ROWS = 1_000_000;

    @TempDir
    Path temp;

    @Test
    void millionInvoicesFromTheScreen() throws Exception {
        try (PluginCatalog catalog = new PluginLoader(getClass().getClassLoader()).load(null)) {
            InstalledReport invoices = catalog.find("invoices").orElseThrow();
            long direct = System.nanoTime();
            RunOutcome plain = new ReportRunner().run(invoices, new ReportRequest("csv", ReportData.Filter.ALL),
                    new GeneratedData(ROWS), temp.resolve("direct.csv"), OutputStream.nullOutputStream(),
                    ProgressListener.NONE);
            direct = System.nanoTime() - direct;
            assertTrue(plain.ok(), plain.message());

            Path home = Files.createDirectories(temp.resolve("home"));
            try (ConsoleHarness console = ConsoleHarness.start(80, 24,
                    ConsoleSettings.defaults().withFiles(new com.actionpack.tui.files.LocalFiles(home)),
                    ReportsScreen.factory(catalog, () -> new GeneratedData(ROWS),
                            new ReportTargets(Clock.systemUTC()), (r, f) -> OptionalLong.of(ROWS)))) {
                console.press(KeyType.Enter);
                for (int i = 0; i < 5; i++) {
                    console.press(KeyType.Tab);
                }
                long start = System.nanoTime();
                console.press(KeyType.Enter);
                long worstTurn = 0;
                int turns = 0;
                while (!console.shows("rows written to") && !console.shows("Failed")) {
                    Thread.sleep(16); // the session loop's longest idle sleep
                    long turn = System.nanoTime();
                    console.settle();
                    worstTurn = Math.max(worstTurn, System.nanoTime() - turn);
                    turns++;
                }
                long screen = System.nanoTime() - start;
                assertTrue(console.shows("1,000,000 of 1,000,000 rows"), console.text());
                System.out.printf("reports screen bench: %,d invoices: screen %d ms, runner alone %d ms (ratio %.2f);"
                                + " %d GUI turns during the run, the longest %.1f ms%n",
                        ROWS, screen / 1_000_000, direct / 1_000_000, (double) screen / direct, turns,
                        worstTurn / 1e6);
            }
        }
    }
}
