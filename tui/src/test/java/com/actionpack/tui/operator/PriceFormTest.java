package com.actionpack.tui.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.common.InvalidInputException;
import com.actionpack.core.common.Money;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R10a: the operator's price editor reads each price with its currency's own decimals. */
class PriceFormTest {

    private static Map<String, String> typed(String currency, String price) {
        return Map.of("Country", "jp", "Currency", currency, "Price", price, "Tax rate %", "10",
                "Card allowed", "yes", "Bank details", "Contoso Bank Japan");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"JPY, 71000, 71000", "USD, 475.50, 47550", "kwd, 150.250, 150250"})
    @DisplayName("R10a: a price is stored in the currency's minor unit")
    void storedInMinorUnits(String currency, String price, long minor) {
        assertEquals(minor, PriceForm.parse(typed(currency, price)).price().minor());
        assertEquals(1_000, PriceForm.parse(typed(currency, price)).taxBasisPoints());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "JPY|71000.5|Price 71000.5 has too many decimals for JPY: type e.g. 475 (JPY amounts are whole numbers, without decimals).",
        "USD|475.001|Price 475.001 has too many decimals for USD: type e.g. 475.00 (USD amounts are written with at most 2 decimals).",
        "KWD|1.0001|Price 1.0001 has too many decimals for KWD: type e.g. 475.000 (KWD amounts are written with at most 3 decimals)."})
    @DisplayName("R10a: too many decimals gets the currency's own advice, never 'use at most 0'")
    void tooManyDecimals(String currency, String price, String message) {
        assertEquals(message, assertThrows(InvalidInputException.class, () -> PriceForm.parse(typed(currency, price))).getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"JPY, 71000", "KWD, 150.250"})
    @DisplayName("R10a: the editor shows a stored price with the currency's decimals, and reads it back unchanged")
    void roundTrip(String currency, String price) {
        Money m = Money.parse(price, currency);
        assertEquals(price, m.toDecimal().toPlainString());
        assertEquals(m, PriceForm.parse(typed(currency, m.toDecimal().toPlainString())).price());
    }

    @org.junit.jupiter.api.Test
    @DisplayName("R10a, issue 12: every bad figure of the price form is listed at once, in form order, cursor on the first")
    void everyBadFigureAtOnce() {
        com.actionpack.tui.testing.ScreenWorld world = new com.actionpack.tui.testing.ScreenWorld(
                java.time.LocalDate.of(2026, 3, 2));
        com.actionpack.core.common.Actor operator = world.fixture.operator();
        try (com.actionpack.tui.testing.ConsoleHarness console = world.open(
                shell -> PriceForm.add(shell, world.fixture.core, operator))) {
            for (String value : new String[] {"JP", "JPY", "71000.5", "ten", "maybe", "Contoso Bank"}) {
                console.ctrl('u').type(value).press(com.googlecode.lanterna.input.KeyType.Tab);
            }
            console.press(com.googlecode.lanterna.input.KeyType.Enter);
            String flat = console.text().replaceAll("[\\s\u2502]+", " ");
            assertTrue(flat.contains("3 fields to fix"), console.text());
            int price = flat.indexOf("* Price");
            int tax = flat.indexOf("* Tax rate");
            int card = flat.indexOf("* Card allowed");
            assertTrue(price >= 0 && tax > price && card > tax, "in form order:\n" + console.text());
            console.press(com.googlecode.lanterna.input.KeyType.Enter).ctrl('u').type("71000");
            assertTrue(console.text().matches("(?s).*Price: +71000\\s.*"), "cursor on Price:\n" + console.text());
        }
        assertTrue(world.fixture.core.prices().list().stream().noneMatch(o -> o.country().equals("JP")), "nothing saved");
    }
}
