package com.actionpack.core.usecase.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.audit.AuditEntry;
import com.actionpack.core.common.Actor;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipStatus;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.testing.CoreFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R11a: a wire renewal whose funds are recorded after AD + 30 is a new membership. */
class LateRenewalTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 10);
    private static final LocalDate AD = DAY.plusDays(365);
    private final CoreFixture world = new CoreFixture(DAY);
    private final Actor admin = world.readyAccount();
    private final Actor op = world.operator();
    private final Membership first = world.buyByCard(admin).membership().orElseThrow();

    private Membership payRenewal(LocalDate placed, LocalDate funds) {
        world.clock.setDate(placed);
        Order order = world.buyByWire(admin).order();
        world.clock.setDate(funds);
        return world.core.wirePayments().recordFundsReceived(op, order.id());
    }

    private List<AuditEntry> audit(String action) {
        return world.store.auditEntries().stream().filter(a -> a.action().equals(action)).toList();
    }

    @Test
    @DisplayName("R11a: funds recorded 41 days after AD: the lapsed term is EXPIRED as of AD+31 (audited), a new membership starts on the funds day as term 1")
    void fundsAfterTheWindow() {
        Membership fresh = payRenewal(AD.plusDays(20), AD.plusDays(41));
        assertEquals(AD.plusDays(41), fresh.startDate());
        assertEquals(1, fresh.term(), "a new membership, not term 2");
        Membership old = world.store.memberships.find(first.id()).orElseThrow();
        assertEquals(MembershipStatus.EXPIRED, old.status(), "not RENEWED");
        assertEquals(AD.plusDays(31), old.closedOn());
        List<AuditEntry> expired = audit("membership.expired");
        assertEquals(1, expired.size());
        assertTrue(expired.get(0).after().contains("EXPIRED as of " + AD.plusDays(31)), expired.get(0).after());
        AuditEntry started = audit("membership.started").get(audit("membership.started").size() - 1);
        assertTrue(started.after().contains("a new purchase"), started.after());
        assertTrue(audit("membership.renewed").isEmpty());
        assertEquals(fresh.id(), world.core.eligibility().check(admin).current().orElseThrow().id());
        assertFalse(world.core.benefits().overview(admin).earlierTerms().stream().anyMatch(t -> t.membership().id() == first.id()),
                "an expired term's benefits are gone");
    }

    @Test
    @DisplayName("R11a: on AD+30 the renewal still extends the membership (term 2, previous RENEWED); on AD+31 it is a new one (term 1)")
    void boundary() {
        Membership renewal = payRenewal(AD, AD.plusDays(30));
        assertEquals(2, renewal.term());
        assertEquals(MembershipStatus.RENEWED, world.store.memberships.find(first.id()).orElseThrow().status());
        assertTrue(audit("membership.expired").isEmpty());

        CoreFixture other = new CoreFixture(DAY);
        Actor otherAdmin = other.readyAccount();
        Actor otherOp = other.operator();
        Membership otherFirst = other.buyByCard(otherAdmin).membership().orElseThrow();
        other.clock.setDate(AD.plusDays(1));
        Order order = other.buyByWire(otherAdmin).order();
        other.clock.setDate(AD.plusDays(31));
        Membership late = other.core.wirePayments().recordFundsReceived(otherOp, order.id());
        assertEquals(1, late.term());
        assertEquals(MembershipStatus.EXPIRED, other.store.memberships.find(otherFirst.id()).orElseThrow().status());
    }

    @Test
    @DisplayName("R11a: when the sweep already recorded the lapse, paying late records it once, not twice")
    void sweptBeforePayment() {
        world.clock.setDate(AD.plusDays(25));
        Order order = world.buyByWire(admin).order();
        world.clock.setDate(AD.plusDays(40));
        // Another admin's purchase attempt runs the sweep; here the operator's expiry run does the same for orders.
        if (world.core.wirePayments().mayExpireOverdue(op).isEmpty()) {
            world.core.wirePayments().expireOverdue(op);
        }
        world.core.eligibility().check(admin);
        Membership fresh = world.core.wirePayments().recordFundsReceived(op, order.id());
        assertEquals(1, fresh.term());
        assertEquals(1, audit("membership.expired").size());
    }

    @Test
    @DisplayName("R11a: terms are numbered within one unbroken membership: a fresh purchase after a lapse is term 1 again")
    void freshPurchaseAfterLapse() {
        world.clock.setDate(AD.plusDays(31));
        Membership fresh = world.buyByCard(admin).membership().orElseThrow();
        assertEquals(1, fresh.term());
        world.clock.setDate(fresh.dates().endDate().plusDays(3));
        Membership renewal = world.buyByCard(admin).membership().orElseThrow();
        assertEquals(2, renewal.term(), "a renewal inside the window counts on");
        assertTrue(world.store.orders.find(renewal.orderId()).orElseThrow().term() > 2,
                "orders keep their own account-wide sequence for the one-live-order guard (R5)");
    }
}
