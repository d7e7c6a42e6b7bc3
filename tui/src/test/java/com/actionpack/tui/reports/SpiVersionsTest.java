package com.actionpack.tui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The version rule for real: a plugin compiled against the SPI exactly as released in 1.0
 * (its sources are kept in src/test/resources/spi-1.0) and a plugin compiled against today's
 * 1.1 SPI sit in one plugins folder; both load and run from the command line.
 */
class SpiVersionsTest {

    private static final String OLD_PLUGIN = """
            package old;

            import com.actionpack.reports.spi.*;
            import java.io.*;
            import java.nio.charset.StandardCharsets;
            import java.util.List;

            public final class OldPlugin implements ReportPlugin {
                public String name() { return "old-plugin"; }
                public String spiVersion() { return SPI_VERSION; }
                public List<ReportType> reportTypes() {
                    return List.of(new ReportType() {
                        public String id() { return "old-count"; }
                        public String title() { return "Invoices counted, SPI 1.0"; }
                        public String description() { return "Built against 1.0."; }
                        public List<String> formats() { return List.of("txt"); }
                        public List<String> filters() { return List.of(ACCOUNT, STATUS); }
                        public List<String> statusChoices() { return List.of("PAID", "AWAITING_PAYMENT", "REFUNDED"); }
                        public void run(ReportRequest request, ReportData data, OutputStream out, ProgressListener p)
                                throws IOException {
                            long[] n = {0};
                            // The 1.0 four-argument Filter constructor, as 1.0 plugins call it.
                            ReportData.Filter f = request.filter();
                            data.invoices(new ReportData.Filter(f.accountId(), f.from(), f.to(), f.status()),
                                    row -> n[0]++);
                            out.write(("spi " + SPI_VERSION + " invoices " + n[0] + "\\n").getBytes(StandardCharsets.UTF_8));
                            out.flush();
                        }
                    });
                }
            }
            """;

    private static final String NEW_PLUGIN = """
            package fresh;

            import com.actionpack.reports.spi.*;
            import java.io.*;
            import java.nio.charset.StandardCharsets;
            import java.util.List;

            public final class NewPlugin implements ReportPlugin {
                public String name() { return "new-plugin"; }
                public String spiVersion() { return SPI_VERSION; }
                public List<ReportType> reportTypes() {
                    return List.of(new ReportType() {
                        public String id() { return "new-count"; }
                        public String title() { return "Invoices counted, SPI 1.1"; }
                        public String description() { return "Built against 1.1."; }
                        public List<String> formats() { return List.of("txt"); }
                        public List<String> filters() { return List.of(STATUS, NUMBER); }
                        public List<String> statusChoices() { return Statuses.Invoice.ALL; }
                        public void run(ReportRequest request, ReportData data, OutputStream out, ProgressListener p,
                                        ReportContext context) throws IOException {
                            context.expectRows(0);
                            context.logger().log(System.Logger.Level.INFO, "new-count runs");
                            long[] n = {0};
                            data.invoices(request.filter(), row -> n[0]++);
                            out.write(("spi " + SPI_VERSION + " invoices " + n[0] + " day " + context.businessDay()
                                    + " scope " + context.accountScope().orElse("all") + "\\n")
                                    .getBytes(StandardCharsets.UTF_8));
                            out.flush();
                        }
                    });
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    @DisplayName("a plugin compiled against SPI 1.0 runs unchanged beside a 1.1 plugin")
    void bothVersionsRun() throws Exception {
        Path spi10 = PluginJars.compileAlone(dir.resolve("spi-1.0"), Path.of("src/test/resources/spi-1.0"));
        Path oldClasses = PluginJars.compile(dir.resolve("old"), Map.of("old.OldPlugin", OLD_PLUGIN), spi10.toString());
        Path newClasses = PluginJars.compile(dir.resolve("new"), Map.of("fresh.NewPlugin", NEW_PLUGIN));
        Path plugins = dir.resolve("plugins");
        PluginJars.jar(plugins.resolve("old.jar"), oldClasses, List.of("old/"), "old.OldPlugin\n");
        PluginJars.jar(plugins.resolve("new.jar"), newClasses, List.of("fresh/"), "fresh.NewPlugin\n");
        CommandHarness cli = new CommandHarness(plugins, new GeneratedData(30));

        assertEquals(0, cli.run("list"), cli.err());
        assertEquals("", cli.err());
        assertTrue(cli.out().contains("old-count"), cli.out());
        assertTrue(cli.out().contains("new-count"), cli.out());

        // GeneratedData: every third invoice is PAID.
        assertEquals(0, cli.run("run", "old-count", "--out", "-", "--status", "PAID"), cli.err());
        assertEquals("spi 1.0 invoices 10\n", cli.stdoutBytes());

        cli.stdoutBytes.reset();
        Path target = dir.resolve("new.txt");
        assertEquals(0, cli.run("run", "new-count", "--out", target.toString(), "--status", "VOID"), cli.err());
        assertTrue(Files.readString(target).startsWith("spi 1.1 invoices 0 day "), Files.readString(target));
        assertTrue(Files.readString(target).endsWith(" scope all\n"), Files.readString(target));
    }
}
