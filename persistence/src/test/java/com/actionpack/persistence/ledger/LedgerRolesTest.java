package com.actionpack.persistence.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.actionpack.core.common.Actor;
import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.db.DatabaseTarget;
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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * R9, R19, R21, R23 on PostgreSQL by the server's own means (#16): the roles and grants of
 * docs/postgresql.md, run as written there. The owner migrates; the app's role appends to the
 * ledgers but is refused UPDATE, DELETE and TRUNCATE by privilege (SQLSTATE 42501), before any
 * trigger, on every append-only table, while every flow of the app still works as that role.
 */
class LedgerRolesTest {

    /** Every append-only table: the hash-chained ledgers and the other records of what happened. */
    private static final List<String> APPEND_ONLY = List.of("invoices", "redemptions", "audit_log", "order_agreements",
            "office_activations");

    private static final String GRANTS_MARK = "<!-- grants: run by LedgerRolesTest -->";

    /** The grants block of docs/postgresql.md, with its role names made this run's own. */
    private static String grants(String owner, String app) throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "postgresql.md"));
        int mark = doc.indexOf(GRANTS_MARK);
        assertTrue(mark >= 0, "docs/postgresql.md marks its grants with " + GRANTS_MARK);
        int start = doc.indexOf("```sql\n", mark) + "```sql\n".length();
        int end = doc.indexOf("```", start);
        return doc.substring(start, end).replace("actionpack_owner", owner).replaceAll("\\bactionpack\\b", app);
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Test
    void theAppsRoleAppendsToLedgersButTheServerRefusesItsUpdatesAndDeletes() throws Exception {
        assumeTrue(System.getenv(PostgresServer.ENV_URL) == null, "creates roles that log in without a password");
        DatabaseTarget.PostgresServer admin = PostgresServer.freshDatabase("roles");
        String suffix = Long.toString(ProcessHandle.current().pid());
        String owner = "ap_owner_" + suffix;
        String app = "ap_app_" + suffix;
        String database = admin.jdbcUrl().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
        try (Connection c = connect(admin.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + owner + " LOGIN");
            s.execute("CREATE ROLE " + app + " LOGIN");
            s.execute("ALTER DATABASE " + database + " OWNER TO " + owner);
            s.execute("ALTER SCHEMA public OWNER TO " + owner);
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            s.execute("GRANT CONNECT ON DATABASE " + database + " TO " + app);
        }
        String ownerUrl = admin.jdbcUrl().replace("user=postgres", "user=" + owner);
        String appUrl = admin.jdbcUrl().replace("user=postgres", "user=" + app);
        DatabaseTarget.PostgresServer asOwner = new DatabaseTarget.PostgresServer(ownerUrl, Optional.empty());
        DatabaseTarget.PostgresServer asApp = new DatabaseTarget.PostgresServer(appUrl, Optional.empty());

        Database.open(asOwner, Clock.systemUTC());
        try (Connection c = connect(ownerUrl); Statement s = c.createStatement()) {
            for (String statement : grants(owner, app).split(";")) {
                if (!statement.strip().replaceAll("(?m)^--.*$", "").isBlank()) {
                    s.execute(statement);
                }
            }
        }

        // Every ledger gets rows from the app's role: account set-up, a purchase with its invoice, a redemption.
        DbWorld world = new DbWorld(clock -> Database.open(asApp, clock), LocalDate.of(2026, 3, 1));
        Actor admin1 = world.readyAccount("Contoso", "US");
        world.buyByCard(admin1);
        LedgerVerification verification = world.db.ledgers().verify();
        assertTrue(verification.intact(), verification.summary());

        try (Connection c = connect(appUrl); Statement s = c.createStatement()) {
            for (String table : APPEND_ONLY) {
                for (String change : List.of("UPDATE " + table + " SET " + firstColumn(c, table) + " = "
                        + firstColumn(c, table), "DELETE FROM " + table, "TRUNCATE " + table)) {
                    SQLException refused = assertThrows(SQLException.class, () -> s.execute(change), change);
                    assertEquals("42501", refused.getSQLState(), change + ": " + refused.getMessage());
                }
            }
            assertEquals(1, count(s, "SELECT count(*) FROM invoices"), "the app's role reads what it wrote");
        }
    }

    private static String firstColumn(Connection c, String table) throws SQLException {
        try (var columns = c.getMetaData().getColumns(null, "public", table, null)) {
            assertTrue(columns.next(), table + " exists");
            return columns.getString("COLUMN_NAME");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
