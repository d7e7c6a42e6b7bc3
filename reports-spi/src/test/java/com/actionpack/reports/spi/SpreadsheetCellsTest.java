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

    /**
     * Issue 15: the shortcut for letters and symbols gives what the full rule gives, on every code
     * point it takes: each is visible (not whitespace, a space, a control or a format character)
     * and its NFKC folding does not start with a trigger.
     */
    @Test
    void theShortcutForLettersAndSymbolsAgreesWithTheFullRuleOnEveryCodePoint() {
        int taken = 0;
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (!SpreadsheetCells.visibleNonTrigger(codePoint)) {
                continue;
            }
            taken++;
            int type = Character.getType(codePoint);
            String text = new String(Character.toChars(codePoint));
            String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
            char first = folded.isEmpty() ? 0 : folded.charAt(0);
            int at = codePoint;
            assertEquals(false, Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                    || type == Character.CONTROL || type == Character.FORMAT, () -> "invisible U+" + Integer.toHexString(at));
            assertEquals(-1, "=+-@".indexOf(first), () -> "U+" + Integer.toHexString(at) + " folds to " + folded);
            assertEquals(text + "=1", SpreadsheetCells.neutralise(text + "=1"));
        }
        // Most of Unicode's letters and symbols: the shortcut is not a corner case.
        assertEquals(true, taken > 100_000, "code points taken: " + taken);
        for (int filler : new int[] {0x115F, 0x1160, 0x3164, 0xFFA0}) {
            assertEquals("'" + Character.toString(filler) + "=1", SpreadsheetCells.neutralise(Character.toString(filler) + "=1"));
        }
    }

    @Test
    void nullIsAnEmptyCell() {
        assertEquals("", SpreadsheetCells.neutralise(null));
    }
}
