package com.actionpack.tui.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.tui.testing.ConsoleHarness;
import com.actionpack.tui.testing.ScreenWorld;
import com.googlecode.lanterna.input.KeyType;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FaqScreenTest {

    private final ScreenWorld world = new ScreenWorld(LocalDate.of(2026, 3, 10));

    @Test
    @DisplayName("R20: every question of the source is listed")
    void listsQuestions() {
        try (ConsoleHarness console = world.open(FaqScreen.factory(world.fixture.core, world.readyAdmin()))) {
            assertEquals(14, world.fixture.core.faq().all().size());
            assertTrue(console.shows("14 questions and how-tos"), console.text());
            assertTrue(console.shows("Can I buy more than one Action Pack?"), console.text());
            assertTrue(console.shows("Can I change the benefits from LAPS to MAPS or vice-versa?"));
        }
    }

    @Test
    @DisplayName("R20: / searches with FaqService.search; the answer wraps to the width; Esc shows all again")
    void searchThenReadWrappedAnswer() {
        try (ConsoleHarness console = world.open(FaqScreen.factory(world.fixture.core, world.readyAdmin()))) {
            console.type("/").type("switch").press(KeyType.Enter);
            assertEquals(1, world.fixture.core.faq().search("switch").size());
            assertTrue(console.shows("Filter \"switch\": 1 row (/ changes it, Esc clears it)"), console.text());
            assertTrue(console.shows("> 1. Can I change the benefits from LAPS to MAPS"), console.text());
            assertFalse(console.shows("Can I buy more than one Action Pack?"));

            console.press(KeyType.Enter);
            int first = console.rowOf("No, once you have selected");
            int last = console.rowOf("till your next purchase.");
            assertTrue(first > 0 && last > first, console.text());
            for (String line : console.lines()) {
                assertTrue(line.length() <= 80);
            }

            console.press(KeyType.Escape);
            assertTrue(console.shows("switch"), console.text());
            console.press(KeyType.Escape);
            assertTrue(console.shows("14 questions and how-tos"), console.text());
        }
    }

    @Test
    @DisplayName("R20: a search that finds nothing says so and how to get back")
    void searchFindsNothing() {
        try (ConsoleHarness console = world.open(120, 40, FaqScreen.factory(world.fixture.core, world.readyAdmin()))) {
            console.type("/").type("zebra").press(KeyType.Enter);
            assertTrue(console.shows("Filter \"zebra\": 0 rows (/ changes it, Esc clears it)"), console.text());
        }
    }
}
