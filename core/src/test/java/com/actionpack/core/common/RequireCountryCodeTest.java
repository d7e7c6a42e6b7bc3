package com.actionpack.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A country code is two letters A-Z after upper-casing, as the regex ^[A-Z]{2}$ said (issue 15 dropped the regex). */
class RequireCountryCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"US", "de", "Jp", "ZZ", "AA"})
    void twoLettersAreACode(String code) {
        assertEquals(code.toUpperCase(java.util.Locale.ROOT), Require.countryCode(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"U", "USA", "U1", "1U", "U-", "É1", "ÉS", "U\n", "@A", "[A", "A`", "A{"})
    void anythingElseIsRefused(String code) {
        assertThrows(InvalidInputException.class, () -> Require.countryCode(code));
    }
}
