package com.actionpack.persistence.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.audit.AuditEntry;
import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.db.DatabaseException;
import com.actionpack.persistence.db.DatabaseOptions;
import com.actionpack.persistence.db.DatabaseTarget;
import com.actionpack.persistence.demo.DemoData;
import com.actionpack.persistence.testing.Backend;
import com.actionpack.persistence.testing.OnBothBackends;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * R23 against its main threat: someone who can change the database with direct SQL, and knows
 * how the chain is computed, but does not hold the ledger key. Each attack is made past the app
 * ({@link SqlAttacker}: triggers off, rows changed, every later hash recomputed with
 * MessageDigest, the head rewritten), on a real demo database of each backend; the plain chain
 * then verifies, and the seals do not.
 */
@OnBothBackends
class LedgerSealTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private record Demo(DatabaseTarget target, Database db) {
    }

    private Demo demo(String name) {
        DatabaseTarget target = backend.freshTarget(name);
        Database db = backend.open(target, Clock.systemUTC());
        new DemoData(db).create();
        return new Demo(target, db);
    }

    private SqlAttacker attacker(Demo demo) throws Exception {
        return new SqlAttacker(backend.connect(demo.target()));
    }

    private static String finding(LedgerVerification v, Ledger ledger) {
        return v.ledgers().stream().filter(f -> f.ledger() == ledger).findFirst().orElseThrow().line();
    }

    /** What the unkeyed chain alone says: the attacks below pass it. */
    private static boolean plainChainIntact(Demo demo, Ledger ledger) {
        String[] previous = {""};
        boolean[] intact = {true};
        demo.db().transactions().read(() -> {
            LedgerChain.rows(demo.db().transactions().dsl(), ledger, Long.MIN_VALUE, true, row -> {
                intact[0] &= row.hash() != null && row.hash().equals(LedgerChain.hash(previous[0], row.content()));
                previous[0] = row.hash();
            });
            return null;
        });
        return intact[0];
    }

    @Test
    @DisplayName("R23: the untampered demo verifies, sealed: every row and head carries its MAC under the key")
    void untamperedDemoVerifies() throws Exception {
        Demo demo = demo("ok");
        LedgerVerification v = demo.db().ledgers().verify();
        assertTrue(v.intact(), v.summary());
        assertTrue(v.summary().matches("ok: 1 invoices and credit notes, 1 redemptions, \\d+ audit entries"), v.summary());
        try (SqlAttacker sql = attacker(demo)) {
            assertEquals("0", sql.text("SELECT count(*) FROM audit_log WHERE row_seal IS NULL"));
            assertEquals("0", sql.text("SELECT count(*) FROM ledger_heads WHERE seal IS NULL"));
            assertEquals(LedgerKeyFile.ofSystem().read().orElseThrow().id(), sql.text("SELECT key_id FROM ledger_seal"));
        }
    }

    @Test
    @DisplayName("R23: an audit entry edited and every later hash recomputed (the head too) names that row")
    void editedRowWithRecomputedHashesIsNamed() throws Exception {
        Demo demo = demo("edit");
        try (SqlAttacker sql = attacker(demo)) {
            sql.withTriggersOff("audit_log", "UPDATE audit_log SET actor = 'mallory@example.com' WHERE id = 3");
            assertTrue(sql.recompute(Ledger.AUDIT_LOG) > 1, "row 3 and every later hash were rewritten");
            sql.withTriggersOff("invoices", "UPDATE invoices SET total_minor = 1 WHERE id = 1");
            assertEquals(1, sql.recompute(Ledger.INVOICES));
        }
        assertTrue(plainChainIntact(demo, Ledger.AUDIT_LOG), "the unkeyed chain alone is fooled");
        LedgerVerification v = demo.db().ledgers().verify();
        assertFalse(v.intact());
        String audit = finding(v, Ledger.AUDIT_LOG);
        assertTrue(audit.startsWith("audit entries: row 3 (") && audit.contains("does not match its seal"), audit);
        String invoices = finding(v, Ledger.INVOICES);
        assertTrue(invoices.contains("row 1 (INV-00000001) does not match its seal"), invoices);
    }

    @Test
    @DisplayName("R23: the newest rows deleted and the head rewritten to match is found by the head's seal,"
            + " and the app appends nothing after it")
    void deletedTailIsFound() throws Exception {
        Demo demo = demo("tail");
        try (SqlAttacker sql = attacker(demo)) {
            sql.withTriggersOff("audit_log", "DELETE FROM audit_log WHERE id > (SELECT max(id) - 2 FROM audit_log)");
            assertEquals(0, sql.recompute(Ledger.AUDIT_LOG), "no hash changes: only the head is rewritten");
        }
        assertTrue(plainChainIntact(demo, Ledger.AUDIT_LOG));
        String line = finding(demo.db().ledgers().verify(), Ledger.AUDIT_LOG);
        assertTrue(line.contains("does not match its seal"), line);
        // The app never seals over it: an append is refused, and verify still tells.
        AuditEntry entry = new AuditEntry(0, Instant.parse("2026-11-30T12:00:00Z"), 1, "x@example.com", "console",
                "role.granted", "user 1", "", "");
        DatabaseException refused = assertThrows(DatabaseException.class,
                () -> demo.db().transactions().write(() -> demo.db().ports().audit().append(entry)));
        assertTrue(refused.getMessage().contains("does not match its seal"), refused.getMessage());
        assertTrue(finding(demo.db().ledgers().verify(), Ledger.AUDIT_LOG).contains("does not match its seal"));
    }

    @Test
    @DisplayName("R23: seals taken from another database sealed with the same key do not verify")
    void sealsFromAnotherDatabase() throws Exception {
        Demo mine = demo("mine");
        Demo other = demo("other");
        String otherHead;
        String[] otherSeal = new String[4];
        try (SqlAttacker sql = attacker(other)) {
            otherHead = sql.text("SELECT seal FROM ledger_heads WHERE ledger = 'audit_log'");
            String[] columns = {"database_id", "key_id", "sealed_at", "mac"};
            for (int i = 0; i < columns.length; i++) {
                otherSeal[i] = sql.text("SELECT " + columns[i] + " FROM ledger_seal");
            }
        }
        try (SqlAttacker sql = attacker(mine)) {
            assertFalse(otherSeal[0].equals(sql.text("SELECT database_id FROM ledger_seal")), "two databases, two ids");
            sql.execute("UPDATE ledger_heads SET seal = '" + otherHead + "' WHERE ledger = 'audit_log'");
        }
        String head = finding(mine.db().ledgers().verify(), Ledger.AUDIT_LOG);
        assertTrue(head.contains("does not match its seal"), head);

        // The whole seal row of the other database (its MAC is valid under the key): every row seal now fails.
        Demo again = demo("again");
        try (SqlAttacker sql = attacker(again)) {
            sql.execute("UPDATE ledger_seal SET database_id = '" + otherSeal[0] + "', sealed_at = '" + otherSeal[2]
                    + "', mac = '" + otherSeal[3] + "'");
        }
        LedgerVerification v = again.db().ledgers().verify();
        assertFalse(v.intact());
        assertTrue(finding(v, Ledger.INVOICES).contains("row 1 (INV-00000001) does not match its seal"), v.summary());
    }

    @Test
    @DisplayName("R23: a seal row changed or removed without the key is reported, and never sealed anew")
    void sealRowChangedOrRemoved() throws Exception {
        Demo demo = demo("row");
        try (SqlAttacker sql = attacker(demo)) {
            sql.execute("UPDATE ledger_seal SET sealed_at = '2020-01-01T00:00:00Z'");
        }
        LedgerVerification changed = demo.db().ledgers().verify();
        assertTrue(changed.summary().startsWith("the database's ledger seal does not match its MAC"), changed.summary());
        try (SqlAttacker sql = attacker(demo)) {
            sql.execute("DELETE FROM ledger_seal");
        }
        Database reopened = backend.open(demo.target(), Clock.systemUTC());
        LedgerVerification removed = reopened.ledgers().verify();
        assertTrue(removed.summary().startsWith("the database's ledger seal is missing (ledger_seal): it was removed"),
                removed.summary());
        try (SqlAttacker sql = attacker(demo)) {
            assertEquals("0", sql.text("SELECT count(*) FROM ledger_seal"), "opening did not seal it anew");
        }
    }

    @Test
    @DisplayName("R23: a sealed database opened with no key, or another key: one line, no key file made, nothing written")
    void missingOrWrongKey() throws Exception {
        Demo demo = demo("key");
        Path keyFile = dir.resolve("elsewhere").resolve("ledger.key");
        Files.createDirectories(keyFile.getParent());
        DatabaseOptions options = DatabaseOptions.defaults().withLedgerKey(new LedgerKeyFile(keyFile));
        String sealBefore;
        try (SqlAttacker sql = attacker(demo)) {
            sealBefore = sql.text("SELECT mac FROM ledger_seal");
        }
        DatabaseException missing = assertThrows(DatabaseException.class,
                () -> Database.open(demo.target(), Clock.systemUTC(), options));
        assertTrue(missing.getMessage().contains("there is no key at " + keyFile), missing.getMessage());
        assertFalse(Files.exists(keyFile), "a sealed database never gets a new key");

        Files.writeString(keyFile, LedgerKey.generate(new SecureRandom()).hex() + "\n");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        DatabaseException wrong = assertThrows(DatabaseException.class,
                () -> Database.open(demo.target(), Clock.systemUTC(), options));
        assertTrue(wrong.getMessage().contains("but the key at " + keyFile), wrong.getMessage());
        assertTrue(wrong.getMessage().contains("nothing was changed"), wrong.getMessage());
        try (SqlAttacker sql = attacker(demo)) {
            assertEquals(sealBefore, sql.text("SELECT mac FROM ledger_seal"));
        }
        assertTrue(demo.db().ledgers().verify().intact());
    }
}
