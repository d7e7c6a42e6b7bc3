package com.actionpack.core.usecase.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.usecase.ordering.OrderReceipt;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.testing.CoreFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PurchaseJourneyTest {

    private final CoreFixture world = new CoreFixture(LocalDate.of(2026, 3, 1));

    @Test
    @DisplayName("R5 R6 R7 R8: a ready account buys by card once; the second Buy is refused with its reason")
    void buyOnceByCard() {
        Actor admin = world.readyAccount();
        assertTrue(world.core.eligibility().check(admin).enabled());

        OrderReceipt receipt = world.buyByCard(admin);

        assertEquals(OrderStatus.PAID, receipt.order().status());
        assertEquals(LocalDate.of(2027, 3, 1), receipt.membership().orElseThrow().dates().endDate());
        ActionRefusedException again = assertThrows(ActionRefusedException.class, () -> world.buyByCard(admin));
        assertTrue(again.has(ReasonCode.RENEWAL_WINDOW_NOT_OPEN), again.getMessage());
    }
}
