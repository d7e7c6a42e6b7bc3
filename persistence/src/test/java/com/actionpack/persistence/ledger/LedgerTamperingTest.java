package com.actionpack.persistence.ledger;

import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.db.SqliteConnections;
import com.actionpack.persistence.demo.DemoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * R23: the ledgers' hash chains over a real demo database, tampered with by the sqlite3 command
 * line tool as someone on the host would: every kind of change is found and the row named.
 */
class LedgerTamperingTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path demo;

    @BeforeAll
    static void demoDatabase() {
        demo = shared.resolve("demo.db");
        Database db = Database.open(demo, Clock.systemUTC());
        new DemoData(db).create();
    }

    private Path copy() throws IOException {
        Path file = dir.resolve("copy.db");
        // The demo's writers have checkpointed on close? Not necessarily: copy the WAL too.
        Files.copy(demo, file);
        for (String suffix : List.of("-wal", "-shm")) {
            Path side = demo.resolveSibling(demo.getFileName() + suffix);
            if (Files.exists(side)) {
                Files.copy(side, file.resolveSibling(file.getFileName() + suffix));
            }
        }
        return file;
    }

    /** Runs SQL with the sqlite3 CLI, as on the host: its defaults (triggers on, recursive triggers off). */
    private static void sqlite3(Path file, String... commands) throws Exception {
        assumeTrue(commandExists(), "needs the sqlite3 command line tool");
        List<String> command = new java.util.ArrayList<>(List.of("sqlite3", "-bail", file.toString()));
        command.addAll(List.of(commands));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), () -> String.join(" ", commands) + ": " + output);
    }

    private static boolean commandExists() {
        try {
            return new ProcessBuilder("sqlite3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static LedgerVerification verify(Path file) {
        return Database.open(file, Clock.systemUTC()).ledgers().verify();
    }

    private static String finding(LedgerVerification v, Ledger ledger) {
        return v.ledgers().stream().filter(f -> f.ledger() == ledger).findFirst().orElseThrow().line();
    }

    @Test
    @DisplayName("R23: a fresh demo is intact: ok and the row counts of the three ledgers")
    void freshDemoIsIntact() {
        LedgerVerification v = verify(demo);
        assertTrue(v.intact(), v.summary());
        assertTrue(v.summary().matches("ok: 1 invoices and credit notes, 1 redemptions, \\d+ audit entries"), v.summary());
    }

    @Test
    @DisplayName("R23: an UPDATE made with triggers switched off names the row")
    void update() throws Exception {
        Path file = copy();
        sqlite3(file, ".dbconfig enable_trigger off", "UPDATE invoices SET total_minor = 100 WHERE id = 1");
        LedgerVerification v = verify(file);
        assertFalse(v.intact());
        assertTrue(finding(v, Ledger.INVOICES).contains("row 1 (INV-00000001) does not match its hash"), v.summary());
    }

    @Test
    @DisplayName("R23: a DELETE in the middle names the row after it; one at the end is found by the head")
    void delete() throws Exception {
        Path middle = copy();
        sqlite3(middle, ".dbconfig enable_trigger off", "DELETE FROM audit_log WHERE id = 3");
        assertTrue(finding(verify(middle), Ledger.AUDIT_LOG).contains("row 4 (") , verify(middle).summary());

        Files.delete(middle);
        Path end = copy();
        sqlite3(end, ".dbconfig enable_trigger off", "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)");
        String line = finding(verify(end), Ledger.AUDIT_LOG);
        assertTrue(line.contains("rows were removed or added at its end"), line);
    }

    @Test
    @DisplayName("R23: INSERT OR REPLACE rewrites a row past the triggers in the sqlite3 CLI, and is found;"
            + " on the app's connections (recursive triggers) it is refused")
    void insertOrReplace() throws Exception {
        Path file = copy();
        String replace = "INSERT OR REPLACE INTO audit_log (id, at, account_id, actor, channel, action, subject,"
                + " before_text, after_text, row_hash) SELECT id, at, account_id, 'someone.else@example.com', channel,"
                + " action, subject, before_text, after_text, row_hash FROM audit_log WHERE id = 2";
        sqlite3(file, replace);
        assertTrue(finding(verify(file), Ledger.AUDIT_LOG).contains("row 2 ("), verify(file).summary());

        Path app = dir.resolve("app.db");
        Files.copy(demo, app);
        Database db = Database.open(app, Clock.systemUTC());
        try (Connection c = db.connections().open(SqliteConnections.Mode.WRITE); Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> s.execute(replace));
            assertTrue(refused.getMessage().contains("never deleted (R21)"), refused.getMessage());
        }
        assertTrue(db.ledgers().verify().intact());
    }

    @Test
    @DisplayName("R23: a dropped trigger plus an edit: both the missing trigger and the row are named")
    void droppedTriggerAndEdit() throws Exception {
        Path file = copy();
        sqlite3(file, "DROP TRIGGER redemptions_never_updated", "UPDATE redemptions SET quantity = quantity + 1");
        String line = finding(verify(file), Ledger.REDEMPTIONS);
        assertTrue(line.contains("trigger redemptions_never_updated is missing"), line);
        assertTrue(line.contains("row 1 does not match its hash"), line);
    }

    @Test
    @DisplayName("R23: two rows swapped (reordered) name the first of them")
    void reordering() throws Exception {
        Path file = copy();
        sqlite3(file, ".dbconfig enable_trigger off", "UPDATE audit_log SET id = -2 WHERE id = 2",
                "UPDATE audit_log SET id = 2 WHERE id = 3", "UPDATE audit_log SET id = 3 WHERE id = -2");
        assertTrue(finding(verify(file), Ledger.AUDIT_LOG).contains("row 2 ("), verify(file).summary());
    }

    @Test
    @DisplayName("R23: a row added outside the app has no hash and is named")
    void addedRow() throws Exception {
        Path file = copy();
        sqlite3(file, "INSERT INTO audit_log (at, account_id, actor, channel, action, subject)"
                + " VALUES ('2026-01-01T00:00:00Z', 1, 'x@example.com', 'sql', 'order.paid', 'order AP-1')");
        assertTrue(finding(verify(file), Ledger.AUDIT_LOG).contains("has no hash: it was added outside the app"),
                verify(file).summary());
    }

    @Test
    @DisplayName("R23: rows written by the app after a verification keep the chain intact; the check is recorded")
    void appWritesKeepTheChain() throws Exception {
        Path file = copy();
        Database db = Database.open(file, Clock.systemUTC());
        // Bulk rows (sealed in batches), then the app's own writes (each sealed as it is inserted).
        new com.actionpack.persistence.demo.BulkGenerator(db, line -> { }).generate(3, 7);
        var core = new com.actionpack.core.CoreServices(db.ports());
        var admin = core.signIn().signIn(DemoData.DEMO_ADMIN, "test");
        core.addUser().add(admin, new com.actionpack.core.usecase.account.NewUser("new.reader@contoso-demo.example",
                "New Reader", java.util.Set.of(com.actionpack.core.account.Role.READER)));
        LedgerVerification v = db.ledgers().verify();
        assertTrue(v.intact(), v.summary());
        assertTrue(finding(v, Ledger.INVOICES).startsWith("8 "), v.summary());
        db.ledgers().record(v, java.time.Instant.parse("2026-11-30T12:00:00Z"));
        Ledgers.Check last = db.ledgers().last().orElseThrow();
        assertTrue(last.intact());
        assertEquals(v.summary(), last.summary());
    }
}
