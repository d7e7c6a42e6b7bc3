package com.actionpack.core.usecase.cancellation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.BenefitsStatus;
import com.actionpack.core.benefits.RedeemBenefit;
import com.actionpack.core.cancellation.CancellationOutcome;
import com.actionpack.core.cancellation.TicketStatus;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.eligibility.OfferMode;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipStatus;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.usecase.account.NewUser;
import com.actionpack.core.usecase.ordering.OrderReceipt;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CancellationServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 10);
    private final CoreFixture world = new CoreFixture(DAY);
    private final Actor admin = world.readyAccount();
    private final Actor op = world.operator();

    @Test
    @DisplayName("R15: a request on day 30 after purchase opens a ticket; support refunds: credit note, order refunded, term cancelled, benefits revoked")
    void day30Accepted() {
        OrderReceipt bought = world.buyByCard(admin);
        world.clock.setDate(DAY.plusDays(30));
        CancellationOutcome out = world.core.cancellations().request(admin, "not needed");
        assertTrue(out.accepted());
        assertEquals(TicketStatus.IN_PROGRESS, out.ticket().status());
        assertTrue(world.core.eligibility().check(admin).reasons().stream()
                .anyMatch(r -> r.code() == ReasonCode.CANCELLATION_IN_PROGRESS));
        assertEquals(List.of(out.ticket()), world.core.cancellations().inProgress(op));

        world.core.cancellations().processRefund(op, out.ticket().id());
        assertEquals(OrderStatus.REFUNDED, world.store.orders.find(bought.order().id()).orElseThrow().status());
        Membership m = world.store.memberships.find(bought.membership().orElseThrow().id()).orElseThrow();
        assertEquals(MembershipStatus.CANCELLED, m.status());
        assertEquals(TicketStatus.ACCEPTED, world.store.tickets.find(out.ticket().id()).orElseThrow().status());
        assertEquals(BenefitsStatus.NONE, world.core.benefits().overview(admin).status());
        assertEquals(OfferMode.BUY_NOW, world.core.eligibility().check(admin).mode());
        assertTrue(world.core.eligibility().check(admin).enabled());
    }

    @Test
    @DisplayName("R15: a request on day 31 is refused and recorded, saying the 30 days are over")
    void day31Refused() {
        world.buyByCard(admin);
        world.clock.setDate(DAY.plusDays(31));
        assertFalse(world.core.cancellations().check(admin).allowed());
        CancellationOutcome out = world.core.cancellations().request(admin, "too late");
        assertFalse(out.accepted());
        assertEquals(TicketStatus.REFUSED, out.ticket().status());
        assertEquals(List.of(ReasonCode.CANCELLATION_WINDOW_CLOSED), codes(out.refusedBecause()));
        assertTrue(out.ticket().decisionNote().contains("more than 30 days"), out.ticket().decisionNote());
        assertTrue(world.core.cancellations().inProgress(op).isEmpty());
    }

    @Test
    @DisplayName("R15 R19: after a redemption and a product key view the request is refused with both reasons")
    void redeemedAndViewed() {
        world.buyByCard(admin);
        world.clock.advance(Duration.ofHours(24));
        world.core.benefits().choosePack(admin, BenefitPack.MAPS);
        var r = world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-05", 1, ""));
        assertEquals(List.of(ReasonCode.BENEFIT_ALREADY_REDEEMED), codes(world.core.cancellations().check(admin).reasons()));
        world.core.benefits().viewProductKey(admin, r.id());
        CancellationOutcome out = world.core.cancellations().request(admin, "refund please");
        assertEquals(List.of(ReasonCode.BENEFIT_ALREADY_REDEEMED, ReasonCode.PRODUCT_KEY_VIEWED), codes(out.refusedBecause()));
        assertEquals(TicketStatus.REFUSED, out.ticket().status());
    }

    @Test
    @DisplayName("R15: while a ticket is open, redemptions are held and a second request is refused")
    void heldWhileOpen() {
        world.buyByCard(admin);
        world.clock.advance(Duration.ofHours(25));
        world.core.benefits().choosePack(admin, BenefitPack.LAPS);
        world.core.cancellations().request(admin, "refund");
        ActionRefusedException e = assertThrows(ActionRefusedException.class,
                () -> world.core.benefits().redeem(admin, new RedeemBenefit("LAPS-03", 1, "dev@contoso.example")));
        assertTrue(e.has(ReasonCode.CANCELLATION_IN_PROGRESS));
        ActionRefusedException again = assertThrows(ActionRefusedException.class,
                () -> world.core.cancellations().request(admin, "again"));
        assertTrue(again.has(ReasonCode.CANCELLATION_IN_PROGRESS));
    }

    @Test
    @DisplayName("R15 R4: no membership: nothing to cancel; only an operator processes refunds; a Reader may not request")
    void refusals() {
        assertTrue(assertThrows(ActionRefusedException.class, () -> world.core.cancellations().request(admin, "x"))
                .has(ReasonCode.NO_MEMBERSHIP));
        world.buyByCard(admin);
        CancellationOutcome out = world.core.cancellations().request(admin, "x");
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> world.core.cancellations().processRefund(admin, out.ticket().id())).has(ReasonCode.MISSING_ROLE));
        Actor reader = Actor.console(world.core.addUser().add(admin, new NewUser("r@contoso.example", "R",
                java.util.Set.of(com.actionpack.core.account.Role.READER))).id());
        assertTrue(assertThrows(ActionRefusedException.class, () -> world.core.cancellations().request(reader, "x"))
                .has(ReasonCode.MISSING_ROLE));
    }

    @Test
    @DisplayName("R15 R8: a wire purchase's 30 days count from the day the funds were recorded")
    void wireCountsFromPayment() {
        var placed = world.buyByWire(admin).order();
        world.clock.setDate(DAY.plusDays(20));
        world.core.wirePayments().recordFundsReceived(op, placed.id());
        world.clock.setDate(DAY.plusDays(50));
        assertTrue(world.core.cancellations().check(admin).allowed());
        world.clock.setDate(DAY.plusDays(51));
        assertFalse(world.core.cancellations().check(admin).allowed());
    }

    private static List<ReasonCode> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::code).toList();
    }
}
