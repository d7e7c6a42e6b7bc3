package com.actionpack.tui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example in docs/plugin-example, built as its author would (javac against the SPI jar,
 * then a jar with its services file), dropped in a plugins folder and run from the command line.
 */
class ExamplePluginTest {

    private static final Path EXAMPLE = Path.of("..", "docs", "plugin-example");

    @TempDir
    Path dir;

    @Test
    @DisplayName("the documented example plugin installs from a jar and runs through 'report run'")
    void buildsInstallsAndRuns() throws Exception {
        Path classes = PluginJars.compileTree(dir.resolve("build"), EXAMPLE.resolve("src/main/java"));
        String services = Files.readString(EXAMPLE.resolve("src/main/resources/" + PluginJars.SERVICES));
        Path plugins = dir.resolve("plugins");
        PluginJars.jar(plugins.resolve("invoice-totals-plugin-1.0.0.jar"), classes, List.of("com/example/"), services);
        CommandHarness cli = new CommandHarness(plugins, new GeneratedData(30));

        assertEquals(0, cli.run("list"));
        assertTrue(cli.out().lines().anyMatch(l -> l.matches(
                "invoice-totals +Invoice totals by currency +invoice-totals-example \\(invoice-totals-plugin-1\\.0\\.0\\.jar\\) +tsv")),
                cli.out());
        assertEquals("", cli.err());

        Path target = dir.resolve("totals.tsv");
        assertEquals(0, cli.run("run", "invoice-totals", "--out", target.toString(), "--status", "PAID"));

        // Invoices 1..30: PAID is every third from i = 3; currency cycles USD, EUR, JPY by i % 3, so PAID
        // rows (i % 3 == 0) are all USD: i = 3, 6, ..., 30, each 10000 + i net plus a fifth as tax.
        long total = 0;
        for (int i = 3; i <= 30; i += 3) {
            long net = 10_000L + i;
            total += net + net / 5;
        }
        assertEquals("currency\tinvoices\tcredit_notes\ttotal\n"
                + "USD\t10\t0\t" + java.math.BigDecimal.valueOf(total, 2).toPlainString() + "\n",
                Files.readString(target));
    }
}
