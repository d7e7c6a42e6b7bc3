package com.actionpack.tui.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.Setup;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.cancellation.SupportTicket;
import com.actionpack.core.common.Actor;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.usecase.account.OperatorRemoval;
import com.actionpack.core.usecase.account.VerificationDecision;
import com.actionpack.tui.testing.ConsoleHarness;
import com.actionpack.tui.testing.ScreenWorld;
import com.googlecode.lanterna.input.KeyType;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every action of the Operator workspace asks core's read-only "may I, and if not every reason
 * why" before it offers its confirmation or form: record funds (R8), refund (R15), provision now
 * (R16), expire overdue wire orders (R8a), decide a verification (R2), edit or add a price
 * (R10). Each case changes the world after the screen was drawn (another operator acted, the
 * role was removed), as happens with two operators at work; the screen then shows core's reason
 * on the message line and opens no window at all: no question about something that would fail.
 */
class OperatorActionsAskCoreTest {

    private final ScreenWorld world = new ScreenWorld(LocalDate.of(2026, 3, 10));
    private final Actor admin = world.readyAdmin();
    private final Actor operator = world.fixture.operator();
    private final Actor other = world.fixture.operator();

    /** Opens the workspace, lets {@code meanwhile} happen, presses Enter on the row and returns the screen. */
    private String refusedOn(Consumer<ConsoleHarness> select, Runnable meanwhile) {
        try (ConsoleHarness console = world.open(OperatorScreen.factory(world.fixture.core, operator))) {
            select.accept(console);
            meanwhile.run();
            console.press(KeyType.Enter);
            assertEquals(1, console.gui().getWindows().size(), "no confirmation, no window:\n" + console.text());
            return console.text().replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("R8: funds another operator recorded meanwhile: the order is paid, said in one line, nothing asked")
    void recordFunds() {
        Order order = world.fixture.buyByWire(admin).order();
        String text = refusedOn(c -> OperatorScreenTest.select(c, order.number()),
                () -> world.fixture.core.wirePayments().recordFundsReceived(other, order.id()));
        assertTrue(text.contains("Record funds: not possible. Order " + order.number()
                + " is not awaiting payment: it is paid. Refresh the queue (r)"), text);
    }

    @Test
    @DisplayName("R15: a ticket another operator refunded meanwhile is not refunded twice")
    void refund() {
        world.fixture.buyByCard(admin);
        SupportTicket ticket = world.fixture.core.cancellations().request(admin, "Bought by mistake").ticket();
        String text = refusedOn(c -> OperatorScreenTest.select(c, ticket.number()),
                () -> world.fixture.core.cancellations().processRefund(other, ticket.id()));
        assertTrue(text.contains("Process refund: not possible. There is no cancellation ticket in progress with that id."),
                text);
    }

    @Test
    @DisplayName("R16: benefits provisioned meanwhile are not provisioned again")
    void provisionNow() {
        Membership m = world.fixture.buyByCard(admin).membership().orElseThrow();
        String text = refusedOn(c -> OperatorScreenTest.select(c, "4000001", "1", "2026-03-11 12:00 UTC"),
                () -> world.fixture.core.benefits().provisionNow(other, m.id()));
        assertTrue(text.contains("Provision benefits: not possible. The benefits of term 1 are available already"), text);
    }

    @Test
    @DisplayName("R8a: with no wire order past its last day to pay, Expire overdue says so instead of asking")
    void expireOverdue() {
        world.fixture.buyByWire(admin);
        world.fixture.clock.advanceDays(30);
        String text = refusedOn(c -> OperatorScreenTest.select(c, "[Expire overdue]"), () -> { });
        assertTrue(text.contains("Expire overdue: not possible. No unpaid wire order is past its last day to pay"), text);
    }

    @Test
    @DisplayName("R2: an account another operator decided meanwhile is not decided again (no decision screen opens)")
    void decideVerification() {
        Setup fabrikam = world.fixture.newAccount("Fabrikam Inc", "DE");
        String text = refusedOn(c -> OperatorScreenTest.select(c, String.valueOf(fabrikam.account().partnerId()),
                "Fabrikam Inc"), () -> world.fixture.core.decideVerification().decide(other,
                        new VerificationDecision(fabrikam.account().id(), VerificationStatus.VERIFIED, "")));
        assertTrue(text.contains("Decide verification: not possible. The verification of PartnerID "
                + fabrikam.account().partnerId() + " is VERIFIED already, not pending."), text);
    }

    @Test
    @DisplayName("R10 R4a: an operator removed from the host meanwhile gets no price form, and is told how operators are made")
    void editPrice() {
        String email = world.fixture.core.accountQueries().me(operator).email();
        String text = refusedOn(c -> OperatorScreenTest.select(c, "US", "USD 475.00"),
                () -> world.fixture.core.removeOperator().remove(new OperatorRemoval(email, "root")));
        assertTrue(text.contains("Edit prices: not possible. You need the Operator role"), text);
        assertTrue(text.contains("operator add EMAIL --name NAME"), text);
    }

    @Test
    @DisplayName("R2 R8: the same row is offered again once core allows it: a refused action leaves the screen usable")
    void refusedThenAllowed() {
        Setup fabrikam = world.fixture.newAccount("Fabrikam Inc", "DE");
        try (ConsoleHarness console = world.open(OperatorScreen.factory(world.fixture.core, operator))) {
            OperatorScreenTest.select(console, "[Expire overdue]");
            console.press(KeyType.Enter);
            assertTrue(console.text().replaceAll("\\s+", " ").contains("There is nothing to expire today."), console.text());
            OperatorScreenTest.select(console, String.valueOf(fabrikam.account().partnerId()), "Fabrikam Inc");
            console.press(KeyType.Enter);
            assertTrue(console.shows("Verification: PENDING"), console.text());
        }
    }
}
