package com.actionpack.tui.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.testing.ConsoleHarness;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetTest {

    private final List<String> ran = new ArrayList<>();
    private final Sheet sheet = new Sheet();

    private ConsoleHarness open() {
        List<Sheet.Entry> entries = new ArrayList<>();
        entries.add(Sheet.heading("Top"));
        entries.add(Sheet.row("a", "Row A", () -> ran.add("a")));
        entries.add(Sheet.row("b", "Row B", () -> ran.add("b")));
        for (int i = 1; i <= 60; i++) {
            entries.add(Sheet.text("text line " + i));
        }
        entries.add(Sheet.row("z", "Row Z \u001b[2J", () -> ran.add("z")));
        sheet.setEntries(entries);
        return ConsoleHarness.start(80, 24, ConsoleSettings.defaults(), shell -> new ConsoleScreen() {
            @Override
            public String title() {
                return "Sheet";
            }

            @Override
            public List<KeyHelp> keys() {
                return List.of();
            }

            @Override
            public Component component() {
                return sheet;
            }
        });
    }

    @Test
    void rowsThenTextCanBeReadLineByLineAndPageByPage() {
        try (ConsoleHarness console = open()) {
            assertTrue(console.shows("> Row A"), console.text());
            console.press(KeyType.ArrowDown);
            assertTrue(console.shows("> Row B"));
            for (int i = 0; i < 30; i++) {
                console.press(KeyType.ArrowDown);
            }
            assertTrue(console.shows("text line 40"), console.text());
            assertFalse(console.shows("Row B"), "scrolled past the rows");
            console.press(KeyType.Enter);
            assertEquals(List.of(), ran, "no row on screen: Enter does nothing");

            console.press(KeyType.End);
            assertTrue(console.shows("> Row Z ^[[2J"), console.text());
            assertTrue(console.shows("text line 60"));
            console.press(KeyType.Enter);
            assertEquals(List.of("z"), ran);

            console.press(KeyType.PageUp).press(KeyType.PageUp).press(KeyType.PageUp).press(KeyType.PageUp);
            assertTrue(console.shows("> Row A"), console.text());
            console.press(KeyType.End).press(KeyType.Home);
            assertTrue(console.shows("> Row A"), console.text());
            assertTrue(console.shows("-- lines 1-"), console.text());
        }
    }

    @Test
    void selectionStaysOnTheSameRowAfterARefresh() {
        try (ConsoleHarness console = open()) {
            console.press(KeyType.ArrowDown);
            sheet.setEntries(List.of(Sheet.text("new text"), Sheet.row("a", "Row A", () -> { }),
                    Sheet.row("b", "Row B again", () -> { })));
            console.settle();
            assertTrue(console.shows("> Row B again"), console.text());
        }
    }

    private ConsoleHarness openBenefitLike() {
        List<Sheet.Entry> entries = new ArrayList<>();
        entries.add(Sheet.heading("Catalog"));
        for (int i = 1; i <= 45; i++) {
            String n = String.format("%02d", i);
            entries.add(Sheet.row(n, "Benefit " + n + "\n    Cloud Service | 5 | used 0, left 5", () -> ran.add(n)));
        }
        sheet.setEntries(entries);
        return ConsoleHarness.start(80, 24, ConsoleSettings.defaults(), shell -> new ConsoleScreen() {
            @Override
            public String title() {
                return "Benefits";
            }

            @Override
            public List<KeyHelp> keys() {
                return List.of();
            }

            @Override
            public Component component() {
                return sheet;
            }
        });
    }

    @Test
    void afterPageDownTheSelectedRowsTitleIsOnScreenAndEnterActsOnIt() {
        try (ConsoleHarness console = openBenefitLike()) {   // 91 lines: 45 two-line rows and a heading
            for (int page = 0; page < 6; page++) {
                console.press(KeyType.PageDown);
                int row = console.rowOf("> Benefit ");
                assertTrue(row > 0, "after " + (page + 1) + " PgDn the selected title is visible:\n" + console.text());
                String shown = console.line(row).substring(2, 12);
                console.press(KeyType.Enter);
                assertEquals(shown.substring(8), ran.get(ran.size() - 1), "Enter acts on the row the user sees");
            }
        }
    }

    @Test
    void slashFiltersTheSheetsRows() {
        try (ConsoleHarness console = openBenefitLike()) {
            console.type("/").type("benefit 4").press(KeyType.Enter);
            String text = console.text();
            assertTrue(text.contains("Filter \"benefit 4\": 6 rows"), text);
            assertTrue(text.contains("> Benefit 40"), text);
            assertFalse(text.contains("Benefit 03"), text);
            console.type("/").ctrl('u').press(KeyType.Enter);
            assertFalse(console.shows("Filter \""), console.text());
            assertTrue(console.shows("> Benefit 40") && console.shows("Benefit 39"), "all rows, same selection:\n"
                    + console.text());
        }
    }
}
