package com.actionpack.tui.benefits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.common.Actor;
import com.actionpack.tui.menu.MainMenuScreen;
import com.actionpack.tui.menu.Workspace;
import com.actionpack.tui.testing.ConsoleHarness;
import com.actionpack.tui.testing.ScreenWorld;
import com.googlecode.lanterna.input.KeyType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BenefitsWorkspacesTest {

    private final ScreenWorld world = new ScreenWorld(LocalDate.of(2026, 3, 10));

    @Test
    @DisplayName("The map plugs Benefits, FAQ, Account and users, Operator and Audit into the main menu")
    void opensEachWorkspaceFromTheMenu() {
        Actor admin = world.readyAdmin();
        var screens = BenefitsWorkspaces.screens(world.fixture.core, admin);
        assertEquals(Set.of(Workspace.BENEFITS, Workspace.FAQ, Workspace.ACCOUNT, Workspace.OPERATOR, Workspace.AUDIT),
                screens.keySet());
        try (ConsoleHarness console = world.open(MainMenuScreen.factory(screens))) {
            List<Workspace> all = List.of(Workspace.values());
            for (Workspace workspace : screens.keySet()) {
                console.press(KeyType.Home);
                for (int i = 0; i < all.indexOf(workspace); i++) {
                    console.press(KeyType.ArrowDown);
                }
                console.press(KeyType.Enter);
                // a refusal dialog (Operator, for an admin) is closed first
                if (console.shows("not possible")) {
                    console.press(KeyType.Enter);
                }
                assertTrue(console.line(0).contains("Action Pack Console") && console.line(0).contains(workspace.title()),
                        console.text());
                assertFalse(console.shows("is coming"), console.text());
                console.press(KeyType.Escape);
                assertTrue(console.line(0).contains(MainMenuScreen.TITLE), console.text());
            }
        }
    }

    @Test
    @DisplayName("R16: the benefits page re-lays out when the terminal is resized: 80x24 to 120x40 and back")
    void resize() {
        Actor admin = world.readyAdmin();
        world.fixture.buyByCard(admin);
        world.fixture.clock.advance(Duration.ofHours(24));
        try (ConsoleHarness console = world.open(BenefitsScreen.factory(world.fixture.core, admin))) {
            String wide = "Choose MAPS or LAPS once for this membership term; the choice cannot be changed until";
            assertTrue(console.shows("changed until your next renewal or purchase, which asks again."), console.text());
            assertFalse(console.shows(wide), console.text());
            console.resize(120, 40);
            assertTrue(console.shows(wide), console.text());
            assertTrue(console.shows("-- lines 1-"), console.text());
            console.resize(80, 24);
            assertTrue(console.shows("> Choose MAPS"), console.text());
        }
    }
}
