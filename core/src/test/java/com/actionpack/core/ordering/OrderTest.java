package com.actionpack.core.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.testing.States;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderTest {

    @Test
    @DisplayName("R8 R8a: an order knows who placed it, when it was paid, its last payment day (placed+30) and its expiry (placed+31)")
    void readsThroughItsParts() {
        LocalDate placed = LocalDate.of(2026, 2, 27);
        Order order = States.wireOrder(placed);
        assertEquals(7, order.placedByUserId());
        assertTrue(order.paid().isEmpty());
        Order paid = order.paid(placed.plusDays(3));
        assertEquals(placed.plusDays(3), paid.paid().orElseThrow());
        assertEquals(OrderStatus.PAID, paid.status());
        assertEquals(LocalDate.of(2026, 3, 29), order.lastPaymentDay());
        assertEquals(LocalDate.of(2026, 3, 30), order.wireExpiresOn());
    }
}
