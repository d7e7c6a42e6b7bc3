package com.actionpack.tui.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small plugins compiled with javac in the test, each in its own package, to be jarred alone:
 * a good one and several broken in different ways.
 */
public final class FixturePlugins {

    /** What varies between fixture plugins. */
    public record Spec(String pkg, String name, String version, String reportId, String constructorBody,
                String reportTypesPrefix, int failAtRow) {
    }

    public static final Spec GOOD = new Spec("good", "good-plugin", "SPI_VERSION", "invoice-numbers", "", "", -1);
    static final Spec THROWS_IN_CONSTRUCTOR = new Spec("ctor", "ctor-plugin", "SPI_VERSION", "ctor-report",
            "if (true) throw new IllegalStateException(\"cannot start\");", "", -1);
    static final Spec THROWS_IN_TYPES = new Spec("types", "types-plugin", "SPI_VERSION", "types-report", "",
            "if (true) throw new UnsupportedOperationException(\"no types today\");", -1);
    public static final Spec FUTURE_MAJOR = new Spec("future", "future-plugin", "\"2.0\"", "future-report", "", "", -1);
    static final Spec NEWER_MINOR = new Spec("newer", "newer-plugin", "\"1.9\"", "newer-report", "", "", -1);
    static final Spec DUPLICATE_ID = new Spec("dup", "dup-plugin", "SPI_VERSION", "invoices", "", "", -1);
    public static final Spec FAILS_MID_RUN = new Spec("midrun", "midrun-plugin", "SPI_VERSION", "midrun", "", "", 3);

    /** Ends the process the moment it is constructed: loading it at all would end the test JVM. */
    static final Spec EXITS_IN_CONSTRUCTOR = new Spec("exits", "exits-plugin", "SPI_VERSION", "exits-report",
            "if (true) System.exit(3);", "", -1);
    /** Halts the process when asked for its report types. */
    static final Spec HALTS_IN_TYPES = new Spec("halts", "halts-plugin", "SPI_VERSION", "halts-report", "",
            "if (true) Runtime.getRuntime().halt(4);", -1);

    static final List<Spec> ALL = List.of(GOOD, THROWS_IN_CONSTRUCTOR, THROWS_IN_TYPES, FUTURE_MAJOR, NEWER_MINOR,
            DUPLICATE_ID, FAILS_MID_RUN, EXITS_IN_CONSTRUCTOR, HALTS_IN_TYPES);

    private FixturePlugins() {
    }

    /** Compiles every fixture once; jar them with {@link #jar}. */
    public static Path compileAll(Path work) throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Spec spec : ALL) {
            sources.put("fixture." + spec.pkg() + ".Plugin", source(spec));
        }
        return PluginJars.compile(work, sources);
    }

    public static Path jar(Path classes, Spec spec, Path jar) throws IOException {
        return PluginJars.jar(jar, classes, List.of("fixture/" + spec.pkg() + "/"),
                "# a comment, as authors write them\nfixture." + spec.pkg() + ".Plugin\n");
    }

    /**
     * A jar with report {@code sleepy}: it sleeps 50 s before it reads anything, as a slow query
     * of its own would, knowing nothing of cancellation (an SPI 1.0 plugin).
     */
    public static Path sleepingJar(Path work, Path jar) throws IOException {
        String source = """
                package fixture.sleepy;

                import com.actionpack.reports.spi.*;
                import java.io.*;
                import java.util.List;

                public final class Plugin implements ReportPlugin {
                    @Override public String name() { return "sleepy-plugin"; }
                    @Override public String spiVersion() { return "1.0"; }
                    @Override public List<ReportType> reportTypes() { return List.of(new ReportType() {
                        @Override public String id() { return "sleepy"; }
                        @Override public String title() { return "Takes 50 s"; }
                        @Override public String description() { return "Sleeps, then writes."; }
                        @Override public List<String> formats() { return List.of("txt"); }
                        @Override public void run(ReportRequest request, ReportData data, OutputStream out,
                                                  ProgressListener progress) throws IOException {
                            out.write("partial\\n".getBytes());
                            try {
                                Thread.sleep(50_000);
                            } catch (InterruptedException e) {
                                throw new IOException("interrupted", e);
                            }
                            data.invoices(request.filter(), row -> out.write(row.number().getBytes()));
                        }
                    }); }
                }
                """;
        Path classes = PluginJars.compile(work, Map.of("fixture.sleepy.Plugin", source));
        return PluginJars.jar(jar, classes, List.of("fixture/sleepy/"), "fixture.sleepy.Plugin\n");
    }

    public static Path notAJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        return Files.write(jar, "this is not a zip file".getBytes());
    }

    private static String source(Spec s) {
        return """
                package fixture.%1$s;

                import com.actionpack.reports.spi.*;
                import java.io.IOException;
                import java.io.OutputStream;
                import java.nio.charset.StandardCharsets;
                import java.util.List;

                public final class Plugin implements ReportPlugin {
                    public Plugin() { %5$s }
                    @Override public String name() { return "%2$s"; }
                    @Override public String spiVersion() { return %3$s; }
                    @Override public List<ReportType> reportTypes() { %6$s return List.of(new Type()); }

                    static final class Type implements ReportType {
                        @Override public String id() { return "%4$s"; }
                        @Override public String title() { return "Invoice numbers from %2$s"; }
                        @Override public String description() { return "One invoice number per line."; }
                        @Override public List<String> formats() { return List.of("txt"); }
                        @Override public List<String> filters() { return List.of(ACCOUNT); }
                        @Override public void run(ReportRequest request, ReportData data, OutputStream out,
                                                  ProgressListener progress) throws IOException {
                            long[] rows = {0};
                            data.invoices(request.filter(), row -> {
                                out.write((row.number() + "\\n").getBytes(StandardCharsets.UTF_8));
                                if (++rows[0] == %7$d) {
                                    throw new IllegalStateException("plugin bug at row " + rows[0]);
                                }
                            });
                        }
                    }
                }
                """.formatted(s.pkg(), s.name(), s.version(), s.reportId(), s.constructorBody(),
                s.reportTypesPrefix(), s.failAtRow());
    }
}
