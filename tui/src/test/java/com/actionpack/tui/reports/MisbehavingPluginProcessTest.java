package com.actionpack.tui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.tui.app.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code main} in a child JVM (the guards are process-wide: System.out, a shutdown
 * hook) with plugins that misbehave: one prints to System.out and System.err while writing to
 * {@code --out -}, one calls System.exit (by reflection: a direct call is refused at load time,
 * {@code PluginLoaderTest}) half way through a file.
 */
class MisbehavingPluginProcessTest {

    private static final String PLUGIN = """
            package rogue;

            import com.actionpack.reports.spi.*;
            import java.io.*;
            import java.nio.charset.StandardCharsets;
            import java.util.List;

            public final class RoguePlugin implements ReportPlugin {
                public String name() { return "rogue-plugin"; }
                public String spiVersion() { return SPI_VERSION; }
                public List<ReportType> reportTypes() { return List.of(new Rogue("prints"), new Rogue("exits"), new Rogue("fails")); }

                static final class Rogue implements ReportType {
                    private final String id;
                    Rogue(String id) { this.id = id; }
                    public String id() { return id; }
                    public String title() { return id; }
                    public String description() { return id; }
                    public List<String> formats() { return List.of("txt"); }
                    public void run(ReportRequest request, ReportData data, OutputStream out, ProgressListener p,
                                    ReportContext context) throws IOException {
                        System.out.println("stray print from the plugin");
                        System.err.println("stray error from the plugin");
                        out.write("report line\\n".getBytes(StandardCharsets.UTF_8));
                        out.flush();
                        if (id.equals("exits")) {
                            // By reflection, which the load-time check cannot see (a direct call is refused).
                            try {
                                Class.forName("java.lang." + "System").getMethod("ex" + "it", int.class).invoke(null, 7);
                            } catch (ReflectiveOperationException e) {
                                throw new IOException(e);
                            }
                        }
                        if (id.equals("fails")) {
                            byte[] line = new byte[1000];
                            java.util.Arrays.fill(line, (byte) 'x');
                            for (int i = 0; i < 100; i++) {
                                out.write(line);
                            }
                            throw new IllegalStateException("rogue failure after 100 kB");
                        }
                    }
                }
            }
            """;

    /** Calls System.exit in plain bytecode: refused at load time, so it never runs. */
    private static final String DIRECT_EXIT = """
            package direct;

            import com.actionpack.reports.spi.*;
            import java.util.List;

            public final class ExitPlugin implements ReportPlugin {
                public String name() { return "direct-exit"; }
                public String spiVersion() { return SPI_VERSION; }
                public List<ReportType> reportTypes() { System.exit(9); return List.of(); }
            }
            """;

    @TempDir
    Path dir;

    private Path plugins;

    private Process run(String... args) throws Exception {
        if (plugins == null) {
            Path classes = PluginJars.compile(dir.resolve("build"), Map.of("rogue.RoguePlugin", PLUGIN));
            plugins = dir.resolve("plugins");
            PluginJars.jar(plugins.resolve("rogue.jar"), classes, List.of("rogue/"), "rogue.RoguePlugin\n");
            Path direct = PluginJars.compile(dir.resolve("build-direct"), Map.of("direct.ExitPlugin", DIRECT_EXIT));
            PluginJars.jar(plugins.resolve("direct-exit.jar"), direct, List.of("direct/"), "direct.ExitPlugin\n");
        }
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dactionpack.warmup=false",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--db", dir.resolve("app.db").toString(), "--plugins", plugins.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile());
        builder.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        builder.environment().put("HOME", dir.toString());
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the app did not end");
        return process;
    }

    private String file(String name) throws Exception {
        Path path = dir.resolve(name);
        return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
    }

    private String log() throws Exception {
        return file("data/actionpack/actionpack.log");
    }

    @Test
    @DisplayName("a plugin's prints go to the log, never into the report on standard output")
    void straysStayOutOfTheReportStream() throws Exception {
        Process process = run("report", "run", "prints", "--out", "-");

        assertEquals(0, process.exitValue(), file("stderr"));
        assertEquals("report line\n", file("stdout"));
        assertEquals("", file("stderr"));
        assertTrue(log().contains("stdout: stray print from the plugin"), log());
        assertTrue(log().contains("stray error from the plugin"), log());
    }

    @Test
    @DisplayName("a plugin's System.exit by reflection leaves no .part file, and the log names the plugin")
    void exitLeavesNoPartFile() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Process process = run("report", "run", "exits", "--out", out.resolve("r.txt").toString());

        assertEquals(7, process.exitValue(), "the plugin's own exit status");
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.toList(), "neither the report nor its .part file");
        }
        assertTrue(log().contains("report exits of plugin 'rogue-plugin' (rogue.jar) was running"), log());
        assertTrue(log().contains("removed " + out.toRealPath()), log());
        assertFalse(file("stdout").contains("stray"), file("stdout"));
    }

    @Test
    @DisplayName("a plugin calling System.exit directly is refused in one line on stderr and in the log; the rest run")
    void directExitIsRefusedAndTheOthersRun() throws Exception {
        Process process = run("report", "list");

        assertEquals(0, process.exitValue(), file("stderr"));
        String refusal = "plugin direct-exit.jar (direct.ExitPlugin): refused: direct.ExitPlugin.reportTypes calls"
                + " System.exit, which would end the app and every session in it; a plugin must fail by throwing an"
                + " exception, never end the process";
        assertEquals("actionpack: warning: " + refusal + "\n", file("stderr"));
        assertTrue(file("stdout").lines().anyMatch(line -> line.startsWith("prints ")), file("stdout"));
        assertEquals(1, log().lines().filter(line -> line.endsWith(refusal)).count(), log());

        Process report = run("report", "run", "prints", "--out", "-");
        assertEquals(0, report.exitValue(), file("stderr"));
        assertEquals("report line\n", file("stdout"));
    }

    @Test
    @DisplayName("a failure after bytes reached --out - says so in one line; the log has the stack trace")
    void failureAfterBytesSaysSo() throws Exception {
        Process process = run("report", "run", "fails", "--out", "-");

        assertEquals(5, process.exitValue());
        String err = file("stderr");
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains("report fails failed in plugin 'rogue-plugin' (rogue.jar):"
                + " rogue failure after 100 kB; "), err);
        assertTrue(err.contains(" bytes of it had already reached standard output: discard them"), err);
        assertFalse(err.contains("nothing was written"), err);
        assertTrue(file("stdout").startsWith("report line\nxxx"), "the bytes that did go out");
        assertTrue(log().contains("java.lang.IllegalStateException: rogue failure after 100 kB"), log());
        assertTrue(log().contains("rogue.RoguePlugin$Rogue.run(RoguePlugin.java:"), log());
    }
}
