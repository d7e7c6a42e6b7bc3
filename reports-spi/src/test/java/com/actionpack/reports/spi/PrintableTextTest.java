package com.actionpack.reports.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTextTest {

    @Test
    void controlCharactersBecomeVisibleSymbols() {
        assertEquals("a\u241B[2Jb\u2407\u2400\u2421\uFFFD", PrintableText.of("a\u001B[2Jb\u0007\u0000\u007F\u009B"));
    }

    @Test
    void tabsAndLineEndsAndEveryScriptStay() {
        String text = "Contoso\tLtd\r\nΕλληνική 株式会社 Кириллица";
        assertSame(text, PrintableText.of(text));
        assertEquals("", PrintableText.of(null));
    }

    @Test
    void bidiControlsAreWrittenAsTheConsoleShowsThemAndEmojiStay() {
        assertEquals("admin<U+202E>fdp.exe<U+2066>x<U+2069><U+200F>",
                PrintableText.of("admin\u202Efdp.exe\u2066x\u2069\u200F"));
        String emoji = "\uD83D\uDC69\u200D\uD83D\uDCBB \uD83D\uDE00";   // a ZWJ sequence keeps its joiner
        assertSame(emoji, PrintableText.of(emoji));
    }
}
