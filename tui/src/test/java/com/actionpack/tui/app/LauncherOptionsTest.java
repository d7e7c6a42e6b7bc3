package com.actionpack.tui.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JVM options bin/actionpack gives each command (issue 15), read from the command line it
 * hands to a stand-in `java` that prints its arguments. The user's JDK_JAVA_OPTIONS, which the
 * JVM reads before the command line, must not be overridden by an option of the same kind.
 */
class LauncherOptionsTest {

    private static final Path SCRIPT = Path.of("..", "bin", "actionpack").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private List<String> javaArguments(String userOptions, String... args) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Files.writeString(dir.resolve("actionpack.jar"), "");
        ProcessBuilder builder = new ProcessBuilder("sh", SCRIPT.toString());
        builder.command().addAll(List.of(args));
        builder.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        builder.environment().put("ACTIONPACK_JAR", jar.toString());
        builder.environment().put("JDK_JAVA_OPTIONS", userOptions);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        List<String> lines = out.lines().toList();
        return lines.subList(0, lines.indexOf("-jar"));
    }

    @Test
    void serveGetsTheSerialCollectorAndACappedHeapWithEveryJitTier() throws Exception {
        List<String> options = javaArguments("", "--db", "x.db", "serve", "--listen", "127.0.0.1:0");
        assertTrue(options.containsAll(List.of("-XX:+UseSerialGC", "-Xmx96m")), options::toString);
        assertFalse(options.stream().anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel")), options::toString);
    }

    @Test
    void theConsoleGetsTheFirstJitTierAndTheSerialCollector() throws Exception {
        List<String> options = javaArguments("", "--user", "serve@example.com");
        assertTrue(options.containsAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")), options::toString);
        assertFalse(options.contains("-Xmx96m"), "the value of --user is no command: " + options);
    }

    @Test
    void anOptionOfTheSameKindInJdkJavaOptionsReplacesTheLaunchersOwn() throws Exception {
        // Two collectors stop the JVM; a later -Xmx would silently win over the user's.
        List<String> serve = javaArguments("-XX:+UseG1GC -Xmx256m", "serve");
        assertFalse(serve.stream().anyMatch(o -> o.matches("-XX:\\+Use.*GC|-Xmx.*")), serve::toString);
        List<String> report = javaArguments("-XX:+UseParallelGC -XX:TieredStopAtLevel=4", "report");
        assertFalse(report.stream().anyMatch(o -> o.matches("-XX:\\+Use.*GC|-XX:TieredStopAtLevel=.*")), report::toString);
        List<String> heapByShare = javaArguments("-XX:MaxRAMPercentage=50", "serve");
        assertTrue(heapByShare.contains("-XX:+UseSerialGC") && !heapByShare.contains("-Xmx96m"), heapByShare::toString);
    }
}
