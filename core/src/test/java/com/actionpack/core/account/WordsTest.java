package com.actionpack.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.common.Money;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.eligibility.OfferMode;
import com.actionpack.core.eligibility.OrderCheck;
import com.actionpack.core.ordering.PaymentMethod;
import com.actionpack.core.ordering.Quote;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The words core gives the console for its values: shown as they are, so checked as they are. */
class WordsTest {

    @Test
    @DisplayName("R4 R6 R17: role, offer and pack names as the console shows them")
    void labels() {
        assertEquals("Global admin", Role.GLOBAL_ADMIN.label());
        assertEquals("MPN Partner admin", Role.MPN_PARTNER_ADMIN.label());
        assertEquals("Buy now", OfferMode.BUY_NOW.label());
        assertEquals("Renew", OfferMode.RENEW.label());
        assertFalse(BenefitPack.MAPS.title().isEmpty());
        assertTrue(BenefitPack.MAPS.audience().contains("services partners"), BenefitPack.MAPS.audience());
        assertTrue(BenefitPack.LAPS.audience().contains("training"), BenefitPack.LAPS.audience());
    }

    @Test
    @DisplayName("R1 R9: an address on one line, the postal code before the city when there is one")
    void addressOnOneLine() {
        assertEquals("1 Main Street, 12345 Springfield, US", new Address("1 Main Street", "Springfield", "12345", "US").oneLine());
        assertEquals("1 Main Street, Springfield, US", new Address("1 Main Street", "Springfield", "", "US").oneLine());
    }

    @Test
    @DisplayName("R6 R7 R8: an order may go on only with no reason against it; a card is offered only where the quote lists it")
    void checksAndQuotes() {
        assertTrue(new OrderCheck(List.of()).allowed());
        assertFalse(new OrderCheck(List.of(Reason.of(ReasonCode.AGREEMENT_NOT_ACCEPTED, "no", "tick it"))).allowed());
        Money usd = Money.of(47_500, "USD");
        assertTrue(new Quote("US", usd, 0, Money.zero("USD"), usd,
                List.of(PaymentMethod.CREDIT_CARD, PaymentMethod.WIRE_TRANSFER)).cardOffered());
        assertFalse(new Quote("IN", usd, 0, Money.zero("USD"), usd, List.of(PaymentMethod.WIRE_TRANSFER)).cardOffered());
    }
}
