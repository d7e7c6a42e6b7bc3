package com.actionpack.core.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.common.Reason;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R8: the card check's edges that whole-card examples do not reach (found by mutation testing). */
class CardBoundariesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);
    private final CardCheck check = new CardCheck();

    private String problems(String number, String expiry, String cvv) {
        return check.check(new CardDetails(number, expiry, cvv), TODAY).problems().stream().map(Reason::message)
                .collect(Collectors.joining(" | "));
    }

    @Test
    @DisplayName("R8: Luhn with doubled digits above 9 (5555 5555 5555 4444 is valid, one digit off is not)")
    void luhnSubtractsNine() {
        assertTrue(CardCheck.luhn("5555555555554444"));
        assertFalse(CardCheck.luhn("5555555555554445"));
        assertTrue(CardCheck.luhn("79927398713"), "the textbook example");
        assertEquals("", problems("5555 5555 5555 4444", "12/30", "123"));
    }

    @Test
    @DisplayName("R8: expiry months 01 and 12 are real months; a four-digit year is taken as written (0100 is long past)")
    void expiryEdges() {
        assertEquals("", problems("4111111111111111", "01/30", "123"));
        assertEquals("", problems("4111111111111111", "12/30", "123"));
        assertEquals("", problems("4111111111111111", "4/26", "123"), "the current month is still valid");
        assertTrue(problems("4111111111111111", "3/26", "123").contains("expired"));
        assertTrue(problems("4111111111111111", "12/0100", "123").contains("The card expired in 12/100"),
                problems("4111111111111111", "12/0100", "123"));
        assertEquals("", problems("4111111111111111", "12/2099", "123"));
        assertEquals("", problems("4111111111111111", "12/99", "123"), "two digits: 2099");
    }

    @Test
    @DisplayName("R8: the security code's place is named by brand: four digits on the front of an Amex, three on the back")
    void cvvPlace() {
        assertTrue(problems("378282246310005", "12/30", "123").contains("must be 4 digits"));
        String amex = check.check(new CardDetails("378282246310005", "12/30", "123"), TODAY).problems().get(0).remedy();
        assertTrue(amex.contains("front"), amex);
        String visa = check.check(new CardDetails("4111111111111111", "12/30", "1234"), TODAY).problems().get(0).remedy();
        assertTrue(visa.contains("back"), visa);
    }

    @Test
    @DisplayName("R8: a brand is recognised from exactly its prefix's digits, and not from fewer")
    void brandPrefixLength() {
        assertEquals(CardBrand.MASTERCARD, CardBrand.of("51").orElseThrow());
        assertEquals(CardBrand.MASTERCARD, CardBrand.of("2221").orElseThrow());
        assertTrue(CardBrand.of("3").isEmpty(), "34/37 and 3528-3589 need more digits");
        assertTrue(CardBrand.of("222").isEmpty());
        assertTrue(CardBrand.of("64").isEmpty());
    }

    @Test
    @DisplayName("R8: the last four of a number of four or fewer digits is the whole number")
    void lastFourOfShortNumbers() {
        assertEquals("1234", CardCheck.last4(new CardDetails("1234", "12/30", "123")));
        assertEquals("123", CardCheck.last4(new CardDetails("12-3", "12/30", "123")));
        assertEquals("2345", CardCheck.last4(new CardDetails("1 2345", "12/30", "123")));
    }
}
