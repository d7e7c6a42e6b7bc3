package com.actionpack.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R10a: amounts follow the currency's ISO 4217 minor unit, typed and shown with its own decimals. */
class MoneyMinorUnitsTest {

    @ParameterizedTest(name = "{0} {1} -> {2} minor, shown {3}")
    @CsvSource({
        // currency, typed, minor units, shown
        "JPY, 71000,     71000,  JPY 71000",
        "JPY, 71000.00,  71000,  JPY 71000",
        "USD, 475,       47500,  USD 475.00",
        "USD, 475.5,     47550,  USD 475.50",
        "USD, 475.55,    47555,  USD 475.55",
        "EUR, 0.01,      1,      EUR 0.01",
        "ISK, 59900,     59900,  ISK 59900",
        "KWD, 150.250,   150250, KWD 150.250",
        "KWD, 0.001,     1,      KWD 0.001",
        "KWD, 150,       150000, KWD 150.000"})
    @DisplayName("R10a: each currency's amount is read and shown with its own number of decimals")
    void readAndShownWithOwnDecimals(String currency, String typed, long minor, String shown) {
        Money m = Money.parse(typed, currency);
        assertEquals(minor, m.minor());
        assertEquals(shown, m.format());
    }

    @Test
    @DisplayName("R10a: the minor unit is the currency's: cents for USD/EUR, whole yen, fils for KWD")
    void minorUnitPerCurrency() {
        assertEquals(0, Money.zero("JPY").fractionDigits());
        assertEquals(0, Money.zero("ISK").fractionDigits());
        assertEquals(2, Money.zero("USD").fractionDigits());
        assertEquals(2, Money.zero("EUR").fractionDigits());
        assertEquals(3, Money.zero("KWD").fractionDigits());
        assertEquals("JPY 71000", Money.of(71_000, "JPY").format(), "71,000 yen is 71000 minor units, not 7100000");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        // one decimal past the currency's own: refused, and the line says how many it has
        "JPY, 71000.5,  'type e.g. 475 (JPY amounts are whole numbers, without decimals).'",
        "ISK, 1.1,      'type e.g. 475 (ISK amounts are whole numbers, without decimals).'",
        "USD, 475.555,  'type e.g. 475.00 (USD amounts are written with at most 2 decimals).'",
        "EUR, 0.001,    'type e.g. 475.00 (EUR amounts are written with at most 2 decimals).'",
        "KWD, 150.2505, 'type e.g. 475.000 (KWD amounts are written with at most 3 decimals).'"})
    @DisplayName("R10a: one decimal more than the currency has is refused with that currency's own advice")
    void tooManyDecimals(String currency, String typed, String advice) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Money.parse(typed, currency));
        assertTrue(e.getMessage().startsWith("Amount " + typed + " has too many decimals for " + currency + ": "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(advice), e.getMessage());
    }

    @Test
    @DisplayName("R10a: not a number, not a currency: one line each")
    void badInput() {
        assertEquals("Amount \"abc\" is not a number: type e.g. 475 (JPY amounts are whole numbers, without decimals).",
                assertThrows(InvalidInputException.class, () -> Money.parse("abc", "JPY")).getMessage());
        assertTrue(assertThrows(InvalidInputException.class, () -> Money.parse("1", "XYZ")).getMessage()
                .contains("not an ISO 4217 code"));
    }
}
