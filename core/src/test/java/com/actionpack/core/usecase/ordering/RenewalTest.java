package com.actionpack.core.usecase.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.cancellation.CancellationOutcome;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.eligibility.Eligibility;
import com.actionpack.core.eligibility.OfferMode;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipStatus;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderKind;
import com.actionpack.core.testing.CoreFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RenewalTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 10);
    private static final LocalDate AD = DAY.plusDays(365);
    private final CoreFixture world = new CoreFixture(DAY);
    private final Actor admin = world.readyAccount();
    private final Actor op = world.operator();
    private final Membership first = world.buyByCard(admin).membership().orElseThrow();

    @Test
    @DisplayName("R11 R8: a renewal by wire placed in the window starts its term on the day the funds are recorded")
    void wireRenewalInWindow() {
        world.clock.setDate(AD.plusDays(10));
        Order placed = world.buyByWire(admin).order();
        assertEquals(OrderKind.RENEWAL, placed.kind());
        world.clock.setDate(AD.plusDays(20));
        Membership second = world.core.wirePayments().recordFundsReceived(op, placed.id());
        assertEquals(AD.plusDays(20), second.startDate());
        assertEquals(MembershipStatus.RENEWED, world.store.memberships.find(first.id()).orElseThrow().status());
        Eligibility e = world.core.eligibility().check(admin);
        assertEquals(second.id(), e.current().orElseThrow().id());
        assertTrue(e.reasons().stream().anyMatch(r -> r.code() == ReasonCode.RENEWAL_WINDOW_NOT_OPEN));
        var audited = world.store.auditEntries().get(world.store.auditEntries().size() - 1);
        assertEquals("membership.renewed", audited.action(), "R21: the superseded term is named, as on the card path");
        assertEquals("term 1 ACTIVE", audited.before());
        assertTrue(audited.after().contains("term 1 RENEWED, its benefits until " + AD.plusDays(30)), audited.after());
    }

    @Test
    @DisplayName("R11a R8: funds of a wire renewal recorded after AD+30 start a new membership then; in between Buy is held by the awaiting order")
    void wireRenewalPaidAfterLapse() {
        world.clock.setDate(AD.plusDays(30));
        Order placed = world.buyByWire(admin).order();
        world.clock.setDate(AD.plusDays(31));
        Eligibility between = world.core.eligibility().check(admin);
        assertEquals(OfferMode.BUY_NOW, between.mode());
        assertTrue(between.reasons().stream().anyMatch(r -> r.code() == ReasonCode.AWAITING_WIRE_PAYMENT));
        world.clock.setDate(AD.plusDays(45));
        Membership second = world.core.wirePayments().recordFundsReceived(op, placed.id());
        assertEquals(AD.plusDays(45), second.startDate());
        assertEquals(1, second.term(), "R11a: a new membership, not term 2");
        assertEquals(MembershipStatus.EXPIRED, world.store.memberships.find(first.id()).orElseThrow().status());
        assertEquals(second.id(), world.core.eligibility().check(admin).current().orElseThrow().id());
    }

    @Test
    @DisplayName("R15 R12: refunding a renewal ends the renewal's term only; the renewed term is current again until its AD+30")
    void refundedRenewalRestoresPreviousTerm() {
        world.clock.setDate(AD.plusDays(5));
        OrderReceipt renewal = world.buyByCard(admin);
        world.clock.setDate(AD.plusDays(10));
        CancellationOutcome out = world.core.cancellations().request(admin, "renewed by mistake");
        assertTrue(out.accepted(), out.refusedBecause().toString());
        world.core.cancellations().processRefund(op, out.ticket().id());

        assertEquals(MembershipStatus.CANCELLED,
                world.store.memberships.find(renewal.membership().orElseThrow().id()).orElseThrow().status());
        Eligibility e = world.core.eligibility().check(admin);
        assertEquals(first.id(), e.current().orElseThrow().id(), "the first term's benefits survive to its AD+30");
        assertEquals(OfferMode.RENEW, e.mode());
        assertTrue(e.enabled(), e.reasons().toString());
        world.clock.setDate(AD.plusDays(31));
        assertEquals(OfferMode.BUY_NOW, world.core.eligibility().check(admin).mode());
    }
}
