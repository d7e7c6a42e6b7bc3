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

        List<String> serve = launch("serve", "--port", "0");
        assertTrue(serve.stream().noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel") || o.startsWith("-Xmn")),
                serve.toString());
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
