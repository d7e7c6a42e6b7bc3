package com.actionpack.tui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the JVM options {@code bin/actionpack} starts each command with. The real script
 * runs; the JVM it execs is a stand-in ({@code JAVA_HOME/bin/java} printing its arguments), the
 * one edge a unit test cannot start for real (the jar and its archives exist only after
 * {@code mvn package}; ExportBench and startup-bench.sh measure the real ones).
 */
class LauncherOptionsTest {

    @TempDir
    Path dir;

    @Test
    void reportCommandsStartWithTheExportsArchiveAndASmallYoungGeneration() throws Exception {
        Files.createFile(dir.resolve("actionpack.jsa"));
        Files.createFile(dir.resolve("actionpack-report.jsa"));
        List<String> report = launch("--db", "x.db", "report", "run", "invoices", "--out", "x.csv");
        assertTrue(report.contains("-XX:SharedArchiveFile=" + dir.resolve("actionpack-report.jsa")), report.toString());
        assertTrue(report.containsAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn8m")), report.toString());
        assertEquals(List.of("--db", "x.db", "report", "run", "invoices", "--out", "x.csv"), afterJar(report));

        // The option values that look like a command name are skipped: --db report is a database.
        List<String> console = launch("--db", "report", "--user", "report");
        assertTrue(console.contains("-XX:SharedArchiveFile=" + dir.resolve("actionpack.jsa")), console.toString());
        assertTrue(console.containsAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")), console.toString());
        assertTrue(console.stream().noneMatch(o -> o.startsWith("-Xmn")), console.toString());

        // Every root option that takes a value (ActionPackCommand's), in its two spellings.
        List<String> withKey = launch("--ledger-key", "k", "--plugins", "p", "--as-of", "2026-01-01",
                "--db=x.db", "report", "list");
        assertTrue(withKey.contains("-XX:SharedArchiveFile=" + dir.resolve("actionpack-report.jsa")), withKey.toString());

        List<String> serve = launch("serve", "--port", "0");
        assertTrue(serve.stream().noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel") || o.startsWith("-Xmn")),
                serve.toString());
    }

    @Test
    void aYoungGenerationTheUserSetsWins() throws Exception {
        for (String user : List.of("-Xmn16m", "-XX:NewSize=4m", "-XX:NewRatio=3")) {
            List<String> report = launchWith(user, "report", "run", "invoices", "--out", "x.csv");
            assertTrue(report.stream().noneMatch(o -> o.equals("-Xmn8m")), user + ": " + report);
            assertTrue(report.contains("-XX:TieredStopAtLevel=1"), report.toString());
        }
    }

    @Test
    void serveGetsTheSerialCollectorAndACappedHeapWithEveryJitTier() throws Exception {
        List<String> serve = launch("--db", "x.db", "serve", "--listen", "127.0.0.1:0");
        assertTrue(serve.containsAll(List.of("-XX:+UseSerialGC", "-Xmx96m")), serve.toString());
        assertEquals(List.of("--db", "x.db", "serve", "--listen", "127.0.0.1:0"), afterJar(serve));
        List<String> console = launch("--user", "serve");
        assertTrue(console.stream().noneMatch(o -> o.startsWith("-Xmx")), "the value of --user is no command: " + console);
    }

    @Test
    void anOptionOfTheSameKindInJdkJavaOptionsReplacesTheLaunchersOwn() throws Exception {
        // The JVM reads JDK_JAVA_OPTIONS first: a second collector stops it, a later -Xmx wins silently.
        List<String> serve = launchWith("-XX:+UseG1GC -Xmx256m", "serve");
        assertTrue(serve.stream().noneMatch(o -> o.matches("-XX:\\+Use.*GC|-Xmx.*")), serve.toString());
        List<String> report = launchWith("-XX:+UseParallelGC -XX:TieredStopAtLevel=4", "report", "list");
        assertTrue(report.stream().noneMatch(o -> o.matches("-XX:\\+Use.*GC|-XX:TieredStopAtLevel=.*")), report.toString());
        List<String> heapByShare = launchWith("-XX:MaxRAMPercentage=50", "serve");
        assertTrue(heapByShare.contains("-XX:+UseSerialGC") && !heapByShare.contains("-Xmx96m"), heapByShare.toString());
    }

    @Test
    void withoutTheExportsArchiveAReportStartsWithoutOne() throws Exception {
        Files.createFile(dir.resolve("actionpack.jsa"));
        List<String> report = launch("report", "list");
        assertTrue(report.stream().noneMatch(o -> o.startsWith("-XX:SharedArchiveFile")), report.toString());
        assertEquals(List.of("report", "list"), afterJar(report));
    }

    /** The arguments the script gave the JVM, one per line as the stand-in printed them. */
    private List<String> launch(String... args) throws IOException, InterruptedException {
        return launchWith("", args);
    }

    /** {@link #launch} with the user's {@code JDK_JAVA_OPTIONS}. */
    private List<String> launchWith(String jdkJavaOptions, String... args) throws IOException, InterruptedException {
        Path javaHome = dir.resolve("jdk");
        Path java = javaHome.resolve("bin").resolve("java");
        if (!Files.exists(java)) {
            Files.createDirectories(java.getParent());
            Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path jar = dir.resolve("actionpack.jar");
        if (!Files.exists(jar)) {
            Files.createFile(jar);
        }
        List<String> command = new ArrayList<>(List.of(script().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("ACTIONPACK_JAR", jar.toString());
        builder.environment().put("JDK_JAVA_OPTIONS", jdkJavaOptions);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        return out.lines().toList();
    }

    private List<String> afterJar(List<String> arguments) {
        int jar = arguments.indexOf("-jar");
        assertEquals(dir.resolve("actionpack.jar").toString(), arguments.get(jar + 1));
        return arguments.subList(jar + 2, arguments.size());
    }

    /** bin/actionpack of this checkout (the tests run in the tui module's folder). */
    private static Path script() {
        Path fromModule = Path.of("..", "bin", "actionpack");
        return (Files.exists(fromModule) ? fromModule : Path.of("bin", "actionpack")).toAbsolutePath().normalize();
    }
}
