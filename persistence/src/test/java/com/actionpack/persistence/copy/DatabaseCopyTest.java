package com.actionpack.persistence.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.db.DatabaseException;
import com.actionpack.persistence.db.DatabaseTarget;
import com.actionpack.persistence.demo.BulkGenerator;
import com.actionpack.persistence.demo.DemoData;
import com.actionpack.persistence.ledger.LedgerVerification;
import com.actionpack.persistence.testing.DbWorld;
import com.actionpack.persistence.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db copy} (#16) from a real SQLite file into a real PostgreSQL server. */
class DatabaseCopyTest {

    @TempDir
    static Path dir;

    private static Path demo;

    @BeforeAll
    static void demoDatabase() {
        demo = dir.resolve("demo.db");
        Database db = Database.open(demo, Clock.systemUTC());
        new DemoData(db).create();
        new BulkGenerator(db, line -> { }).generate(40, 300);
    }

    private static DatabaseCopy copier() {
        return new DatabaseCopy(Clock.systemUTC(), line -> { });
    }

    private static String text(String jdbcUrl, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(String jdbcUrl, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long sqliteCount(String table) throws SQLException {
        return count("jdbc:sqlite:" + demo, "SELECT count(*) FROM " + table);
    }

    @Test
    void copiesEveryTableWithItsRowsAndTheChainsVerifyOnTheCopy() throws Exception {
        DatabaseTarget.PostgresServer target = PostgresServer.freshDatabase("copy");
        CopyReport report = copier().copy(demo, target);
        for (var table : DatabaseCopy.tables()) {
            long rows = sqliteCount(table.getName());
            assertEquals(rows, report.rowsPerTable().get(table.getName()), table.getName());
            assertEquals(rows, count(target.jdbcUrl(), "SELECT count(*) FROM " + table.getName()), table.getName());
        }
        assertTrue(report.rowsPerTable().get("invoices") > 300, report::toString);
        // R23: the same chains, verified by the app on the copy as on the original.
        Database copy = Database.open(target, Clock.systemUTC());
        LedgerVerification onCopy = copy.ledgers().verify();
        assertTrue(onCopy.intact(), onCopy.summary());
        assertEquals(Database.open(demo, Clock.systemUTC()).ledgers().verify().summary(), onCopy.summary());
        assertEquals(onCopy.summary(), report.ledgers());
        // R23: the seals came with the rows (the same database id, key and MACs), verified above with the same key.
        String seal = "SELECT database_id || key_id || mac FROM ledger_seal";
        assertEquals(text("jdbc:sqlite:" + demo, seal), text(target.jdbcUrl(), seal));
        for (String ledger : List.of("invoices", "redemptions", "audit_log")) {
            String head = "SELECT seal FROM ledger_heads WHERE ledger = '" + ledger + "'";
            assertEquals(text("jdbc:sqlite:" + demo, head), text(target.jdbcUrl(), head), ledger);
        }
        // The copy is a working database: new rows get new ids and numbers after the copied ones.
        long invoicesBefore = count(target.jdbcUrl(), "SELECT count(*) FROM invoices");
        DbWorld world = new DbWorld(clock -> Database.open(target, clock), LocalDate.of(2026, 3, 1));
        world.buyByCard(world.readyAccount("Northwind", "US"));
        assertEquals(invoicesBefore + 1, count(target.jdbcUrl(), "SELECT count(*) FROM invoices"));
        LedgerVerification after = copy.ledgers().verify();
        assertTrue(after.intact(), after.summary());
    }

    @Test
    void theSeededTablesAreExactlyThoseTheMigrationsFill() throws Exception {
        DatabaseTarget.PostgresServer fresh = PostgresServer.freshDatabase("seeded");
        Database.open(fresh, Clock.systemUTC());
        Set<String> holding = new TreeSet<>();
        for (var table : DatabaseCopy.tables()) {
            if (count(fresh.jdbcUrl(), "SELECT count(*) FROM " + table.getName()) > 0) {
                holding.add(table.getName());
            }
        }
        // The migrations' rows, and the ledgers' seal (R23) that the app writes when it first opens a database.
        assertEquals(DatabaseCopy.REPLACED_BY_THE_COPY.stream().map(t -> t.getName()).collect(Collectors.toCollection(TreeSet::new)),
                holding);
    }

    @Test
    void aMigratedButEmptyTargetIsFilled() throws Exception {
        DatabaseTarget.PostgresServer migrated = PostgresServer.freshDatabase("migrated");
        Database.open(migrated, Clock.systemUTC());
        copier().copy(demo, migrated);
        assertEquals(sqliteCount("accounts"), count(migrated.jdbcUrl(), "SELECT count(*) FROM accounts"));
    }

    @Test
    void aTargetWithDataIsRefusedInOneLineAndLeftUntouched() throws Exception {
        DatabaseTarget.PostgresServer used = PostgresServer.freshDatabase("used");
        new DbWorld(clock -> Database.open(used, clock), LocalDate.of(2026, 3, 1)).readyAccount("Contoso", "US");
        long accounts = count(used.jdbcUrl(), "SELECT count(*) FROM accounts");
        long audit = count(used.jdbcUrl(), "SELECT count(*) FROM audit_log");
        CopyRefusedException e = assertThrows(CopyRefusedException.class, () -> copier().copy(demo, used));
        assertEquals(1, e.getMessage().lines().count());
        assertTrue(e.getMessage().contains("is not empty (") && e.getMessage().contains("accounts"), e.getMessage());
        assertEquals(accounts, count(used.jdbcUrl(), "SELECT count(*) FROM accounts"));
        assertEquals(audit, count(used.jdbcUrl(), "SELECT count(*) FROM audit_log"));
    }

    @Test
    void aTargetWithAnotherProgramsTablesIsRefused() throws Exception {
        DatabaseTarget.PostgresServer other = PostgresServer.freshDatabase("other");
        try (Connection c = DriverManager.getConnection(other.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id int)");
        }
        CopyRefusedException e = assertThrows(CopyRefusedException.class, () -> copier().copy(demo, other));
        assertTrue(e.getMessage().contains("tables of another program (customers)"), e.getMessage());
        assertEquals(0, count(other.jdbcUrl(), "SELECT count(*) FROM information_schema.tables WHERE table_name = 'flyway_schema_history'"));
    }

    @Test
    void aSourceNewerThanTheAppIsRefusedAndNothingIsWritten() throws Exception {
        Path newer = dir.resolve("newer.db");
        Files.copy(demo, newer);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, execution_time, success) VALUES (999, '999', 'future', 'SQL', 'V999__future.sql', 0, "
                    + "'someone', 1, 1)");
        }
        byte[] before = Files.readAllBytes(newer);
        DatabaseTarget.PostgresServer target = PostgresServer.freshDatabase("fromnewer");
        DatabaseException e = assertThrows(DatabaseException.class, () -> copier().copy(newer, target));
        assertTrue(e.getMessage().contains("schema version 999"), e.getMessage());
        assertEquals(0, count(target.jdbcUrl(), "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(newer)), "the source was changed");
    }

    @Test
    void aSourceWhoseLedgersAreBrokenIsNotCarriedOver() throws Exception {
        Path broken = dir.resolve("broken.db");
        Files.copy(demo, broken);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + broken); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER invoices_never_updated");
            s.execute("UPDATE invoices SET total_minor = 1 WHERE id = (SELECT min(id) FROM invoices)");
        }
        DatabaseTarget.PostgresServer target = PostgresServer.freshDatabase("frombroken");
        CopyRefusedException e = assertThrows(CopyRefusedException.class, () -> copier().copy(broken, target));
        assertTrue(e.getMessage().contains("are broken") && e.getMessage().contains("nothing was copied"), e.getMessage());
        assertEquals(0, count(target.jdbcUrl(), "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"));
    }

    @Test
    void aMissingSourceIsOneLineAndCreatesNoFile() {
        Path missing = dir.resolve("missing.db");
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> copier().copy(missing, PostgresServer.freshDatabase("frommissing")));
        assertTrue(e.getMessage().startsWith("There is no database file at"), e.getMessage());
        assertFalse(Files.exists(missing));
    }

    @Test
    void tablesAreCopiedParentsFirst() {
        List<String> seen = new ArrayList<>();
        CopyOrder plan = DatabaseCopy.order();
        for (var table : plan.tables()) {
            for (var key : table.getReferences()) {
                if (plan.late().getOrDefault(table, List.of()).contains(key)) {
                    continue;
                }
                String parent = key.getKey().getTable().getName();
                assertTrue(parent.equals(table.getName()) || seen.contains(parent), table.getName() + " before " + parent);
            }
            seen.add(table.getName());
        }
        assertEquals(com.actionpack.persistence.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables().size(), seen.size());
        // The one cycle (an order renews a membership; a membership belongs to an order) is broken at the nullable key.
        assertEquals("orders", plan.late().keySet().iterator().next().getName(), plan.late()::toString);
    }
}
