package com.actionpack.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.offer.CountryOffer;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: every refusal of typed input is one sentence that names the field once, with a
 * capital, says what failed and, after a colon, how to fix it; a form names the field its own way.
 */
class InvalidInputMessagesTest {

    private static InvalidInputException refused(Runnable input) {
        return assertThrows(InvalidInputException.class, input::run);
    }

    @Test
    @DisplayName("Composed in one place: 'Field problem: fix.'")
    void oneSentence() {
        InvalidInputException e = InvalidInputException.of("quantity", "must be at least 1, not 0", "type 1 or more");
        assertEquals("Quantity must be at least 1, not 0: type 1 or more.", e.getMessage());
        assertEquals("quantity", e.field().orElseThrow());
        assertEquals("Units to redeem must be at least 1, not 0: type 1 or more.", e.about("Units to redeem"));
        assertEquals("A decision is VERIFIED or REJECTED.",
                new InvalidInputException("A decision is VERIFIED or REJECTED.").about("Decision"));
    }

    @Test
    @DisplayName("Every field check of core reads as one sentence: capital first, the field once, a fix after the colon")
    void everyFieldCheckOfCore() {
        List<InvalidInputException> all = List.of(
                refused(() -> Require.text(" ", "street")),
                refused(() -> Require.text("x".repeat(Require.MAX_TEXT + 1), "city")),
                refused(() -> Require.email("not-an-email")),
                refused(() -> Require.countryCode("USA")),
                refused(() -> Require.isoCountry("XX")),
                refused(() -> Require.positive(0, "quantity")),
                refused(() -> Money.parse("abc", "USD")),
                refused(() -> Money.parse("1.001", "USD")),
                refused(() -> Money.parse("1", "XYZ")),
                refused(() -> new CountryOffer("DE", Money.of(0, "EUR"), 1900, true, "bank")));
        for (InvalidInputException e : all) {
            String message = e.getMessage();
            String field = e.field().orElseThrow(() -> new AssertionError("names no field: " + message));
            assertTrue(Character.isUpperCase(message.charAt(0)), message);
            assertTrue(message.toLowerCase().startsWith(field.toLowerCase() + " "), message);
            assertFalse(message.toLowerCase().contains(": " + field.toLowerCase() + " "),
                    "never 'Field: field ...': " + message);
            assertTrue(message.contains(": ") && message.endsWith("."), "what failed: how to fix it. " + message);
            assertTrue(e.about("Your label").startsWith("Your label "), e.about("Your label"));
        }
    }
}
