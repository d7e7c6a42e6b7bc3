package com.actionpack.reports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1+2", "-1+2", "@SUM(A1:A2)", "\tcmd", "\rcmd",
            "=HYPERLINK(\"http://x\",\"y\")", "-", "--12", "-12.", "-1e5", "- 12"})
    void formulaLikeCellsGetALeadingQuote(String cell) {
        assertEquals("'" + cell, CsvCells.neutralise(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12.50", "-1", "-0.001", "12.50", "Contoso Ltd", "a=b", "", "'already"})
    void dataCellsAreLeftAlone(String cell) {
        assertEquals(cell, CsvCells.neutralise(cell));
    }

    @Test
    void nullIsAnEmptyCell() {
        assertEquals("", CsvCells.neutralise(null));
    }

    @ParameterizedTest
    @CsvSource({
            "1250, USD, 12.50",
            "-1250, USD, -12.50",
            "5, EUR, 0.05",
            "0, EUR, 0.00",
            "1250, JPY, 1250",
            "-1250, BHD, -1.250",
            "9223372036854775807, USD, 92233720368547758.07"})
    void amountsUseTheCurrencysFractionDigits(long minor, String currency, String expected) {
        assertEquals(expected, CsvCells.amount(minor, currency));
    }

    @Test
    void anUnknownCurrencyIsRefusedNotGuessed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvCells.amount(1, "ZZZ"));
        assertTrue(e.getMessage().contains("ZZZ"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CsvCells.amount(1, "XXX"));
    }

    @Test
    void taxRateIsAPercentage() {
        assertEquals("20.00", CsvCells.percent(2000));
        assertEquals("7.25", CsvCells.percent(725));
    }
}
