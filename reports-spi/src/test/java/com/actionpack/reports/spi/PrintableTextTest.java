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
}
