package com.actionpack.tui.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.testing.ConsoleHarness;
import com.googlecode.lanterna.input.KeyType;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Follow-up to issue 12: the main menu is a table like every other list ({@code widget.Table}
 * under a header), not rows padded by hand, so it lines up, widens and cuts the same way.
 */
class MainMenuScreenTest {

    @Test
    @DisplayName("Every workspace is a row under a header whose columns line up, at 80x24 and at 120x40")
    void aTableUnderAHeader() {
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, ConsoleSettings.defaults(), MainMenuScreen.factory(Map.of()))) {
            for (int[] size : new int[][] {{80, 24}, {120, 40}}) {
                console.resize(size[0], size[1]);
                int header = console.rowOfCells("Workspace", "What it is for");
                assertTrue(header > 0, "a header:\n" + console.text());
                int column = console.line(header).indexOf("What it is for");
                for (Workspace workspace : Workspace.values()) {
                    int row = console.rowOfCells(workspace.title(), workspace.summary());
                    assertTrue(row > header, workspace + " below the header:\n" + console.text());
                    assertEquals(column, console.line(row).indexOf(workspace.summary()),
                            workspace + " lines up with the header:\n" + console.text());
                }
                assertEquals(java.util.List.of(), console.cutLines(), console.text());
            }
        }
    }

    @Test
    @DisplayName("Enter opens the selected workspace; / filters the menu with the shared filter line")
    void enterOpensAndSlashFilters() {
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, ConsoleSettings.defaults(), MainMenuScreen.factory(Map.of()))) {
            console.type("/").type("audit").press(KeyType.Enter);
            assertTrue(console.shows("Filter \"audit\": 1 row (/ changes it, Esc clears it)"), console.text());
            console.press(KeyType.Enter);
            assertTrue(console.line(0).contains("Audit"), console.text());
        }
    }
}
