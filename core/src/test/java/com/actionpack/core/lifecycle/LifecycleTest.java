package com.actionpack.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.billing.DocumentKind;
import com.actionpack.core.billing.InvoiceStatus;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipStatus;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.testing.States;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R8a: the one function for an order's, invoice's and term's state on a day, swept over every
 * day of 2026-2029 as the event day and every day around its boundaries.
 */
class LifecycleTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2030, 1, 1);

    @Test
    @DisplayName("R8a R9a: an unpaid wire order awaits payment through placed+30 and is EXPIRED (invoice VOID) from placed+31, every day")
    void wireOrderEveryPlacedDay() {
        FROM.datesUntil(TO).forEach(placed -> {
            for (int offset = 0; offset <= 62; offset++) {
                LocalDate day = placed.plusDays(offset);
                OrderStatus expected = offset <= 30 ? OrderStatus.AWAITING_PAYMENT : OrderStatus.EXPIRED;
                assertEquals(expected, Lifecycle.order(OrderStatus.AWAITING_PAYMENT, placed, day), placed + " +" + offset);
                InvoiceStatus invoice = offset <= 30 ? InvoiceStatus.AWAITING_PAYMENT : InvoiceStatus.VOID;
                assertEquals(invoice, Lifecycle.invoice(DocumentKind.INVOICE, OrderStatus.AWAITING_PAYMENT, placed, day),
                        placed + " +" + offset);
            }
        });
    }

    @Test
    @DisplayName("R8a: on placed+30 the order may still be paid (the last payment day); on placed+31 it has expired")
    void wireBoundaries() {
        LocalDate placed = LocalDate.of(2028, 2, 10);
        Order order = States.wireOrder(placed);
        assertEquals(placed.plusDays(30), order.lastPaymentDay());
        assertEquals(placed.plusDays(31), order.wireExpiresOn());
        assertTrue(Lifecycle.awaitingPayment(order, placed));
        assertTrue(Lifecycle.awaitingPayment(order, placed.plusDays(30)));
        assertFalse(Lifecycle.awaitingPayment(order, placed.plusDays(31)));
        assertSame(order, Lifecycle.order(order, placed.plusDays(30)), "nothing changes: the same value");
        Order expired = Lifecycle.order(order, placed.plusDays(31));
        assertEquals(OrderStatus.EXPIRED, expired.status());
        assertEquals(placed.plusDays(31), expired.closedOn(), "EXPIRED as of placed+31");
        assertEquals(expired, Lifecycle.order(order, placed.plusDays(400)), "the expiry day does not move with the reader");
    }

    @Test
    @DisplayName("R8a R9a: only an awaiting order changes with the clock; a paid, cancelled, expired or refunded one reads as recorded")
    void settledOrdersDoNotMove() {
        LocalDate placed = LocalDate.of(2026, 5, 10);
        for (OrderStatus recorded : EnumSet.complementOf(EnumSet.of(OrderStatus.AWAITING_PAYMENT))) {
            for (int offset = 0; offset <= 400; offset += 7) {
                assertEquals(recorded, Lifecycle.order(recorded, placed, placed.plusDays(offset)));
            }
        }
        assertEquals(InvoiceStatus.VOID, Lifecycle.invoice(DocumentKind.INVOICE, OrderStatus.CANCELLED, placed, placed));
        assertEquals(InvoiceStatus.VOID, Lifecycle.invoice(DocumentKind.INVOICE, OrderStatus.EXPIRED, placed, placed));
        assertEquals(InvoiceStatus.PAID, Lifecycle.invoice(DocumentKind.INVOICE, OrderStatus.PAID, placed, placed.plusDays(90)));
        assertEquals(InvoiceStatus.REFUNDED, Lifecycle.invoice(DocumentKind.INVOICE, OrderStatus.REFUNDED, placed, placed));
        assertEquals(InvoiceStatus.REFUNDED,
                Lifecycle.invoice(DocumentKind.CREDIT_NOTE, OrderStatus.AWAITING_PAYMENT, placed, placed.plusDays(90)));
    }

    @Test
    @DisplayName("R8a R12: an ACTIVE term is current from its start through AD+30 and EXPIRED from AD+31, every start day")
    void termEveryStartDay() {
        FROM.datesUntil(TO).forEach(start -> {
            LocalDate ad = start.plusDays(365);
            for (LocalDate day : new LocalDate[] {start.minusDays(1), start, ad, ad.plusDays(30), ad.plusDays(31)}) {
                boolean inTerm = !day.isBefore(start) && !day.isAfter(ad.plusDays(30));
                assertEquals(inTerm, Lifecycle.current(States.membership(start), day), start + " on " + day);
                MembershipStatus expected = day.isAfter(ad.plusDays(30)) ? MembershipStatus.EXPIRED : MembershipStatus.ACTIVE;
                assertEquals(expected, Lifecycle.membership(MembershipStatus.ACTIVE, start, day), start + " on " + day);
            }
        });
    }

    @Test
    @DisplayName("R8a: an expired term reads EXPIRED as of AD+31; renewed, expired and cancelled terms read as recorded")
    void termAsOfDay() {
        LocalDate start = LocalDate.of(2027, 3, 1);
        Membership m = States.membership(start);
        assertSame(m, Lifecycle.membership(m, start.plusDays(395)));
        Membership lapsed = Lifecycle.membership(m, start.plusDays(396));
        assertEquals(MembershipStatus.EXPIRED, lapsed.status());
        assertEquals(start.plusDays(396), lapsed.closedOn());
        for (MembershipStatus recorded : EnumSet.complementOf(EnumSet.of(MembershipStatus.ACTIVE))) {
            assertEquals(recorded, Lifecycle.membership(recorded, start, start.plusDays(1000)));
            assertFalse(Lifecycle.current(m.closed(recorded, start.plusDays(10)), start.plusDays(20)), recorded.name());
        }
    }

    @Test
    @DisplayName("R14a: a term dated after the day shown is never current (\"term 2: ACTIVE since 2028-02-29\" as of 2027-06-01)")
    void futureTermIsNotCurrent() {
        Membership future = States.membership(LocalDate.of(2028, 2, 29));
        assertFalse(Lifecycle.current(future, LocalDate.of(2027, 6, 1)));
        assertFalse(Lifecycle.benefitsUsable(future, LocalDate.of(2027, 6, 1)));
        assertFalse(Lifecycle.current(future, LocalDate.of(2028, 2, 28)));
        assertTrue(Lifecycle.current(future, LocalDate.of(2028, 2, 29)));
    }

    @Test
    @DisplayName("R12a: a term renewed in its window keeps usable benefits through its AD+30, not on AD+31")
    void renewedTermOverlap() {
        LocalDate start = LocalDate.of(2026, 5, 10);
        LocalDate ad = start.plusDays(365);
        Membership renewed = States.membership(start).closed(MembershipStatus.RENEWED, ad.plusDays(3));
        assertFalse(Lifecycle.current(renewed, ad.plusDays(3)), "no longer the current term");
        assertTrue(Lifecycle.benefitsUsable(renewed, ad.plusDays(3)));
        assertTrue(Lifecycle.benefitsUsable(renewed, ad.plusDays(30)));
        assertFalse(Lifecycle.benefitsUsable(renewed, ad.plusDays(31)));
        assertFalse(Lifecycle.benefitsUsable(renewed, start.minusDays(1)), "not before it started");
        Membership cancelled = States.membership(start).closed(MembershipStatus.CANCELLED, start.plusDays(5));
        assertFalse(Lifecycle.benefitsUsable(cancelled, start.plusDays(6)), "a refunded term's benefits are revoked");
        assertTrue(Lifecycle.benefitsUsable(States.membership(start), ad.plusDays(30)));
        assertFalse(Lifecycle.benefitsUsable(States.membership(start), ad.plusDays(31)));
    }

    @Test
    @DisplayName("R14a: a preview shows today or a later day; a past day is refused with a line that points to the audit trail")
    void previewDay() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertTrue(PreviewDay.refusal(today, today).isEmpty());
        assertTrue(PreviewDay.refusal(today.plusDays(1), today).isEmpty());
        String why = PreviewDay.refusal(today.minusDays(1), today).orElseThrow();
        assertTrue(why.startsWith("2026-11-29 is in the past"), why);
        assertTrue(why.contains("today (2026-11-30)") && why.contains("audit trail"), why);
        assertFalse(why.contains("\n"));
    }
}
