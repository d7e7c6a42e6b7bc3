package com.actionpack.tui.ssh;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerminalTraitsTest {

    @Test
    void noColorOrAColourlessTermMeansMonochrome() {
        assertTrue(TerminalTraits.monochrome(Map.of("TERM", "xterm", "NO_COLOR", "1")));
        assertTrue(TerminalTraits.monochrome(Map.of("TERM", "dumb")));
        assertTrue(TerminalTraits.monochrome(Map.of("TERM", "vt100")));
        assertTrue(TerminalTraits.monochrome(Map.of("TERM", "xterm-mono")));
        assertFalse(TerminalTraits.monochrome(Map.of("TERM", "xterm-256color")));
        assertFalse(TerminalTraits.monochrome(Map.of("TERM", "screen", "NO_COLOR", "")));
    }

    @Test
    void aPtyIsKnownByItsModesOrWindowSize() {
        assertTrue(TerminalTraits.hasPty(Map.of(), true));
        assertTrue(TerminalTraits.hasPty(Map.of("COLUMNS", "80", "LINES", "24"), false));
        assertFalse(TerminalTraits.hasPty(Map.of("TERM", "xterm"), false));
    }
}
