package com.actionpack.core.usecase.ordering;

import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.InvalidInputException;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.Require;
import com.actionpack.core.ordering.CardDetails;
import com.actionpack.core.ordering.PaymentChoice;
import com.actionpack.core.ordering.PlaceOrder;
import com.actionpack.core.testing.CoreFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Read-only "may I pay this way" answers what placing the order would refuse about the payment (R8). */
class CheckPaymentTest {

    private final CoreFixture world = new CoreFixture(LocalDate.of(2026, 5, 10));
    private final Actor admin = world.readyAccount();

    @Test
    @DisplayName("R8: every card problem placeOrder finds, checkPayment finds first, and nothing is stored")
    void cardProblemsBeforeTheOrder() {
        PaymentChoice bad = new PaymentChoice.Card(new CardDetails("4111 1111 1111 1112", "13/29", "12"));
        List<Reason> said = world.core.purchases().checkPayment(admin, bad);
        assertEquals(3, said.size(), said.toString());
        ActionRefusedException refused = assertThrows(ActionRefusedException.class,
                () -> world.core.purchases().placeOrder(admin, new PlaceOrder(true, bad)));
        assertTrue(refused.reasons().containsAll(said), refused.reasons().toString());
        assertEquals(List.of(), world.core.purchases().checkPayment(admin, CoreFixture.card()));
        assertEquals(List.of(), world.core.purchases().checkPayment(admin, new PaymentChoice.Wire()));
        assertTrue(world.core.billing().orders(admin).isEmpty());
    }

    @Test
    @DisplayName("R1: typed countries are ISO 3166 codes from the JDK's list")
    void isoCountries() {
        assertEquals("DE", Require.isoCountry("de"));
        assertThrows(InvalidInputException.class, () -> Require.isoCountry("XX"));
        assertThrows(InvalidInputException.class, () -> Require.isoCountry("USA"));
    }
}
