package com.actionpack.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.actionpack.core.Ports;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipStatus;
import com.actionpack.core.testing.TestClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V15: terms written by the first version are renumbered per unbroken membership (R11a). */
class UpgradeTermNumbersTest {

    @TempDir
    Path dir;

    static String order(long id, long account, long term, String kind, Long renews, String day) {
        return "INSERT INTO orders (id, number, account_id, term, kind, renews_membership_id, placed_at, placed_on,"
                + " placed_by_user_id, payment_method, status, currency, net_minor, tax_basis_points, tax_minor,"
                + " total_minor, paid_on) VALUES (" + id + ", 'AP-" + id + "', " + account + ", " + term + ", '" + kind
                + "', " + renews + ", '" + day + "T10:00:00', '" + day + "', " + account + ", 'WIRE_TRANSFER', 'PAID',"
                + " 'USD', 47500, 0, 0, 47500, '" + day + "')";
    }

    static String term(long id, long account, long term, String start, String status) {
        return "INSERT INTO memberships (id, account_id, order_id, term, start_date, status, benefits_available_at)"
                + " VALUES (" + id + ", " + account + ", " + id + ", " + term + ", '" + start + "', '" + status + "', '"
                + start + "T10:00:00')";
    }

    @Test
    @DisplayName("R11a: a late renewal's lapsed term becomes EXPIRED as of AD+31; a late renewal and a fresh purchase after a lapse are term 1; a renewal in time counts on")
    void renumbered() throws Exception {
        Path file = dir.resolve("old.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations(DatabaseOptions.APP_MIGRATIONS)
                .loggers("slf4j").target("3").load().migrate(); // as the first version left it
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (long account : new long[] {1, 2}) {
                s.execute("INSERT INTO accounts (id, partner_id, legal_name, street, city, country, contact_name,"
                        + " contact_email, verification) VALUES (" + account + ", '400000" + account + "', 'A" + account
                        + "', '1 Main', 'Springfield', 'US', 'Pat', 'pat" + account + "@x.example', 'VERIFIED')");
                s.execute("INSERT INTO users (id, account_id, email, display_name) VALUES (" + account + ", " + account
                        + ", 'ada" + account + "@x.example', 'Ada')");
            }
            // Account 1: bought 2025-02-01, renewed in time 2026-02-10 (AD+9), renewal funds 2027-04-01 (late).
            s.execute(order(1, 1, 1, "NEW", null, "2025-02-01"));
            s.execute(term(1, 1, 1, "2025-02-01", "RENEWED"));
            s.execute(order(2, 1, 2, "RENEWAL", 1L, "2026-02-10"));
            s.execute(term(2, 1, 2, "2026-02-10", "RENEWED"));
            s.execute(order(3, 1, 3, "RENEWAL", 2L, "2027-04-01"));
            s.execute(term(3, 1, 3, "2027-04-01", "ACTIVE"));
            // Account 2: bought 2025-01-01, lapsed, bought afresh 2026-06-01 (stored as term 2).
            s.execute(order(4, 2, 1, "NEW", null, "2025-01-01"));
            s.execute(term(4, 2, 1, "2025-01-01", "EXPIRED"));
            s.execute(order(5, 2, 2, "NEW", null, "2026-06-01"));
            s.execute(term(5, 2, 2, "2026-06-01", "ACTIVE"));
            // A renewal paid on its term's very AD + 30 still renews it.
            s.execute(order(6, 2, 3, "RENEWAL", 5L, "2027-07-01"));
            s.execute(term(6, 2, 3, "2027-07-01", "ACTIVE"));
            s.execute("UPDATE memberships SET status = 'RENEWED' WHERE id = 5");
        }

        Ports p = Database.open(file, new TestClock(LocalDate.of(2027, 7, 2))).ports();
        p.transactions().read(() -> {
            assertTerm(p, 1, 1, MembershipStatus.RENEWED, null);
            assertTerm(p, 2, 2, MembershipStatus.EXPIRED, LocalDate.of(2027, 3, 13));
            assertTerm(p, 3, 1, MembershipStatus.ACTIVE, null);
            assertTerm(p, 4, 1, MembershipStatus.EXPIRED, null);
            assertTerm(p, 5, 1, MembershipStatus.RENEWED, null);
            assertTerm(p, 6, 2, MembershipStatus.ACTIVE, null);
            assertEquals(3, p.orders().find(6).orElseThrow().term(), "orders keep the account-wide sequence (R5)");
            return null;
        });
    }

    private static void assertTerm(Ports p, long id, int term, MembershipStatus status, LocalDate closedOn) {
        Membership m = p.memberships().find(id).orElseThrow();
        assertEquals(term, m.term(), "membership " + id);
        assertEquals(status, m.status(), "membership " + id);
        if (closedOn != null) {
            assertEquals(closedOn, m.closedOn(), "membership " + id);
        }
    }
}
