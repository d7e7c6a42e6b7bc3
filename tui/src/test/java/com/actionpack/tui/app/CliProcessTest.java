package com.actionpack.tui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.demo.BulkGenerator;
import com.actionpack.persistence.demo.DemoData;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code actionpack} process (its {@code Main}, on the test class path) against real
 * files and streams: a full disk and a closed pipe on standard output, SIGTERM in the middle of
 * an export, a bad --account. Each asserts the exit code and the one line on stderr.
 */
class CliProcessTest {

    @TempDir
    static Path home;

    private static Path db;

    /** A demo database with enough invoices (20,000) that an export outgrows a pipe's buffer. */
    @BeforeAll
    static void bigDatabase() {
        db = home.resolve("big.db");
        Database database = Database.open(db, Clock.systemUTC());
        new DemoData(database).create();
        new BulkGenerator(database, line -> { }).generate(200, 20_000);
    }

    record Run(int code, String out, String err) {
    }

    static ProcessBuilder actionpack(List<String> jvm, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Dactionpack.warmup=false"));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("ACTIONPACK_DB");
        return builder;
    }

    static Run run(ProcessBuilder builder) throws Exception {
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        if (builder.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
            builder.redirectOutput(out.toFile());
        }
        Process process = builder.redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the process ended");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void assertOneLine(Run run, String starts) {
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith(starts), run.err());
        assertFalse(lines.get(0).matches(".*[A-Z][a-zA-Z]+(Exception|Error)\\b.*"), "no Java class name: " + run.err());
    }

    @Test
    @DisplayName("report run --out - into /dev/full: exit 3, one line, not exit 0 with nothing written")
    void reportIntoAFullDevice() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full on this system");
        Run run = run(actionpack(List.of(), "report", "run", "invoices", "--out", "-", "--db", db.toString())
                .redirectOutput(new File("/dev/full")));
        assertEquals(3, run.code(), run.err());
        assertOneLine(run, "actionpack: ");
        assertTrue(run.err().contains("standard output"), run.err());
    }

    @Test
    @DisplayName("report list into /dev/full: exit 3 with one line")
    void listIntoAFullDevice() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full on this system");
        Run run = run(actionpack(List.of(), "report", "list").redirectOutput(new File("/dev/full")));
        assertEquals(3, run.code(), run.err());
        assertOneLine(run, "actionpack: cannot write to standard output: No space left on device");
    }

    @Test
    @DisplayName("report run --out - into a pipe whose reader is gone (| head): quiet, status 141")
    void closedPipeEndsQuietly() throws Exception {
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process = actionpack(List.of(), "report", "run", "invoices", "--out", "-", "--db", db.toString())
                .redirectError(err.toFile()).start();
        // Read a little, as head does, then close the reading end.
        byte[] first = process.getInputStream().readNBytes(100);
        assertEquals(100, first.length);
        process.getInputStream().close();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(141, process.exitValue(), Files.readString(err));
        assertEquals("", Files.readString(err), "nothing to say about a closed pipe");
    }

    @Test
    @DisplayName("SIGTERM in the middle of an export leaves no .part file and no target")
    void sigtermMidExportLeavesNoPart() throws Exception {
        Path folder = Files.createDirectories(home.resolve("exports"));
        Path target = folder.resolve("invoices.csv");
        for (int attempt = 0; attempt < 3; attempt++) {
            Process process = actionpack(List.of(), "report", "run", "invoices", "--out", target.toString(),
                    "--db", db.toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean caught = false;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (process.isAlive() && System.nanoTime() < until) {
                if (parts(folder).findAny().isPresent()) {
                    process.destroy(); // SIGTERM
                    caught = true;
                    break;
                }
                Thread.sleep(2);
            }
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            if (caught) {
                assertEquals(List.of(), parts(folder).toList(), "the .part file is removed on SIGTERM");
                assertFalse(Files.exists(target), "no half-written target");
                return;
            }
            Files.deleteIfExists(target);
        }
        throw new AssertionError("the export never showed a .part file long enough to send SIGTERM");
    }

    @Test
    @DisplayName(".part files of a dead run beside the target are removed when the next run starts")
    void staleParts() throws Exception {
        Path folder = Files.createDirectories(home.resolve("stale"));
        Path stale = Files.writeString(folder.resolve(".r.csv.2147483646.123.part"), "half");
        Path other = Files.writeString(folder.resolve(".other.csv.2147483646.123.part"), "not ours");
        Run run = run(actionpack(List.of(), "report", "run", "benefits-maps", "--out", folder.resolve("r.csv").toString(),
                "--db", db.toString(), "-q"));
        assertEquals(0, run.code(), run.err());
        assertFalse(Files.exists(stale), "a dead run's leftover is removed");
        assertTrue(Files.exists(other), "another target's file is left alone");
    }

    @Test
    @DisplayName("R18: --account that is not a number, or names no account: exit 2 and one line")
    void badAccount() throws Exception {
        Run abc = run(actionpack(List.of(), "report", "run", "invoices", "--out", "-", "--account", "abc",
                "--db", db.toString()));
        assertEquals(2, abc.code(), abc.err());
        assertOneLine(abc, "actionpack: --account 'abc' is not an account id");
        Run none = run(actionpack(List.of(), "report", "run", "invoices", "--out", "-", "--account", "9999999",
                "--db", db.toString()));
        assertEquals(2, none.code(), none.err());
        assertOneLine(none, "actionpack: --account 9999999 names no account");
        assertEquals("", none.out());
    }

    @Test
    @DisplayName("sqlite-jdbc's library is extracted into the app's cache: a missing temp folder does not matter")
    void nativeLibraryIgnoresTheTempFolder() throws Exception {
        Run run = run(actionpack(List.of("-Djava.io.tmpdir=/nonexistent/tmp"), "report", "run", "benefits-maps",
                "--out", "-", "--db", db.toString()));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("category,benefit_name"), run.out());
        // With the temp folder missing, the library could only have come from the app's cache
        // (sqlite-jdbc deletes its extracted copy when the process exits, so nothing is left to list).
        assertTrue(Files.isDirectory(home.resolve("cache/actionpack")), "the cache folder was made");
    }

    @Test
    @DisplayName("A native library that cannot be loaded: exit 3, one line naming the folder and the setting")
    void nativeLibraryThatCannotLoad() throws Exception {
        // A noexec mount needs root and a mount namespace; a cache folder that cannot be created
        // fails the same way (the library cannot be extracted), everywhere.
        Path notAFolder = Files.writeString(home.resolve("plain-file"), "x");
        ProcessBuilder builder = actionpack(List.of(), "report", "run", "benefits-maps", "--out", "-",
                "--db", db.toString());
        builder.environment().put("XDG_CACHE_HOME", notAFolder.toString());
        Run run = run(builder);
        assertEquals(3, run.code(), run.err());
        assertOneLine(run, "actionpack: The SQLite library cannot be loaded from " + notAFolder.resolve("actionpack"));
        assertTrue(run.err().contains("org.sqlite.tmpdir"), run.err());
    }

    @Test
    @DisplayName("demo streams in batches: 60,000 invoices of 10 accounts in a 48 MB heap (200,000 in 128 MB: e2e)")
    void demoInASmallHeap() throws Exception {
        // Before, each chunk of accounts held all its invoices' bind values at once: 6,000 an
        // account here. The 200,000-invoice run under -Xmx128m is tui/src/test/e2e/demo-scale.sh.
        Path file = home.resolve("scale.db");
        Run run = run(actionpack(List.of("-Xmx48m"), "demo", "--accounts", "10", "--invoices", "60000",
                "--db", file.toString()));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Generated 10 accounts and 60,000 invoices"), run.out());
        assertEquals("", run.err());
    }

    private static Stream<Path> parts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList().stream();
        }
    }
}
