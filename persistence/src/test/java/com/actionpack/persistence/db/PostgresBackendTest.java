package com.actionpack.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.persistence.ledger.LedgerVerification;
import com.actionpack.persistence.testing.DbWorld;
import com.actionpack.persistence.testing.PostgresServer;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** #16 on a real PostgreSQL server: schema, the rules' own means there, and faults in one line. */
class PostgresBackendTest {

    private static DatabaseTarget.PostgresServer server;

    @BeforeAll
    static void database() {
        server = PostgresServer.freshDatabase("backend");
        Database.open(server, Clock.systemUTC());
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void migratesToTheSameVersionAsSqliteAndTheLedgersVerify() throws Exception {
        DbWorld world = new DbWorld(clock -> Database.open(server, clock), LocalDate.of(2026, 3, 1));
        world.readyAccount("Contoso", "US");
        assertEquals(Migrations.LATEST_VERSION, count("SELECT max(version::int) FROM flyway_schema_history"));
        LedgerVerification verification = world.db.ledgers().verify();
        assertTrue(verification.intact(), verification.summary());
        assertTrue(count("SELECT count(*) FROM audit_log") > 0);
    }

    /** R21, R9: append-only by triggers on PostgreSQL too, whoever connects. */
    @Test
    void ledgersRefuseUpdatesAndDeletes() throws Exception {
        new DbWorld(clock -> Database.open(server, clock), LocalDate.of(2026, 3, 1)).readyAccount("Fabrikam", "DE");
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement()) {
            SQLException delete = assertThrows(SQLException.class, () -> s.execute("DELETE FROM audit_log"));
            assertTrue(delete.getMessage().contains("never deleted (R21)"), delete.getMessage());
            SQLException update = assertThrows(SQLException.class, () -> s.execute("UPDATE audit_log SET actor = 'x'"));
            assertTrue(update.getMessage().contains("never edited (R21)"), update.getMessage());
        }
    }

    /** R5 by the partial unique index: a second live order for one account and term never lands. */
    @Test
    void oneLiveOrderPerAccountAndTermIsAConstraint() throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT indexdef FROM pg_indexes WHERE indexname = 'orders_one_live_per_term'")) {
            assertTrue(rs.next());
            assertTrue(rs.getString(1).contains("UNIQUE") && rs.getString(1).contains("WHERE"), rs.getString(1));
        }
    }

    @Test
    void aNewerSchemaIsRefusedAndLeftUntouched() throws Exception {
        DatabaseTarget.PostgresServer newer = PostgresServer.freshDatabase("newer");
        Database.open(newer, Clock.systemUTC());
        try (Connection c = DriverManager.getConnection(newer.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, execution_time, success) VALUES (999, '999', 'future', 'SQL', 'V999__future.sql', 0, "
                    + "'someone', 1, true)");
        }
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(newer, Clock.systemUTC()));
        assertEquals(1, e.getMessage().lines().count());
        assertTrue(e.getMessage().contains("schema version 999") && e.getMessage().contains("not changed"), e.getMessage());
    }

    @Test
    void aMissingDatabaseIsOneLine() {
        var missing = new DatabaseTarget.PostgresServer(
                PostgresServer.withDatabase(server.jdbcUrl(), "no_such_database"), Optional.empty());
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(missing, Clock.systemUTC()));
        assertEquals(1, e.getMessage().lines().count());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aServerThatIsDownIsOneLine() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        var down = new DatabaseTarget.PostgresServer("jdbc:postgresql://127.0.0.1:" + port + "/ap?connectTimeout=2",
                Optional.empty());
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(down, Clock.systemUTC()));
        assertEquals(1, e.getMessage().lines().count());
        assertTrue(e.getMessage().startsWith("Cannot reach the PostgreSQL server"), e.getMessage());
    }
}
