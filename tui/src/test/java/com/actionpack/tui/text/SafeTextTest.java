package com.actionpack.tui.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeTextTest {

    @Test
    void plainTextIsUnchanged() {
        String text = "Contoso Ltd — Zürich 株式会社 (ÄÖÜ) 100%";
        assertEquals(text, SafeText.line(text));
        assertTrue(SafeText.isSafeLine(text));
    }

    @Test
    void escapeSequencesBecomeVisibleCharacters() {
        assertEquals("Evil^[[2J^[[31mCorp", SafeText.line("Evil\u001b[2J\u001b[31mCorp"));
        // OSC that would set the window title, ended by BEL
        assertEquals("^[]0;owned^G", SafeText.line("\u001b]0;owned\u0007"));
    }

    @Test
    void everyC0ControlAndDelAreEscaped() {
        for (char c = 0; c < 0x20; c++) {
            String escaped = SafeText.line("a" + c + "b");
            assertEquals("a^" + (char) (c + 0x40) + "b", escaped, "U+" + Integer.toHexString(c));
        }
        assertEquals("a^?b", SafeText.line("a\u007fb"));
    }

    @Test
    void everyC1ControlIsEscaped() {
        for (char c = 0x80; c <= 0x9f; c++) {
            assertEquals(String.format("<U+%04X>", (int) c), SafeText.line(String.valueOf(c)));
        }
        // 8-bit CSI, which some terminals take like ESC [
        assertEquals("<U+009B>31m", SafeText.line("\u009b31m"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E,
            0x200F, 0x061C, 0x200B, 0xFEFF, 0x2028, 0x2029})
    void bidiOverridesAndInvisibleCharactersAreEscaped(int codePoint) {
        String escaped = SafeText.line("x" + Character.toString(codePoint) + "y");
        assertEquals(String.format("x<U+%04X>y", codePoint), escaped);
    }

    @Test
    void trojanSourceStyleFileNameShowsItsOverride() {
        assertEquals("invoice<U+202E>fdp.exe", SafeText.line("invoice\u202Efdp.exe"));
    }

    @Test
    void loneSurrogatesBecomeReplacementCharacters() {
        assertEquals("a\uFFFDb", SafeText.line("a\uD800b"));
        assertEquals("a\uFFFD", SafeText.line("a\uDC00"));
        assertEquals("ok :grinning face:", SafeText.line("ok \uD83D\uDE00"), "a whole pair is a character: named");
    }

    @Test
    void blockKeepsLineFeedsButNotCarriageReturnTricks() {
        assertEquals("one\ntwo\nthree", SafeText.block("one\r\ntwo\nthree"));
        assertEquals("over^Mwrite", SafeText.block("over\rwrite"));
        assertEquals("one^Jtwo", SafeText.line("one\ntwo"));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", SafeText.line(null));
        assertEquals("", SafeText.block(null));
    }

    @Test
    void escapedTextContainsNoControlCharacterAtAll() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c < 0x3000; c++) {
            all.appendCodePoint(c);
        }
        String escaped = SafeText.line(all.toString());
        escaped.codePoints().forEach(c -> {
            int type = Character.getType(c);
            assertFalse(type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR,
                    "left U+" + Integer.toHexString(c));
        });
    }

    @Test
    void fitTruncatesByDisplayColumnsCountingWideCharacters() {
        assertEquals("Conto…", Fit.truncate("Contoso Ltd", 6));
        assertEquals("株式…", Fit.truncate("株式会社", 5));
        assertEquals(5, Fit.width(Fit.padRight("株式会社", 5)));
        assertEquals("   ab", Fit.padLeft("ab", 5));
        assertEquals("", Fit.truncate("abc", 0));
    }

    @Test
    void oneLineEscapesControlsTurnsLineBreaksIntoSpacesAndCutsWithAnEllipsis() {
        assertEquals("a^[[31mred b c^G", SafeText.oneLine("a\u001b[31mred\nb\r\nc\u0007"));
        assertEquals("bidi <U+202E> trick", SafeText.oneLine("bidi \u202e trick"));
        assertEquals("Ünïcödé 株式会社", SafeText.oneLine("Ünïcödé 株式会社"));
        String cut = SafeText.oneLine("x".repeat(10_000));
        assertEquals(SafeText.MAX_ONE_LINE + 1, cut.length());
        assertTrue(cut.endsWith("…"));
        assertEquals("disk full", SafeText.oneLine(new java.io.IOException("disk full")));
        assertEquals("an error without a message", SafeText.oneLine(new IllegalStateException()));
        assertEquals("out of memory", SafeText.oneLine(new OutOfMemoryError()));
    }

    @Test
    void emojiAreNamedNeverQuestionMarks() {
        assertEquals("Contoso :grinning face: Ltd", SafeText.line("Contoso \uD83D\uDE00 Ltd"));
        assertEquals(":woman+personal computer: team", SafeText.line("\uD83D\uDC69\u200D\uD83D\uDCBB team"));
        assertEquals(":thumbs up sign:", SafeText.line("\uD83D\uDC4D\uD83C\uDFFD"));
        assertFalse(SafeText.line("\uD83D\uDE00").contains("?"));
    }
}
