package com.actionpack.core.usecase.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.billing.InvoiceStatus;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.PageRequest;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.ordering.WireInstructions;
import com.actionpack.core.ordering.WireProof;
import com.actionpack.core.testing.CoreFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WirePaymentServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 10);
    private final CoreFixture world = new CoreFixture(DAY);
    private final Actor admin = world.readyAccount();
    private final Actor op = world.operator();

    @Test
    @DisplayName("R8: a wire order awaits payment; the checkout shows bank details, exact amount and currency, order number and PartnerID")
    void instructions() {
        OrderReceipt r = world.buyByWire(admin);
        assertEquals(OrderStatus.AWAITING_PAYMENT, r.order().status());
        assertTrue(r.membership().isEmpty());
        WireInstructions w = r.wireInstructions().orElseThrow();
        assertEquals(r.order().total(), w.amount());
        String partnerId = world.core.accountQueries().account(admin).partnerId();
        assertTrue(w.reference().contains(r.order().number()) && w.reference().contains(partnerId), w.reference());
        assertTrue(w.asText().contains("USD 475.00") && w.asText().contains("SWIFT"), w.asText());
        assertEquals(DAY.plusDays(30), w.lastPaymentDay(), "R8a: payable through placed + 30");
        assertTrue(w.asText().contains("Pay by: " + DAY.plusDays(30) + " (the last day"), w.asText());
        assertTrue(r.invoice().paymentInstructions().contains(r.order().number()));
    }

    @Test
    @DisplayName("R8 R11: funds recorded on day 29 after placing: paid then, term starts on the funds day")
    void fundsOnDay29() {
        Order placed = world.buyByWire(admin).order();
        world.clock.setDate(DAY.plusDays(29));
        Membership m = world.core.wirePayments().recordFundsReceived(op, placed.id());
        assertEquals(DAY.plusDays(29), m.startDate());
        assertEquals(DAY.plusDays(29 + 365), m.dates().endDate());
        Order paid = world.store.orders.find(placed.id()).orElseThrow();
        assertEquals(OrderStatus.PAID, paid.status());
        assertEquals(DAY.plusDays(29), paid.paidOn());
        assertEquals(InvoiceStatus.PAID, world.store.invoices.listByOrder(placed.id()).get(0).status());
    }

    @Test
    @DisplayName("R8a: on day 30 after placing the wire order still awaits payment; on day 31 it has expired: funds are refused and the account may order again")
    void expiredOnDay31() {
        Order placed = world.buyByWire(admin).order();
        world.clock.setDate(DAY.plusDays(30));
        assertTrue(world.core.eligibility().check(admin).reasons().stream()
                .anyMatch(r -> r.code() == ReasonCode.AWAITING_WIRE_PAYMENT));
        assertTrue(assertThrows(ActionRefusedException.class, () -> world.core.wirePayments().expireOverdue(op))
                .has(ReasonCode.NOTHING_OVERDUE), "R8a: nothing is overdue on day 30");
        world.clock.setDate(DAY.plusDays(31));
        assertEquals(OrderStatus.EXPIRED, world.core.billing().orders(admin).get(0).status(),
                "R8a: shown EXPIRED before any sweep has run");
        assertEquals(InvoiceStatus.VOID, world.core.billing().invoices(admin, PageRequest.first(5)).rows().get(0).status(),
                "R9a: its invoice VOID, before any sweep");
        assertEquals(OrderStatus.AWAITING_PAYMENT, world.store.orders.find(placed.id()).orElseThrow().status(),
                "nothing was written yet");
        ActionRefusedException e = assertThrows(ActionRefusedException.class,
                () -> world.core.wirePayments().recordFundsReceived(op, placed.id()));
        assertTrue(e.has(ReasonCode.ORDER_NOT_AWAITING_PAYMENT));
        assertTrue(world.core.eligibility().check(admin).enabled());
        assertEquals(List.of(), world.core.wirePayments().mayExpireOverdue(op));
        assertEquals(1, world.core.wirePayments().expireOverdue(op));
        assertEquals(OrderStatus.EXPIRED, world.store.orders.find(placed.id()).orElseThrow().status());
        assertEquals(DAY.plusDays(31), world.store.orders.find(placed.id()).orElseThrow().closedOn(), "EXPIRED as of placed + 31");
        assertEquals(InvoiceStatus.VOID, world.store.invoices.listByOrder(placed.id()).get(0).status());
        assertEquals(OrderStatus.PAID, world.buyByCard(admin).order().status());
    }

    @Test
    @DisplayName("R8a: expireOverdue leaves an order on its day 30 alone")
    void expireSweepBoundary() {
        world.buyByWire(admin);
        world.clock.setDate(DAY.plusDays(30));
        assertEquals(List.of(ReasonCode.NOTHING_OVERDUE),
                world.core.wirePayments().mayExpireOverdue(op).stream().map(r -> r.code()).toList());
        assertEquals(1, world.core.wirePayments().awaitingPayment(op).size());
    }

    @Test
    @DisplayName("R8: the admin cancels an unpaid wire order and pays by card instead")
    void cancelUnpaidThenCard() {
        Order placed = world.buyByWire(admin).order();
        Order cancelled = world.core.wirePayments().cancelUnpaid(admin, placed.id());
        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertThrows(ActionRefusedException.class, () -> world.core.wirePayments().cancelUnpaid(admin, placed.id()));
        OrderReceipt card = world.buyByCard(admin);
        assertEquals(OrderStatus.PAID, card.order().status());
        assertEquals(1, card.order().term());
    }

    @Test
    @DisplayName("R8 R4: only an operator records funds; the admin uploads proof of payment")
    void proofAndOperator() {
        Order placed = world.buyByWire(admin).order();
        ActionRefusedException e = assertThrows(ActionRefusedException.class,
                () -> world.core.wirePayments().recordFundsReceived(admin, placed.id()));
        assertTrue(e.has(ReasonCode.MISSING_ROLE));
        WireProof proof = new WireProof(DAY, "DE00 1234", "TX-777", "scan.pdf");
        Order withProof = world.core.wirePayments().uploadProof(admin, placed.id(), proof);
        assertEquals(proof, withProof.proof().orElseThrow());
        assertEquals(OrderStatus.AWAITING_PAYMENT, withProof.status(), "proof alone does not pay the order");
        world.core.wirePayments().recordFundsReceived(op, placed.id());
        assertEquals(OrderStatus.PAID, world.store.orders.find(placed.id()).orElseThrow().status());
    }

    @Test
    @DisplayName("R8: a proof dated in the future or before the order is refused, and the read-only check says the same")
    void proofDateBetweenTheOrderAndToday() {
        Order placed = world.buyByWire(admin).order();
        for (java.time.LocalDate wrong : List.of(DAY.plusDays(1), DAY.minusDays(1))) {
            WireProof proof = new WireProof(wrong, "DE00 1234", "TX-777", "");
            ActionRefusedException e = assertThrows(ActionRefusedException.class,
                    () -> world.core.wirePayments().uploadProof(admin, placed.id(), proof));
            assertTrue(e.has(ReasonCode.INVALID_INPUT), e.getMessage());
            assertEquals(e.reasons(), world.core.wirePayments().checkProofDate(admin, placed.id(), wrong));
        }
        assertEquals(List.of(), world.core.wirePayments().checkProofDate(admin, placed.id(), DAY));
        assertTrue(world.store.orders.find(placed.id()).orElseThrow().proof().isEmpty(), "nothing stored");
    }

    @Test
    @DisplayName("R8: another account's admin cannot cancel or prove someone else's wire order")
    void otherAccount() {
        Order placed = world.buyByWire(admin).order();
        Actor stranger = world.readyAccount("Fabrikam Inc", "US");
        ActionRefusedException e = assertThrows(ActionRefusedException.class,
                () -> world.core.wirePayments().cancelUnpaid(stranger, placed.id()));
        assertTrue(e.has(ReasonCode.ORDER_NOT_FOUND));
    }
}
