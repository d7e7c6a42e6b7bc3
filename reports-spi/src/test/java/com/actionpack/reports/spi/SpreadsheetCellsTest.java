package com.actionpack.reports.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one spreadsheet rule every plugin uses: decided on the first visible character after NFKC folding. */
class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1+2", "-1+2", "@SUM(A1:A2)", "\tcmd", "\rcmd", "\t-12.50",
            "=HYPERLINK(\"http://x\",\"y\")", "-", "--12", "-12.", "-1e5", "- 12",
            // behind whitespace and invisible characters (LibreOffice's "trim spaces" evaluates these)
            " =1+1", "    =1+1", "\u00A0=1+1", "\u3000=1+1", "\u200B=1+1", "\n=1+1", "\uFEFF=1+1",
            "\u2028+1", "\u0085@x", " \u200B \u00A0=1",
            // full-width and small forms fold (NFKC) to the ASCII triggers
            "\uFF1D1+1", "\uFF0B1+1", "\uFF0D1+1", "\uFF20SUM(A1)", "\uFE661+1", " \uFF1D1+1"})
    void formulaLikeCellsGetALeadingQuote(String cell) {
        assertEquals("'" + cell, SpreadsheetCells.neutralise(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12.50", "-1", "-0.001", " -12.50", "\u00A0-3", "-12.50 ", "12.50", "Contoso Ltd",
            "a=b", "", "'already", "   ", "\u200B", "Ωmega", "株式会社", "\uFF21BC", "\u2212 12"})
    void dataCellsAreLeftAlone(String cell) {
        assertEquals(cell, SpreadsheetCells.neutralise(cell));
    }

    @Test
    void nullIsAnEmptyCell() {
        assertEquals("", SpreadsheetCells.neutralise(null));
    }
}
