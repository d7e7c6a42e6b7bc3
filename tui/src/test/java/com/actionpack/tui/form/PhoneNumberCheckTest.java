package com.actionpack.tui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R1, issue 12: a phone number is checked with libphonenumber for the form's country. */
class PhoneNumberCheckTest {

    private static Optional<String> problem(String phone, String country) {
        return PhoneNumberCheck.countryIn("Country").problem("Phone", phone, Map.of("Country", country));
    }

    @Test
    @DisplayName("R1: 'abc' names the form's country by name and code; a placeholder or missing country names none")
    void namesTheCountryOrNone() {
        assertEquals(Optional.of("Phone 'abc' is not a phone number in Germany (DE): type it with its country code,"
                + " e.g. +1 425 555 0100."), problem("abc", "de"));
        for (String noCountry : new String[] {"XX", "", "  ", "Germany"}) {
            String message = problem("abc", noCountry).orElseThrow();
            assertEquals("Phone 'abc' is not a phone number: type it with its country code, e.g. +1 425 555 0100.",
                    message, "country '" + noCountry + "'");
        }
    }

    @Test
    @DisplayName("R1: a possible number passes for its country or with its own + code; blank is allowed")
    void possibleNumbersPass() {
        assertTrue(problem("030 1234567", "DE").isEmpty());
        assertTrue(problem("+1 425 555 0100", "XX").isEmpty());
        assertTrue(problem("", "DE").isEmpty());
    }
}
