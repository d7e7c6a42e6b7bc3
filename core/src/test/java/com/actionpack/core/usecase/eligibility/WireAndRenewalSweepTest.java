package com.actionpack.core.usecase.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.billing.InvoiceStatus;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.PageRequest;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.eligibility.Eligibility;
import com.actionpack.core.eligibility.OfferMode;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipStatus;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.usecase.benefits.BenefitsOverview;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wire path and renewals swept day by day through the services (R8a, R11, R11a, R12a): for
 * each sampled event day, one account per payment day, the clock stepped over every day.
 */
class WireAndRenewalSweepTest {

    static Stream<LocalDate> sampleDays() {
        return LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2030, 1, 1))
                .filter(d -> d.getDayOfYear() % 91 == 0
                        || (d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() >= 28)
                        || (d.getMonth() == Month.JANUARY && d.getDayOfMonth() == 31));
    }

    @ParameterizedTest(name = "placed {0}")
    @MethodSource("sampleDays")
    @DisplayName("R8a R9a: a wire order placed on P may be paid on P..P+30 (term starts that day, invoice PAID); on P+31 it is EXPIRED, its invoice VOID, Buy free")
    void wirePlacedDayByPaymentDay(LocalDate placed) {
        CoreFixture world = new CoreFixture(placed);
        Actor op = world.operator();
        List<Actor> admins = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        for (int payOffset = 0; payOffset <= 31; payOffset++) {
            Actor admin = world.readyAccount("Partner " + payOffset, "US");
            admins.add(admin);
            orders.add(world.buyByWire(admin).order());
        }
        for (int offset = 0; offset <= 31; offset++) {
            LocalDate day = placed.plusDays(offset);
            world.clock.setDate(day);
            for (int i = offset; i < admins.size(); i++) {
                Actor admin = admins.get(i);
                boolean live = offset <= 30;
                Order shown = world.core.billing().orders(admin).get(0);
                assertEquals(live ? OrderStatus.AWAITING_PAYMENT : OrderStatus.EXPIRED, shown.status(), day + " #" + i);
                InvoiceStatus invoice = world.core.billing().invoices(admin, PageRequest.first(10)).rows().get(0).status();
                assertEquals(live ? InvoiceStatus.AWAITING_PAYMENT : InvoiceStatus.VOID, invoice, day + " #" + i);
                Eligibility e = world.core.eligibility().check(admin);
                assertEquals(!live, e.enabled(), day + " #" + i + " " + e.reasons());
            }
            long queued = world.core.wirePayments().awaitingPayment(op).size();
            assertEquals(offset <= 30 ? admins.size() - offset : 0, queued, day.toString());
            Order due = orders.get(offset);
            if (offset <= 30) {
                Membership m = world.core.wirePayments().recordFundsReceived(op, due.id());
                assertEquals(day, m.startDate());
                assertEquals(1, m.term());
                assertEquals(InvoiceStatus.PAID,
                        world.core.billing().invoices(admins.get(offset), PageRequest.first(10)).rows().get(0).status());
            } else {
                ActionRefusedException late = assertThrows(ActionRefusedException.class,
                        () -> world.core.wirePayments().recordFundsReceived(op, due.id()));
                assertTrue(late.has(ReasonCode.ORDER_NOT_AWAITING_PAYMENT));
            }
        }
    }

    @ParameterizedTest(name = "bought {0}")
    @MethodSource("sampleDays")
    @DisplayName("R11 R11a R12a: renewals paid on each day of AD..AD+30 extend the membership (term 2, previous benefits to AD+30); paid AD+31..AD+45 they start a new one (term 1)")
    void renewalPaidOnEachDay(LocalDate paid) {
        CoreFixture world = new CoreFixture(paid);
        Actor op = world.operator();
        LocalDate ad = paid.plusDays(365);
        List<Actor> byCard = new ArrayList<>();
        List<Actor> byWire = new ArrayList<>();
        List<Membership> firsts = new ArrayList<>();
        for (int offset = 0; offset <= 45; offset++) {
            Actor card = world.readyAccount("Card " + offset, "US");
            Actor wire = world.readyAccount("Wire " + offset, "US");
            byCard.add(card);
            byWire.add(wire);
            firsts.add(world.buyByCard(card).membership().orElseThrow());
            world.buyByCard(wire);
        }
        // Wire renewals: placed on AD for payment inside the window, on AD + 30 for payment after it.
        List<Order> wireOrders = new ArrayList<>();
        world.clock.setDate(ad);
        for (int offset = 0; offset <= 30; offset++) {
            wireOrders.add(world.buyByWire(byWire.get(offset)).order());
        }
        world.clock.setDate(ad.plusDays(30));
        for (int offset = 31; offset <= 45; offset++) {
            wireOrders.add(world.buyByWire(byWire.get(offset)).order());
        }
        for (int offset = 0; offset <= 45; offset++) {
            LocalDate day = ad.plusDays(offset);
            world.clock.setDate(day);
            boolean inWindow = offset <= 30;
            Membership viaWire = world.core.wirePayments().recordFundsReceived(op, wireOrders.get(offset).id());
            assertEquals(day, viaWire.startDate());
            assertEquals(inWindow ? 2 : 1, viaWire.term(), day + " wire");
            Actor card = byCard.get(offset);
            Eligibility e = world.core.eligibility().check(card);
            assertEquals(inWindow ? OfferMode.RENEW : OfferMode.BUY_NOW, e.mode(), day.toString());
            Membership viaCard = world.buyByCard(card).membership().orElseThrow();
            assertEquals(inWindow ? 2 : 1, viaCard.term(), day + " card");
            MembershipStatus previous = world.store.memberships.find(firsts.get(offset).id()).orElseThrow().status();
            assertEquals(inWindow ? MembershipStatus.RENEWED : MembershipStatus.EXPIRED, previous, day.toString());
            BenefitsOverview overview = world.core.benefits().overview(card);
            assertEquals(inWindow ? 1 : 0, overview.earlierTerms().size(), day + " overlap");
            if (inWindow) {
                assertEquals(ad.plusDays(30), overview.earlierTerms().get(0).benefitsEnd());
            }
        }
        // The overlap ends for every renewed account together, on its AD + 31.
        world.clock.setDate(ad.plusDays(31));
        for (int offset = 0; offset <= 30; offset++) {
            assertTrue(world.core.benefits().overview(byCard.get(offset)).earlierTerms().isEmpty());
        }
        world.clock.setDate(ad.plusDays(30));
        assertFalse(world.core.benefits().overview(byCard.get(0)).earlierTerms().isEmpty());
    }
}
