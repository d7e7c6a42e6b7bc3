package com.actionpack.tui.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.Setup;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.benefits.BenefitsStatus;
import com.actionpack.core.common.Actor;
import com.actionpack.core.usecase.ordering.OrderReceipt;
import com.actionpack.core.offer.CountryOffer;
import com.actionpack.tui.testing.ConsoleHarness;
import com.actionpack.tui.testing.ScreenWorld;
import com.googlecode.lanterna.input.KeyType;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OperatorScreenTest {

    private final ScreenWorld world = new ScreenWorld(LocalDate.of(2026, 3, 10));
    private final Actor admin = world.readyAdmin();
    private final Actor operator = world.fixture.operator();

    /** Moves the selection to the row showing these cells (a table row: only spaces between them). */
    static void select(ConsoleHarness console, String... cells) {
        String[] marked = cells.clone();
        marked[0] = "> " + cells[0];
        if (!console.showsRow(marked)) {
            console.press(KeyType.Home);
        }
        for (int i = 0; i < 80 && !console.showsRow(marked); i++) {
            console.press(KeyType.ArrowDown);
        }
        assertTrue(console.showsRow(marked), String.join(" ", cells) + "\n" + console.text());
    }

    private CountryOffer offer(String country) {
        return world.fixture.core.prices().list().stream().filter(o -> o.country().equals(country)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("R8: the operator records a wire order's funds after a confirmation, and the account's membership starts")
    void recordFunds() {
        OrderReceipt receipt = world.fixture.buyByWire(admin);
        String number = receipt.order().number();
        try (ConsoleHarness console = world.open(OperatorScreen.factory(world.fixture.core, operator))) {
            select(console, number, "4000001", "USD 475.00", "2026-04-09", "none yet");
            console.press(KeyType.Enter);
            assertTrue(console.text().contains("The order becomes paid and the membership starts today"), console.text());
            console.press(KeyType.Enter); // Cancel has the focus
            assertTrue(world.fixture.core.benefits().overview(admin).membership().isEmpty());

            console.press(KeyType.Enter).press(KeyType.Tab).press(KeyType.Enter);
            assertTrue(console.shows("Order " + number + " paid: membership term 1 started 2026-03-10."), console.text());
            assertFalse(console.showsRow(number, "4000001"), console.text());
            assertTrue(console.showsRow("4000001", "1", "2026-03-11 12:00 UTC"), console.text());
        }
        assertEquals(LocalDate.of(2026, 3, 10),
                world.fixture.core.benefits().overview(admin).membership().orElseThrow().startDate());
    }

    @Test
    @DisplayName("R4 R4a: a partner user sees the refusal and how operators are appointed, never 'ask a Global admin'")
    void notAnOperator() {
        try (ConsoleHarness console = world.open(OperatorScreen.factory(world.fixture.core, admin))) {
            String text = console.text();
            String flat = text.replaceAll("\\s+", " ");
            assertTrue(text.contains("You need the Operator role to act as an operator."), text);
            assertTrue(flat.contains("Operators are back-office users"), text);
            assertTrue(flat.contains("operator add EMAIL --name NAME"), text);
            assertFalse(flat.contains("Ask a Global admin"), text);
        }
    }

    @Test
    @DisplayName("R2: the verification queue lists pending accounts; rejecting asks for the reason")
    void rejectVerification() {
        Setup fabrikam = world.fixture.newAccount("Fabrikam Inc", "DE");
        try (ConsoleHarness console = world.open(OperatorScreen.factory(world.fixture.core, operator))) {
            select(console, String.valueOf(fabrikam.account().partnerId()), "Fabrikam Inc", "DE");
            console.press(KeyType.Enter);
            assertTrue(console.shows("Verification: PENDING"), console.text());
            select(console, "[Reject]");
            console.press(KeyType.Enter).type("Registry mismatch").press(KeyType.Enter);
            assertTrue(console.shows("Fabrikam Inc is REJECTED."), console.text());
            assertFalse(console.showsRow("Fabrikam Inc", "DE"), console.text());
        }
        var account = world.fixture.core.accountQueries().account(Actor.console(fabrikam.globalAdmin().id()));
        assertEquals(VerificationStatus.REJECTED, account.verification());
        assertEquals("Registry mismatch", account.verificationNote());
    }

    @Test
    @DisplayName("R2: a rejection without a reason keeps the prompt open with core's reason; typing one then rejects")
    void rejectWithoutAReasonKeepsThePrompt() {
        Setup fabrikam = world.fixture.newAccount("Fabrikam Inc", "DE");
        try (ConsoleHarness console = world.open(OperatorScreen.factory(world.fixture.core, operator))) {
            select(console, String.valueOf(fabrikam.account().partnerId()), "Fabrikam Inc", "DE");
            console.press(KeyType.Enter);
            select(console, "[Reject]");
            console.press(KeyType.Enter).type("  ").press(KeyType.Enter);
            String text = console.text();
            assertTrue(text.contains("Rejection reason is required: fill it in."), text);
            assertTrue(text.contains("Why is it rejected?"), "the prompt is still open:\n" + text);
            console.type("Registry mismatch").press(KeyType.Enter);
            assertTrue(console.shows("Fabrikam Inc is REJECTED."), console.text());
        }
        var account = world.fixture.core.accountQueries().account(Actor.console(fabrikam.globalAdmin().id()));
        assertEquals("Registry mismatch", account.verificationNote());
    }

    @Test
    @DisplayName("Database text with ESC sequences is shown escaped in the verification queue and its detail")
    void escapesQueueText() {
        Setup evil = world.fixture.newAccount("Evil\u001b[2J Corp", "US");
        try (ConsoleHarness console = world.open(OperatorScreen.factory(world.fixture.core, operator))) {
            select(console, String.valueOf(evil.account().partnerId()), "Evil^[[2J Corp", "US");
            console.press(KeyType.Enter);
            assertTrue(console.shows("Evil^[[2J Corp"), console.text());
            assertFalse(console.text().contains("\u001b"));
        }
    }

    @Test
    @DisplayName("R2: verifying a pending account makes it VERIFIED")
    void verify() {
        Setup fabrikam = world.fixture.newAccount("Fabrikam Inc", "DE");
        try (ConsoleHarness console = world.open(120, 40, OperatorScreen.factory(world.fixture.core, operator))) {
            select(console, String.valueOf(fabrikam.account().partnerId()), "Fabrikam Inc");
            console.press(KeyType.Enter).press(KeyType.Enter).press(KeyType.Enter);
            assertTrue(console.shows("Fabrikam Inc is VERIFIED."), console.text());
        }
        assertTrue(world.fixture.core.accountQueries().account(Actor.console(fabrikam.globalAdmin().id())).isVerified());
    }

    @Test
    @DisplayName("R8, R10: the operator edits a country's price, tax, card option and bank details")
    void editPrice() {
        try (ConsoleHarness console = world.open(OperatorScreen.factory(world.fixture.core, operator))) {
            select(console, "IN", "INR 39000.00", "18.00 %", "wire");
            console.press(KeyType.Enter).press(KeyType.Enter).press(KeyType.Enter);
            console.press(KeyType.End);
            for (int i = 0; i < 12; i++) {
                console.press(KeyType.Backspace);
            }
            console.type("41000.50").press(KeyType.Enter).press(KeyType.End);
            for (int i = 0; i < 8; i++) {
                console.press(KeyType.Backspace);
            }
            console.type("12.5").press(KeyType.Enter).press(KeyType.End).press(KeyType.Backspace).press(KeyType.Backspace)
                    .type("yes").press(KeyType.Enter).press(KeyType.Enter).press(KeyType.Enter);
            assertTrue(console.shows("IN  INR 41000.50 + tax 12.50 %  card and wire"), console.text());
            assertTrue(console.showsRow("IN", "INR 41000.50", "12.50 %", "card, wire"), console.text());
        }
        CountryOffer in = offer("IN");
        assertEquals(4_100_050, in.price().minor());
        assertEquals(1_250, in.taxBasisPoints());
        assertTrue(in.cardAllowed());
    }

    @Test
    @DisplayName("R10: a price that is not a number is one error line and nothing is saved")
    void badPrice() {
        try (ConsoleHarness console = world.open(OperatorScreen.factory(world.fixture.core, operator))) {
            select(console, "US", "USD 475.00");
            console.press(KeyType.Enter).press(KeyType.Enter).press(KeyType.Enter).press(KeyType.End).type("x");
            for (int i = 0; i < 5; i++) {
                console.press(KeyType.Enter);
            }
            assertTrue(console.shows("Price \"475.00x\" is not a number: type e.g. 475.00 (USD amounts are"), console.text());
        }
        assertEquals(47_500, offer("US").price().minor());
    }

    @Test
    @DisplayName("R15: a cancellation ticket in progress is refunded after a confirmation")
    void refundTicket() {
        world.fixture.buyByCard(admin);
        String ticket = world.fixture.core.cancellations().request(admin, "Bought by mistake").ticket().number();
        try (ConsoleHarness console = world.open(OperatorScreen.factory(world.fixture.core, operator))) {
            select(console, ticket);
            assertTrue(console.shows("Bought by mistake"));
            console.press(KeyType.Enter);
            assertTrue(console.text().contains("This cannot be undone."), console.text());
            console.press(KeyType.Tab).press(KeyType.Enter);
            assertTrue(console.shows("Ticket " + ticket + " refunded by credit note"), console.text());
        }
        assertTrue(world.fixture.core.benefits().overview(admin).membership().isEmpty());
    }

    @Test
    @DisplayName("R16, R2: at 80x24 the work queues, provisioning included, are on the first page; prices come last")
    void queuesBeforePrices() {
        world.fixture.buyByCard(admin);
        world.fixture.newAccount("Fabrikam Inc", "DE");
        try (ConsoleHarness console = world.open(OperatorScreen.factory(world.fixture.core, operator))) {
            String text = console.text();
            assertTrue(console.showsRow("4000001", "1", "2026-03-11 12:00 UTC"), text);
            assertTrue(console.showsRow("Fabrikam Inc", "DE"), text);
            assertTrue(text.indexOf("Benefits being provisioned") < text.indexOf("Prices by country"), text);
        }
    }

    @Test
    @DisplayName("R16: the operator provisions a term's benefits now")
    void provisionNow() {
        world.fixture.buyByCard(admin);
        try (ConsoleHarness console = world.open(OperatorScreen.factory(world.fixture.core, operator))) {
            select(console, "4000001", "1", "2026-03-11 12:00 UTC");
            console.press(KeyType.Enter).press(KeyType.Tab).press(KeyType.Enter);
            assertTrue(console.shows("Benefits of PartnerID 4000001 are available now."), console.text());
        }
        assertEquals(BenefitsStatus.AVAILABLE, world.fixture.core.benefits().overview(admin).status());
    }

    @Test
    @DisplayName("R8: overdue wire orders are expired on request, with the count")
    void expireOverdue() {
        world.fixture.buyByWire(admin);
        world.fixture.clock.advanceDays(31);
        try (ConsoleHarness console = world.open(OperatorScreen.factory(world.fixture.core, operator))) {
            select(console, "[Expire overdue]");
            console.press(KeyType.Enter).press(KeyType.Tab).press(KeyType.Enter);
            assertTrue(console.shows("1 order expired."), console.text());
        }
    }
}
