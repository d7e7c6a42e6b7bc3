package com.actionpack.tui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import com.actionpack.reports.spi.ProgressListener;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginLoaderTest {

    @TempDir
    static Path work;
    static Path classes;

    @TempDir
    Path plugins;

    private final PluginLoader loader = new PluginLoader(PluginLoaderTest.class.getClassLoader());

    @BeforeAll
    static void compileFixtures() throws Exception {
        classes = FixturePlugins.compileAll(work);
    }

    private static String problems(PluginCatalog catalog) {
        return catalog.problems().stream().map(PluginProblem::line).collect(Collectors.joining("\n"));
    }

    private static List<String> ids(PluginCatalog catalog) {
        return catalog.reports().stream().map(InstalledReport::id).toList();
    }

    @Test
    void findsTheCsvPluginOnTheClassPath() {
        try (PluginCatalog catalog = loader.load(plugins)) {
            assertEquals(List.of("invoices", "benefits-maps", "benefits-laps", "redemptions", "renewals-due", "invoice-pdf"), ids(catalog));
            assertEquals(List.of(), catalog.problems());
            InstalledReport invoices = catalog.find("invoices").orElseThrow();
            assertEquals("csv", invoices.plugin());
            assertEquals(PluginLoader.CLASS_PATH, invoices.origin());
            assertEquals(List.of("csv"), invoices.formats());
        }
    }

    @Test
    void aMissingPluginsFolderIsNotAProblem() {
        try (PluginCatalog catalog = loader.load(plugins.resolve("absent"))) {
            assertEquals(6, catalog.reports().size(), "five CSV reports and invoice-pdf");
            assertEquals(List.of(), catalog.problems());
        }
    }

    @Test
    void aBrokenJarBesideAGoodOneIsReportedByNameAndTheGoodOneLoads() throws Exception {
        FixturePlugins.jar(classes, FixturePlugins.GOOD, plugins.resolve("good.jar"));
        FixturePlugins.notAJar(plugins.resolve("broken.jar"));

        try (PluginCatalog catalog = loader.load(plugins)) {
            assertTrue(ids(catalog).contains("invoice-numbers"), ids(catalog).toString());
            InstalledReport good = catalog.find("invoice-numbers").orElseThrow();
            assertEquals("good-plugin", good.plugin());
            assertEquals("good.jar", good.origin());
            assertEquals(1, catalog.problems().size(), problems(catalog));
            PluginProblem problem = catalog.problems().get(0);
            assertEquals("broken.jar", problem.source());
            assertTrue(problem.message().startsWith("is not a valid jar file"), problem.message());
        }
    }

    @Test
    void theGoodPluginRunsFromItsOwnClassLoader() throws Exception {
        FixturePlugins.jar(classes, FixturePlugins.GOOD, plugins.resolve("good.jar"));
        try (PluginCatalog catalog = loader.load(plugins)) {
            InstalledReport good = catalog.find("invoice-numbers").orElseThrow();
            assertTrue(good.type().getClass().getClassLoader().getName().contains("good.jar"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            good.type().run(new ReportRequest("txt", new ReportData.Filter("101", null, null, null)),
                    new GeneratedData(20), out, ProgressListener.NONE);
            assertEquals("INV-000001\nINV-000008\nINV-000015\n", out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void pluginsWhoseBytecodeEndsTheProcessAreRefusedUnloadedAndTheGoodOneRuns() throws Exception {
        // Were either loaded, its constructor or reportTypes() would end this JVM and fail the build.
        FixturePlugins.jar(classes, FixturePlugins.EXITS_IN_CONSTRUCTOR, plugins.resolve("a-exits.jar"));
        FixturePlugins.jar(classes, FixturePlugins.HALTS_IN_TYPES, plugins.resolve("b-halts.jar"));
        FixturePlugins.jar(classes, FixturePlugins.GOOD, plugins.resolve("c-good.jar"));

        try (PluginCatalog catalog = loader.load(plugins)) {
            assertEquals(List.of("plugin a-exits.jar (fixture.exits.Plugin): refused: fixture.exits.Plugin.<init> calls"
                            + " System.exit, which would end the app and every session in it; a plugin must fail by"
                            + " throwing an exception, never end the process",
                    "plugin b-halts.jar (fixture.halts.Plugin): refused: fixture.halts.Plugin.reportTypes calls"
                            + " Runtime.halt, which would end the app and every session in it; a plugin must fail by"
                            + " throwing an exception, never end the process"),
                    catalog.problems().stream().map(PluginProblem::line).toList());
            assertFalse(ids(catalog).contains("exits-report"));
            assertFalse(ids(catalog).contains("halts-report"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            catalog.find("invoice-numbers").orElseThrow().type().run(new ReportRequest("txt",
                    new ReportData.Filter("101", null, null, null)), new GeneratedData(8), out, ProgressListener.NONE);
            assertEquals("INV-000001\nINV-000008\n", out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void pluginsThatThrowAreReportedByNameAndTheOthersLoad() throws Exception {
        FixturePlugins.jar(classes, FixturePlugins.THROWS_IN_CONSTRUCTOR, plugins.resolve("a-ctor.jar"));
        FixturePlugins.jar(classes, FixturePlugins.THROWS_IN_TYPES, plugins.resolve("b-types.jar"));
        FixturePlugins.jar(classes, FixturePlugins.GOOD, plugins.resolve("c-good.jar"));

        try (PluginCatalog catalog = loader.load(plugins)) {
            assertTrue(ids(catalog).contains("invoice-numbers"));
            assertFalse(ids(catalog).contains("ctor-report"));
            assertFalse(ids(catalog).contains("types-report"));
            assertEquals(2, catalog.problems().size(), problems(catalog));
            PluginProblem ctor = catalog.problems().get(0);
            assertTrue(ctor.source().startsWith("a-ctor.jar"), ctor.line());
            assertTrue(ctor.message().contains("cannot start"), ctor.line());
            PluginProblem types = catalog.problems().get(1);
            assertEquals("b-types.jar (types-plugin)", types.source());
            assertTrue(types.message().contains("no types today"), types.line());
        }
    }

    @Test
    void aPluginBuiltForAnotherMajorSpiVersionIsRefusedByName() throws Exception {
        FixturePlugins.jar(classes, FixturePlugins.FUTURE_MAJOR, plugins.resolve("future.jar"));
        FixturePlugins.jar(classes, FixturePlugins.NEWER_MINOR, plugins.resolve("newer.jar"));
        FixturePlugins.jar(classes, FixturePlugins.GOOD, plugins.resolve("good.jar"));

        try (PluginCatalog catalog = loader.load(plugins)) {
            assertFalse(ids(catalog).contains("future-report"));
            assertFalse(ids(catalog).contains("newer-report"));
            assertTrue(ids(catalog).contains("invoice-numbers"));
            String all = problems(catalog);
            assertEquals(2, catalog.problems().size(), all);
            assertTrue(all.contains("plugin future.jar (future-plugin): refused: plugin 'future-plugin' was built for"
                    + " report SPI 2.0 but this app has SPI " + com.actionpack.reports.spi.ReportPlugin.SPI_VERSION), all);
            assertTrue(all.contains("plugin newer.jar (newer-plugin): refused: plugin 'newer-plugin' was built for"
                    + " report SPI 1.9, newer than this app's " + com.actionpack.reports.spi.ReportPlugin.SPI_VERSION), all);
        }
    }

    @Test
    void aJarWithoutAServicesFileOrWithAMissingClassIsReported() throws Exception {
        PluginJars.jar(plugins.resolve("no-services.jar"), classes, List.of("fixture/good/"), null);
        PluginJars.jar(plugins.resolve("missing-class.jar"), classes, List.of("fixture/good/"),
                "fixture.nothere.Plugin\n");

        try (PluginCatalog catalog = loader.load(plugins)) {
            assertEquals(6, catalog.reports().size(), "five CSV reports and invoice-pdf");
            String all = problems(catalog);
            assertEquals(2, catalog.problems().size(), all);
            assertTrue(all.contains("plugin missing-class.jar: a plugin class cannot be loaded:"), all);
            assertTrue(all.contains("fixture.nothere.Plugin"), all);
            assertTrue(all.contains("plugin no-services.jar: holds no report plugin: add META-INF/services/"
                    + "com.actionpack.reports.spi.ReportPlugin"), all);
        }
    }

    @Test
    void aDuplicateReportIdKeepsTheFirstAndSaysSo() throws Exception {
        FixturePlugins.jar(classes, FixturePlugins.DUPLICATE_ID, plugins.resolve("dup.jar"));

        try (PluginCatalog catalog = loader.load(plugins)) {
            assertEquals("csv", catalog.find("invoices").orElseThrow().plugin());
            assertEquals(1, catalog.problems().size());
            assertEquals("plugin dup.jar (dup-plugin): report 'invoices' ignored: plugin 'csv' (class path)"
                    + " already offers that id", catalog.problems().get(0).line());
        }
    }

    @Test
    void aPluginsPathThatIsAFileIsReported() throws Exception {
        Path file = Files.writeString(plugins.resolve("plugins.txt"), "x");
        try (PluginCatalog catalog = loader.load(file)) {
            assertEquals(6, catalog.reports().size(), "five CSV reports and invoice-pdf");
            assertEquals(1, catalog.problems().size());
            assertTrue(catalog.problems().get(0).message().contains("not a folder"));
        }
    }

    @Test
    void jarNamesWithControlCharactersArePrintedEscaped() throws Exception {
        FixturePlugins.notAJar(plugins.resolve("evil\u001b[2J.jar"));
        try (PluginCatalog catalog = loader.load(plugins)) {
            String line = catalog.problems().get(0).line();
            assertFalse(line.contains("\u001b"), line);
            assertTrue(line.contains("evil^[[2J.jar"), line);
        }
    }
}
