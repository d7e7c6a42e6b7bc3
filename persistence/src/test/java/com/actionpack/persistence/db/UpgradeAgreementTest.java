package com.actionpack.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.Ports;
import com.actionpack.core.common.Actor;
import com.actionpack.core.ordering.Agreement;
import com.actionpack.core.testing.TestClock;
import com.actionpack.persistence.testing.DbWorld;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V16: each order records its agreement (R7a); orders from before get the first version. */
class UpgradeAgreementTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("R7a: an order placed before the upgrade gets the first agreement version, with core's hash, its placer and time")
    void existingOrdersGetTheFirstVersion() throws Exception {
        Path file = dir.resolve("old.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations(DatabaseOptions.APP_MIGRATIONS)
                .loggers("slf4j").target("3").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO accounts (id, partner_id, legal_name, street, city, country, contact_name, contact_email,"
                    + " verification) VALUES (1, '4000001', 'A', '1 Main', 'Springfield', 'US', 'Pat', 'pat@x.example', 'VERIFIED')");
            s.execute("INSERT INTO users (id, account_id, email, display_name) VALUES (7, 1, 'ada@x.example', 'Ada')");
            s.execute("INSERT INTO orders (id, number, account_id, term, kind, placed_at, placed_on, placed_by_user_id,"
                    + " payment_method, status, currency, net_minor, tax_basis_points, tax_minor, total_minor)"
                    + " VALUES (1, 'AP-1', 1, 1, 'NEW', '2025-02-01T10:00:00', '2025-02-01', 7, 'WIRE_TRANSFER',"
                    + " 'AWAITING_PAYMENT', 'USD', 47500, 0, 0, 47500)");
        }
        Ports p = Database.open(file, new TestClock(LocalDate.of(2026, 3, 1))).ports();
        Agreement.AcceptedAgreement a = p.transactions().read(() -> p.orders().agreementOf(1).orElseThrow());
        assertEquals(Agreement.FIRST.version(), a.version());
        assertEquals(Agreement.FIRST.sha256(), a.sha256(), "the migration's hash is core's hash of the first text");
        assertEquals(7, a.acceptedByUserId());
        assertEquals(Instant.parse("2025-02-01T10:00:00Z"), a.acceptedAt());

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class,
                    () -> s.execute("UPDATE order_agreements SET version = 'x'"));
            assertTrue(e.getMessage().contains("append-only"), e.getMessage());
            assertThrows(SQLException.class, () -> s.execute("DELETE FROM order_agreements"));
        }
    }

    @Test
    @DisplayName("R7a: a new order's agreement is stored in the order's transaction and read back")
    void newOrderRoundTrip() {
        DbWorld world = new DbWorld(dir.resolve("new.db"), LocalDate.of(2026, 3, 1));
        Actor admin = world.readyAccount("Contoso", "US");
        long orderId = world.buyByWire(admin).order().id();
        Agreement.AcceptedAgreement a = world.ports.transactions().read(() -> world.ports.orders().agreementOf(orderId))
                .orElseThrow();
        assertEquals(Agreement.CURRENT.acceptedBy(admin.userId(), a.acceptedAt()), a);
        assertEquals(world.clock.instant(), a.acceptedAt());
    }
}
