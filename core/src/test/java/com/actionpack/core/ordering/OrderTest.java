package com.actionpack.core.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.actionpack.core.testing.States;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An order changes only its progress after placing; what was ordered, its price and payment stay as placed. */
class OrderTest {

    private static final LocalDate PLACED = LocalDate.of(2026, 3, 1);

    @Test
    @DisplayName("R8: paying, proving and closing change the order's progress and nothing else")
    void changesTouchOnlyTheProgress() {
        Order placed = States.wireOrder(PLACED);
        WireProof proof = new WireProof(PLACED.plusDays(3), "DE89 3704 0044 0532 0130 00", "TX-1", "doc-1");
        Order proven = placed.withProof(proof);
        Order paid = proven.paid(PLACED.plusDays(5));
        Order refunded = paid.closed(OrderStatus.REFUNDED, PLACED.plusDays(9));
        for (Order later : new Order[] {proven, paid, refunded}) {
            assertSame(placed.placement(), later.placement());
            assertSame(placed.charge(), later.charge());
            assertSame(placed.payment(), later.payment());
            assertEquals(placed.withId(placed.id(), placed.number()), placed);
        }
        assertEquals(new Order.Progress(OrderStatus.REFUNDED, proof, PLACED.plusDays(5), PLACED.plusDays(9)),
                refunded.progress());
        assertEquals(OrderStatus.AWAITING_PAYMENT, proven.status());
        assertEquals(PLACED.plusDays(Order.WIRE_PAYMENT_DAYS + 1), refunded.wireExpiresOn());
    }
}
