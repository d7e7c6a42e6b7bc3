package com.actionpack.tui.app;

import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.db.DatabaseOptions;
import com.actionpack.persistence.ledger.LedgerKeyFile;
import com.actionpack.persistence.demo.DemoData;
import com.actionpack.tui.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code actionpack audit verify [--db]} as cron runs it: one line, and the exit code says it (R23). */
class AuditVerifyCommandTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-30T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path db;

    @BeforeEach
    void demo() {
        db = dir.resolve("demo.db");
        new DemoData(open()).create();
    }

    /** The database as the command opens it: sealed with the data directory's ledger key (R23). */
    private Database open() {
        return Database.open(db, Clock.systemUTC(), DatabaseOptions.defaults().withLedgerKey(keyFile()));
    }

    private LedgerKeyFile keyFile() {
        return new LedgerKeyFile(dir.resolve("data").resolve(LedgerKeyFile.FILE_NAME));
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        Application application = new Application(data, Map.of());
        Cli cli = new Cli(options -> 0, error -> "logged", new PrintWriter(out, true), new PrintWriter(err, true));
        cli.with(new AuditCommand(application, cli::rootOptions, NOW));
        return cli.execute(args);
    }

    @Test
    @DisplayName("R23: ok and the row counts on a fresh demo (exit 0); the check is shown in the Audit workspace")
    void okOnAFreshDemo() {
        assertEquals(0, run("audit", "verify", "--db", db.toString()), err::toString);
        assertTrue(out.toString().matches("ok: 1 invoices and credit notes, 1 redemptions, \\d+ audit entries\\R"),
                out::toString);
        assertEquals("", err.toString());
        var last = open().ledgers().last().orElseThrow();
        assertEquals(Instant.parse("2026-11-30T03:00:00Z"), last.at());
        assertTrue(last.intact());
    }

    @Test
    @DisplayName("R23: an UPDATE done with the sqlite3 CLI: exit 1 and one line that names the row")
    void brokenChainExitsOne() throws Exception {
        assumeTrue(new ProcessBuilder("sqlite3", "--version").start().waitFor() == 0);
        Process p = new ProcessBuilder("sqlite3", db.toString(), ".dbconfig enable_trigger off",
                "UPDATE invoices SET total_minor = 1").redirectErrorStream(true).start();
        assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes()));
        assertEquals(1, run("--db", db.toString(), "audit", "verify"));
        assertEquals("", out.toString());
        String line = err.toString().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("actionpack: ledgers changed outside the app: invoices and credit notes: row 1"
                + " (INV-00000001) does not match its hash"), line);
        var last = open().ledgers().last().orElseThrow();
        assertTrue(!last.intact() && last.summary().contains("INV-00000001"), last::toString);
    }

    @Test
    @DisplayName("No database there, or not a database: one line and exit 3; nothing is created")
    void unusableDatabaseExitsThree() throws Exception {
        Path missing = dir.resolve("missing.db");
        assertEquals(3, run("audit", "verify", "--db", missing.toString()));
        assertTrue(err.toString().startsWith("actionpack: no database at " + missing), err::toString);
        assertTrue(Files.notExists(missing));

        Path text = Files.writeString(dir.resolve("notes.db"), "not a database at all, just some words");
        assertEquals(3, run("audit", "verify", "--db", text.toString()));
        assertEquals(1, err.toString().strip().lines().count(), err::toString);
        assertTrue(err.toString().startsWith("actionpack: "), err::toString);
    }

    @Test
    @DisplayName("R23: no ledger key, or another key: exit 3, one line that says where, no key made, nothing written")
    void missingOrWrongKeyExitsThree() throws Exception {
        Files.move(keyFile().file(), dir.resolve("saved.key"));
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        String before = java.util.Arrays.toString(Files.readAllBytes(db))
                + (Files.exists(wal) ? java.util.Arrays.toString(Files.readAllBytes(wal)) : "");
        assertEquals(3, run("audit", "verify", "--db", db.toString()));
        String line = err.toString().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("actionpack: The ledgers of " + db + " are sealed with the ledger key ")
                && line.contains("there is no key at " + keyFile().file()), line);
        assertTrue(!Files.exists(keyFile().file()), "a sealed database never gets a new key");

        Path other = dir.resolve("other.key");
        new LedgerKeyFile(other).readOrCreate(new java.security.SecureRandom());
        assertEquals(3, run("--ledger-key", other.toString(), "audit", "verify", "--db", db.toString()));
        assertTrue(err.toString().contains("but the key at " + other + " is "), err::toString);
        assertEquals(before, java.util.Arrays.toString(Files.readAllBytes(db))
                + (Files.exists(wal) ? java.util.Arrays.toString(Files.readAllBytes(wal)) : ""), "nothing was written");
        assertEquals("", out.toString());

        assertEquals(0, run("--ledger-key", dir.resolve("saved.key").toString(), "audit", "verify", "--db", db.toString()),
                err::toString);
    }
}
