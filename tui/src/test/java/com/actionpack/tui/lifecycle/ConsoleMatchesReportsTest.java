package com.actionpack.tui.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.usecase.account.VerificationDecision;
import com.actionpack.core.CoreServices;
import com.actionpack.core.Ports;
import com.actionpack.core.account.NewAccount;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.Setup;
import com.actionpack.core.account.User;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.benefits.RandomProductKeyIssuer;
import com.actionpack.core.usecase.account.VerificationDecision;
import com.actionpack.core.common.Actor;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.PaymentChoice;
import com.actionpack.core.ordering.PlaceOrder;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.testing.TestClock;
import com.actionpack.persistence.db.Database;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.tui.billing.BillingScreen;
import com.actionpack.tui.membership.MembershipScreen;
import com.actionpack.tui.testing.ConsoleHarness;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R8a: the console shows the same state as the reports on every day of a wire order's life and
 * of a renewal's, on a real SQLite file and before any sweep has written anything: both ask
 * core's one function with the app clock's day.
 */
class ConsoleMatchesReportsTest {

    private static final LocalDate PLACED = LocalDate.of(2027, 1, 20);

    @TempDir
    Path dir;

    private TestClock clock;
    private Database db;
    private Ports ports;
    private CoreServices core;
    private Actor operator;

    private void open() {
        clock = new TestClock(PLACED);
        db = Database.open(dir.resolve("actionpack.db"), clock);
        ports = db.ports(new RandomProductKeyIssuer(new Random(7)));
        core = new CoreServices(ports);
        // R4a: the operator is a back-office user, added as the host does.
        operator = Actor.console(core.addOperator().add(new com.actionpack.core.usecase.account.NewOperator(
                "ops@backoffice.example", "Olga Ops", "test")).operator().id());
    }

    private Setup account(String name) {
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]", "");
        return core.createAccount().create(new NewAccount(CoreFixture.profile(name, "US"), "admin@" + slug + ".example",
                "Ada Admin"));
    }

    private Actor ready(String name) {
        Setup setup = account(name);
        Actor admin = Actor.console(setup.globalAdmin().id());
        core.enrollInProgram().enroll(admin);
        core.decideVerification().decide(operator, new VerificationDecision(setup.account().id(),
                VerificationStatus.VERIFIED, ""));
        return admin;
    }

    private Order order(Actor admin, PaymentChoice payment) {
        return core.purchases().placeOrder(admin, new PlaceOrder(true, payment)).order();
    }

    /** The invoice statuses the report gives for one order, as of the clock's day. */
    private List<String> reportedInvoiceStatuses(String orderNumber) throws IOException {
        List<String> out = new ArrayList<>();
        db.reports().invoices(ReportData.Filter.ALL, row -> {
            if (row.orderNumber().equals(orderNumber)) {
                out.add(row.status());
            }
        });
        return out;
    }

    /** The membership rows the report gives for orders in {@code orderNumbers}. */
    private List<ReportData.MembershipRow> reportedTerms(List<String> orderNumbers) throws IOException {
        List<ReportData.MembershipRow> out = new ArrayList<>();
        db.reports().memberships(ReportData.Filter.ALL, row -> {
            if (orderNumbers.contains(row.orderNumber())) {
                out.add(row);
            }
        });
        return out;
    }

    /** The Billing screen shows the order's row and its invoice's row with the report's status. */
    private void billingMatches(Actor admin, Order order, LocalDate day) throws IOException {
        List<String> invoice = reportedInvoiceStatuses(order.number());
        assertEquals(1, invoice.size(), day.toString());
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, com.actionpack.tui.shell.ConsoleSettings.defaults(),
                BillingScreen.factory(core, admin))) {
            List<String> lines = console.lines();
            String orderLine = lines.stream().filter(l -> l.contains(order.number()) && l.contains(order.placedOn().toString())
                    && !l.contains("INV-")).findFirst().orElseThrow(() -> new AssertionError(console.text()));
            String invoiceLine = lines.stream().filter(l -> l.contains("INV-") && l.contains(order.number()))
                    .findFirst().orElseThrow(() -> new AssertionError(console.text()));
            String expectedOrder = invoice.get(0).equals("VOID") ? "EXPIRED" : invoice.get(0);
            assertTrue(orderLine.contains(" " + expectedOrder + " "), day + ": report says " + invoice + "\n" + console.text());
            assertTrue(invoiceLine.contains(" " + invoice.get(0) + " "), day + ": report says " + invoice + "\n" + console.text());
        }
    }

    /** The Membership screen's current term is the report's ACTIVE row; none when the report has none. */
    private void membershipMatches(Actor admin, List<String> orderNumbers, LocalDate day) throws IOException {
        List<ReportData.MembershipRow> active = reportedTerms(orderNumbers).stream()
                .filter(r -> r.status().equals("ACTIVE") && !r.startDate().isAfter(day)).toList();
        assertTrue(active.size() <= 1, day + " " + active);
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, com.actionpack.tui.shell.ConsoleSettings.defaults(),
                MembershipScreen.factory(core, admin))) {
            if (active.isEmpty()) {
                assertTrue(console.shows("No current membership."), day + "\n" + console.text());
            } else {
                assertTrue(console.shows(": ACTIVE since " + active.get(0).startDate()), day + " " + active + "\n" + console.text());
            }
        }
    }

    @Test
    @DisplayName("R8a R9a: every day of a wire order's life, paid on day 12 or never: Billing shows the report's status (EXPIRED/VOID from placed+31)")
    void wireOrderLife() throws IOException {
        open();
        Actor unpaid = ready("Never Pays");
        Actor pays = ready("Pays Late");
        Order neverPaid = order(unpaid, new PaymentChoice.Wire());
        Order paidLater = order(pays, new PaymentChoice.Wire());
        for (int offset = 0; offset <= 33; offset++) {
            LocalDate day = PLACED.plusDays(offset);
            clock.setDate(day);
            if (offset == 12) {
                core.wirePayments().recordFundsReceived(operator, paidLater.id());
            }
            billingMatches(unpaid, neverPaid, day);
            billingMatches(pays, paidLater, day);
        }
        assertEquals(List.of("VOID"), reportedInvoiceStatuses(neverPaid.number()));
    }

    @Test
    @DisplayName("R8a R11a R12: every day of a renewal's life, paid in the window or after it: Membership and Billing show the report's state")
    void renewalLife() throws IOException {
        open();
        Actor inWindow = ready("Renews In Time");
        Actor late = ready("Renews Late");
        Order firstA = order(inWindow, CoreFixture.card());
        Order firstB = order(late, CoreFixture.card());
        LocalDate ad = PLACED.plusDays(365);
        Order renewalA = null;
        Order renewalB = null;
        for (int offset = -1; offset <= 45; offset++) {
            LocalDate day = ad.plusDays(offset);
            clock.setDate(day);
            if (offset == 2) {
                renewalA = order(inWindow, new PaymentChoice.Wire());
            }
            if (offset == 20) {
                renewalB = order(late, new PaymentChoice.Wire());
            }
            if (offset == 25) {
                core.wirePayments().recordFundsReceived(operator, renewalA.id());
            }
            if (offset == 40) {
                core.wirePayments().recordFundsReceived(operator, renewalB.id());
            }
            List<String> a = new ArrayList<>(List.of(firstA.number()));
            List<String> b = new ArrayList<>(List.of(firstB.number()));
            if (renewalA != null) {
                a.add(renewalA.number());
                billingMatches(inWindow, renewalA, day);
            }
            if (renewalB != null) {
                b.add(renewalB.number());
                billingMatches(late, renewalB, day);
            }
            membershipMatches(inWindow, a, day);
            membershipMatches(late, b, day);
        }
    }
}
